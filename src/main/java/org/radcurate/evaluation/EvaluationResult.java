package org.radcurate.evaluation;

import java.util.List;
import java.util.Optional;

/** One source scored against gold: per-finding figures, micro and macro averages, each F1 with its interval. */
public record EvaluationResult(String source, List<FindingResult> findings, Counts microCounts, Summary micro, Summary macro) {

    public EvaluationResult {
        findings = List.copyOf(findings);
    }

    public Optional<FindingResult> finding(String name) {
        return findings.stream().filter(f -> f.finding().equals(name)).findFirst();
    }
}
