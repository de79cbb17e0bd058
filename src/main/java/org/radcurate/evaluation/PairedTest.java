package org.radcurate.evaluation;

/**
 * Result of testing "source {@code b} beats source {@code a}" on one metric against the same gold:
 * {@code difference} = metric(b) - metric(a) on the full data, its 95% interval (bootstrap only; NONE for
 * approximate randomisation), and a one-sided p-value (small means b is better), on {@code reports} reports
 * (those both were scored on). See {@link Significance}.
 */
public record PairedTest(String a, String b, Metric metric, String method, double difference, Interval ci95,
        double p, int resamples, int reports) {

    public static final String BOOTSTRAP = "paired-bootstrap";
    public static final String RANDOMIZATION = "approximate-randomization";
}
