package org.radcurate.evaluation;

/**
 * Confusion counts for one binary question (one finding, one class, or one code set). The same record
 * serves teacher vs gold, student vs gold and run vs run.
 *
 * <p>Ratios with a zero denominator are 0.0, not NaN, as scikit-learn does with {@code zero_division=0}:
 * a finding that nobody marks positive has precision, recall and F1 of 0. NaN would poison every mean
 * and bootstrap percentile it touched, and the figures stay comparable with published sklearn numbers.
 */
public record Counts(long tp, long fp, long fn, long tn) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
            throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn + "/" + tn);
        }
    }

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    /** Gold positives: tp + fn. */
    public long support() {
        return tp + fn;
    }

    /** Predicted positives: tp + fp. */
    public long predicted() {
        return tp + fp;
    }

    public long total() {
        return tp + fp + fn + tn;
    }

    public double precision() {
        return precision(tp, fp);
    }

    public double recall() {
        return recall(tp, fn);
    }

    public double f1() {
        return f1(tp, fp, fn);
    }

    /** (tp + tn) / total; 0.0 when there is nothing to count. */
    public double accuracy() {
        long total = total();
        return total == 0 ? 0.0 : (double) (tp + tn) / total;
    }

    static double precision(long tp, long fp) {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    static double recall(long tp, long fn) {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    /** 2tp / (2tp + fp + fn): equal to the harmonic mean of P and R, and exactly 0 when tp is 0. */
    static double f1(long tp, long fp, long fn) {
        long d = 2 * tp + fp + fn;
        return d == 0 ? 0.0 : 2.0 * tp / d;
    }
}
