package org.radcurate.evaluation;

import java.util.Arrays;

/** A closed interval [lo, hi], used for 95% confidence intervals. */
public record Interval(double lo, double hi) {

    /** For results computed without resampling. */
    public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

    public boolean isDefined() {
        return !Double.isNaN(lo) && !Double.isNaN(hi);
    }

    public boolean contains(double x) {
        return x >= lo && x <= hi;
    }

    /**
     * The percentile interval of {@code values} (sorted in place): the 2.5th and 97.5th percentiles with
     * linear interpolation between order statistics (NumPy's default, Hyndman-Fan type 7), so results
     * match {@code numpy.percentile(values, [2.5, 97.5])}.
     */
    public static Interval percentile95(double[] values) {
        Arrays.sort(values);
        return new Interval(quantile(values, 0.025), quantile(values, 0.975));
    }

    /** Type-7 quantile of already sorted values. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int i = (int) Math.floor(h);
        if (i + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }
}
