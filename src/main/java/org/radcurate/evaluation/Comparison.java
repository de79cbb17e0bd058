package org.radcurate.evaluation;

import java.util.List;
import java.util.Optional;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * Several sources scored against one gold set under one policy, with the resampling that produced the
 * intervals and, optionally, a paired test between two of the sources. This is what the CLI prints and the
 * evaluation screen shows.
 *
 * @param task    what was scored, e.g. {@code chexpert14} or {@code multiple-choice}
 * @param gold    the gold set's reference (name@version)
 * @param reports  number of gold reports evaluated
 * @param coverage per source (same order), what its figures rest on; empty for evaluations stored
 *                 before coverage was recorded
 * @param scope    which gold reports each source was scored on (every one, or those it labelled)
 */
public record Comparison(
        String task, String gold, UncertaintyPolicy policy, int reports, Resampling resampling,
        List<EvaluationResult> sources, Optional<PairedTest> paired, List<Coverage> coverage, ScoringScope scope) {

    public Comparison {
        scope = scope == null ? ScoringScope.ALL : scope;
        sources = List.copyOf(sources);
        paired = paired == null ? Optional.empty() : paired;
        coverage = coverage == null ? List.of() : List.copyOf(coverage);
    }

    public Comparison(String task, String gold, UncertaintyPolicy policy, int reports, Resampling resampling,
            List<EvaluationResult> sources, Optional<PairedTest> paired) {
        this(task, gold, policy, reports, resampling, sources, paired, List.of(), ScoringScope.ALL);
    }

    public Comparison(String task, String gold, UncertaintyPolicy policy, int reports, Resampling resampling,
            List<EvaluationResult> sources, Optional<PairedTest> paired, List<Coverage> coverage) {
        this(task, gold, policy, reports, resampling, sources, paired, coverage, ScoringScope.ALL);
    }

    public Comparison withCoverage(List<Coverage> perSource) {
        return new Comparison(task, gold, policy, reports, resampling, sources, paired, perSource, scope);
    }

    public Optional<EvaluationResult> source(String name) {
        return sources.stream().filter(s -> s.source().equals(name)).findFirst();
    }

    /** Finding names in gold order (all sources share them). */
    public List<String> findings() {
        return sources.isEmpty() ? List.of() : sources.get(0).findings().stream().map(FindingResult::finding).toList();
    }
}
