package org.radcurate.evaluation;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Paired tests of "b beats a" where a and b labelled the same reports, judged against the same gold.
 * Both resample whole reports, which keeps the pairing and the correlation between findings of one report.
 */
public final class Significance {
    private Significance() {}

    /**
     * Paired bootstrap (Koehn 2004; Berg-Kirkpatrick et al. 2012): each resample draws the same reports
     * for a and b. Returns the observed difference, the percentile 95% interval of the resampled
     * differences, and p = (1 + #{resamples with difference <= 0}) / (resamples + 1). The +1 counts the
     * observed data as one more resample, as Davison and Hinkley advise for Monte Carlo p-values, so p is
     * never 0: with 1,000 resamples the smallest possible p is 1/1001, the honest resolution of the test.
     */
    public static PairedTest pairedBootstrap(
            String a, String b, CountTable ta, CountTable tb, Metric metric, Resampling resampling) {
        if (!resampling.enabled()) {
            throw new IllegalArgumentException("a paired bootstrap needs at least one resample");
        }
        int ka = ta.classCount();
        int kb = tb.classCount();
        Resampler rs = new Resampler(CountTable.sideBySide(ta, tb));
        long[] total = rs.totals();
        double observed = metric.of(total, ka * CountTable.SLOTS, kb) - metric.of(total, 0, ka);
        double[] diffs = rs.bootstrap(resampling.resamples(), resampling.seed(),
                acc -> new double[] {metric.of(acc, ka * CountTable.SLOTS, kb) - metric.of(acc, 0, ka)})[0];
        int notBetter = 0;
        for (double d : diffs) {
            notBetter += d <= 0 ? 1 : 0;
        }
        double p = (1.0 + notBetter) / (diffs.length + 1.0);
        return new PairedTest(a, b, metric, PairedTest.BOOTSTRAP, observed, Interval.percentile95(diffs), p,
                resampling.resamples(), ta.reportCount());
    }

    /**
     * Approximate randomisation (Noreen 1989; Yeh 2000): under the null hypothesis that a and b are
     * exchangeable, each report's a-row and b-row are swapped with probability 1/2. Returns the observed
     * difference and p = (1 + #{rounds with shuffled difference >= observed}) / (rounds + 1), one-sided.
     * Unlike the bootstrap p-value this is a test of a stated null, so it is the one to quote in a paper;
     * it gives no interval.
     */
    public static PairedTest approximateRandomization(
            String a, String b, CountTable ta, CountTable tb, Metric metric, Resampling resampling) {
        if (!resampling.enabled()) {
            throw new IllegalArgumentException("approximate randomisation needs at least one round");
        }
        if (!ta.classes().equals(tb.classes())) {
            throw new IllegalArgumentException("swapping needs the same classes in a and b");
        }
        int k = ta.classCount();
        int w = ta.width();
        Resampler rs = new Resampler(CountTable.sideBySide(ta, tb));
        long[] total = rs.totals();
        double observed = metric.of(total, w, k) - metric.of(total, 0, k);
        int patterns = rs.patternCount();
        // sparse (position, change) per pattern: a swap only moves the counts where a and b differ
        int[][] deltaPos = new int[patterns][];
        int[][] delta = new int[patterns][];
        for (int p = 0; p < patterns; p++) {
            int nonZero = 0;
            for (int j = 0; j < w; j++) {
                nonZero += rs.rows[p][w + j] != rs.rows[p][j] ? 1 : 0;
            }
            deltaPos[p] = new int[nonZero];
            delta[p] = new int[nonZero];
            for (int j = 0, e = 0; j < w; j++) {
                if (rs.rows[p][w + j] != rs.rows[p][j]) {
                    deltaPos[p][e] = j;
                    delta[p][e++] = rs.rows[p][w + j] - rs.rows[p][j];
                }
            }
        }
        int rounds = resampling.resamples();
        SplittableRandom[] streams = Resampler.streams(rounds, resampling.seed());
        int n = rs.reports();
        boolean[] atLeast = new boolean[rounds];
        IntStream.range(0, rounds).parallel().forEach(i -> {
            SplittableRandom rng = streams[i];
            int[] swapped = new int[patterns];
            long bits = 0;
            for (int r = 0; r < n; r++) {
                if ((r & 63) == 0) {
                    bits = rng.nextLong();
                }
                if ((bits & 1L) != 0) {
                    swapped[rs.patternOf[r]]++;
                }
                bits >>>= 1;
            }
            long[] acc = total.clone();
            for (int p = 0; p < patterns; p++) {
                if (swapped[p] != 0) {
                    for (int e = 0; e < delta[p].length; e++) {
                        long d = (long) swapped[p] * delta[p][e];
                        acc[deltaPos[p][e]] += d;
                        acc[w + deltaPos[p][e]] -= d;
                    }
                }
            }
            // a tolerance, so a shuffle that reproduces the observed totals counts despite rounding
            atLeast[i] = metric.of(acc, w, k) - metric.of(acc, 0, k) >= observed - 1e-12;
        });
        int count = 0;
        for (boolean x : atLeast) {
            count += x ? 1 : 0;
        }
        double p = (1.0 + count) / (rounds + 1.0);
        return new PairedTest(a, b, metric, PairedTest.RANDOMIZATION, observed, Interval.NONE, p, rounds,
                ta.reportCount());
    }
}
