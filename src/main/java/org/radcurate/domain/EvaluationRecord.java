package org.radcurate.domain;

import java.time.Instant;
import java.util.List;

/** A stored evaluation: sources compared against a gold set on a split, with its metrics as JSON. */
public record EvaluationRecord(
        long id, String goldSet, String split, UncertaintyPolicy policy, List<String> sources,
        String metricsJson, Instant createdAt) {
    public EvaluationRecord {
        sources = List.copyOf(sources);
    }
}
