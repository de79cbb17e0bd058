package org.radcurate.domain;

import java.util.Map;

/** Progress of a long job: step of total (total 0 when unknown), a message, and named metrics. */
public record Progress(long step, long total, String message, Map<String, Double> metrics) {
    public Progress {
        metrics = Map.copyOf(metrics == null ? Map.of() : metrics);
    }

    public static Progress of(long step, long total, String message) {
        return new Progress(step, total, message, Map.of());
    }

    /** Fraction done in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) step / total);
    }
}
