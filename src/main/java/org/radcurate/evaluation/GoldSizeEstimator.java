package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * "How many more gold reports?" for a comparison of source {@code a} with source {@code b} on one gold set.
 *
 * <p>Method: for micro-F1 and for each finding, the percentile bootstrap is run with resamples of m reports drawn
 * with replacement from the n gold reports (m = n/8, n/4, n/2 and n; the m-out-of-n bootstrap), giving the half
 * width of each source's F1 interval and of the paired difference's interval at each m. Sampling error shrinks as
 * 1/sqrt(m), so each series is fitted as {@code halfWidth = c / sqrt(m)} (c the size-weighted mean of halfWidth x sqrt(m)) and
 * extrapolated: the gold size where the wider of the two F1 intervals reaches the target half width
 * is (c / target)^2, and the size where the difference's interval stops reaching zero, if the observed difference
 * d holds, is (c_d / |d|)^2. For micro-F1 the extrapolation is cross-checked by a direct bootstrap at the size it
 * predicts (m greater than n, capped at {@link #CHECK_CAP}).
 *
 * <p>The estimate assumes the reports still to be labelled look like those labelled so far. It is marked
 * unreliable for a finding with fewer than {@link #MIN_POSITIVES} gold positives (its interval is driven by a
 * handful of reports and its curve is not yet 1/sqrt(m)), and when it extrapolates more than ten times beyond the
 * current gold.
 */
public final class GoldSizeEstimator {
    public static final int MIN_POSITIVES = 10;
    public static final double DEFAULT_TARGET = 0.02;
    static final int CHECK_CAP = 200_000;
    private static final double[] FRACTIONS = {0.125, 0.25, 0.5, 1.0};

    private GoldSizeEstimator() {}

    /** The bootstrap half widths at one resample size. */
    public record Point(int reports, double halfWidthA, double halfWidthB, double differenceHalfWidth) {
        /** The wider of the two sources' half widths: the one the target must be reached by. */
        public double halfWidth() {
            return Math.max(halfWidthA, halfWidthB);
        }
    }

    /**
     * One line of the estimate: micro-F1 or a finding. {@code reportsForTarget} and {@code reportsToSeparate} are
     * total gold sizes (Long.MAX_VALUE: never, e.g. no difference observed); {@code check} is the direct bootstrap
     * at the target size (micro only, else null).
     */
    public record Line(String name, long positives, double f1A, double f1B, Interval ciA, Interval ciB,
            double difference, Interval differenceCi, List<Point> curve, double widthConstant,
            double differenceConstant, long reportsForTarget, long reportsToSeparate, Point check, String caveat) {
        public Line {
            curve = List.copyOf(curve);
        }

        public boolean reliable() {
            return caveat.isEmpty();
        }

        /** True when the difference's 95% interval already excludes zero. */
        public boolean separated() {
            return differenceCi.isDefined() && (differenceCi.lo() > 0 || differenceCi.hi() < 0);
        }
    }

    /** The whole estimate: the comparison, the target half width, micro first then each finding. */
    public record Estimate(String a, String b, int goldReports, double target, Resampling resampling,
            List<Line> lines) {
        public Estimate {
            lines = List.copyOf(lines);
        }

        public Line micro() {
            return lines.get(0);
        }

        /** More gold reports needed beyond the current ones (0 when already there; MAX_VALUE: never). */
        public static long more(long total, int current) {
            return total == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, total - current);
        }
    }

    /** The estimate for sources a and b against gold. */
    public static Estimate estimate(String a, String b, LabelMatrix gold, LabelMatrix predA, LabelMatrix predB,
            UncertaintyPolicy policy, Resampling resampling, double target) {
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException("the target half width must be between 0 and 1, not " + target);
        }
        if (!resampling.enabled()) {
            throw new IllegalArgumentException("the estimate needs bootstrap resamples (at least 1)");
        }
        int n = gold.reportCount();
        if (n == 0) {
            throw new IllegalArgumentException("the gold has no reports; label some before estimating");
        }
        CountTable ta = BinaryTask.table(gold, predA, policy);
        CountTable tb = BinaryTask.table(gold, predB, policy);
        int k = ta.classCount();
        Resampler rs = new Resampler(CountTable.sideBySide(ta, tb));
        List<Integer> sizes = sizes(n);
        List<double[][]> boots = new ArrayList<>();
        for (int m : sizes) {
            boots.add(rs.bootstrap(resampling.resamples(), resampling.seed(), m, acc -> f1s(acc, k)));
        }
        long[] total = rs.totals();
        double[] observed = f1s(total, k);
        List<Line> lines = new ArrayList<>(k + 1);
        for (int line = 0; line <= k; line++) {
            String name = line == 0 ? SourceDiagnostics.MICRO : ta.classes().get(line - 1);
            long positives = 0;
            for (int c = 0; c < k; c++) {
                if (line == 0 || c == line - 1) {
                    positives += total[c * CountTable.SLOTS + CountTable.TP] + total[c * CountTable.SLOTS + CountTable.FN];
                }
            }
            List<Point> curve = new ArrayList<>();
            Interval[] atN = null;
            for (int i = 0; i < sizes.size(); i++) {
                double[][] boot = boots.get(i);
                Interval[] ci = {Interval.percentile95(boot[3 * line].clone()),
                        Interval.percentile95(boot[3 * line + 1].clone()),
                        Interval.percentile95(boot[3 * line + 2].clone())};
                curve.add(new Point(sizes.get(i), half(ci[0]), half(ci[1]), half(ci[2])));
                if (sizes.get(i) == n) {
                    atN = ci;
                }
            }
            double c = fit(curve, false);
            double cd = fit(curve, true);
            double d = observed[3 * line + 2];
            long forTarget = needed(c, target);
            long toSeparate = d == 0 ? Long.MAX_VALUE : needed(cd, Math.abs(d));
            Point check = null;
            if (line == 0 && forTarget != Long.MAX_VALUE) {
                int m = (int) Math.min(forTarget, CHECK_CAP);
                double[][] boot = rs.bootstrap(resampling.resamples(), resampling.seed(), m, acc -> f1s(acc, k));
                check = new Point(m, half(Interval.percentile95(boot[0])), half(Interval.percentile95(boot[1])),
                        half(Interval.percentile95(boot[2])));
            }
            lines.add(new Line(name, positives, observed[3 * line], observed[3 * line + 1], atN[0], atN[1], d, atN[2],
                    curve, c, cd, forTarget, toSeparate, check, caveat(positives, n, forTarget, toSeparate)));
        }
        return new Estimate(a, b, n, target, resampling, lines);
    }

    /** The resample sizes: n/8, n/4, n/2 and n, at least 10 reports each (fewer gold reports: n alone). */
    static List<Integer> sizes(int n) {
        TreeSet<Integer> out = new TreeSet<>();
        for (double f : FRACTIONS) {
            int m = (int) Math.round(n * f);
            if (m >= 10 || m == n) {
                out.add(m);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * c of {@code halfWidth = c / sqrt(m)}: the mean of halfWidth x sqrt(m) over the sizes, each weighted by its m.
     * Weighting by size matters: the small subsamples' intervals are the least like those of the larger gold the
     * curve is extrapolated to (measured: their c runs 5-10% low), an unweighted fit inherits that.
     */
    static double fit(List<Point> curve, boolean difference) {
        double num = 0;
        double den = 0;
        for (Point p : curve) {
            double h = difference ? p.differenceHalfWidth() : p.halfWidth();
            num += p.reports() * h * Math.sqrt(p.reports());
            den += p.reports();
        }
        return num / den;
    }

    /** The gold size where c / sqrt(m) falls to {@code halfWidth}: ceil((c / halfWidth)^2). */
    static long needed(double c, double halfWidth) {
        if (c == 0) {
            return 1;
        }
        double m = Math.ceil((c / halfWidth) * (c / halfWidth));
        return m >= Long.MAX_VALUE / 2.0 ? Long.MAX_VALUE : (long) m;
    }

    private static String caveat(long positives, int n, long forTarget, long toSeparate) {
        if (positives < MIN_POSITIVES) {
            return "unreliable: only " + positives + " gold positives (fewer than " + MIN_POSITIVES + ")";
        }
        long furthest = Math.max(forTarget, toSeparate == Long.MAX_VALUE ? 0 : toSeparate);
        if (furthest > 10L * n) {
            return "unreliable: extrapolates more than 10 times beyond the " + n + " gold reports";
        }
        return "";
    }

    private static double half(Interval ci) {
        return (ci.hi() - ci.lo()) / 2;
    }

    /** Per line (micro, then each class): [F1 of a, F1 of b, F1 of b - F1 of a]. */
    private static double[] f1s(long[] acc, int k) {
        double[] out = new double[3 * (k + 1)];
        int off = k * CountTable.SLOTS;
        out[0] = Metric.MICRO_F1.of(acc, 0, k);
        out[1] = Metric.MICRO_F1.of(acc, off, k);
        out[2] = out[1] - out[0];
        for (int c = 0; c < k; c++) {
            int o = c * CountTable.SLOTS;
            int line = 3 * (c + 1);
            out[line] = Counts.f1(acc[o], acc[o + 1], acc[o + 2]);
            out[line + 1] = Counts.f1(acc[off + o], acc[off + o + 1], acc[off + o + 2]);
            out[line + 2] = out[line + 1] - out[line];
        }
        return out;
    }
}
