package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.GoldSizeEstimator.Estimate;
import org.radcurate.evaluation.GoldSizeEstimator.Line;
import org.radcurate.evaluation.GoldSizeEstimator.Point;

/** The gold-size estimate's interval widths against a direct bootstrap, its fit and its caveats. */
class GoldSizeEstimatorTest {
    private static final List<String> FINDINGS = List.of("common", "rare");
    private static final Resampling R = new Resampling(400, 3);

    /**
     * 400 reports: "common" positive in gold 1 report in 4, "rare" in 1 in 80 (5 positives); teacher a is right
     * 85% of the time, student b 93%, independently per cell, from a fixed seed.
     */
    private static LabelMatrix[] data(int n) {
        SplittableRandom rng = new SplittableRandom(99);
        LabelMatrix.Builder gold = LabelMatrix.builder(FINDINGS);
        LabelMatrix.Builder a = LabelMatrix.builder(FINDINGS);
        LabelMatrix.Builder b = LabelMatrix.builder(FINDINGS);
        for (int r = 0; r < n; r++) {
            String id = "r" + r;
            boolean common = rng.nextInt(4) == 0;
            boolean rare = r % 80 == 0;
            gold.row(id, state(common), state(rare));
            a.row(id, state(common ^ rng.nextDouble() > 0.85), state(rare ^ rng.nextDouble() > 0.85));
            b.row(id, state(common ^ rng.nextDouble() > 0.93), state(rare ^ rng.nextDouble() > 0.93));
        }
        return new LabelMatrix[] {gold.build(), a.build(), b.build()};
    }

    private static MentionState state(boolean positive) {
        return positive ? MentionState.POSITIVE : MentionState.NEGATIVE;
    }

    /** The direct bootstrap, written out: m draws per resample, micro-F1 of b minus a, half width of its interval. */
    private static double[] directHalfWidths(LabelMatrix[] d, int m) {
        var streams = Resampler.streams(R.resamples(), R.seed());
        double[] fa = new double[R.resamples()];
        double[] fb = new double[R.resamples()];
        double[] diff = new double[R.resamples()];
        int n = d[0].reportCount();
        for (int i = 0; i < fa.length; i++) {
            long[] ca = new long[3];
            long[] cb = new long[3];
            for (int k = 0; k < m; k++) {
                int rep = streams[i].nextInt(n);
                for (int f = 0; f < FINDINGS.size(); f++) {
                    tally(ca, d[0].state(rep, f), d[1].state(rep, f));
                    tally(cb, d[0].state(rep, f), d[2].state(rep, f));
                }
            }
            fa[i] = Counts.f1(ca[0], ca[1], ca[2]);
            fb[i] = Counts.f1(cb[0], cb[1], cb[2]);
            diff[i] = fb[i] - fa[i];
        }
        return new double[] {half(Interval.percentile95(fa)), half(Interval.percentile95(fb)),
                half(Interval.percentile95(diff))};
    }

    private static void tally(long[] c, MentionState gold, MentionState pred) {
        boolean g = gold == MentionState.POSITIVE;
        boolean p = pred == MentionState.POSITIVE;
        c[0] += g && p ? 1 : 0;
        c[1] += !g && p ? 1 : 0;
        c[2] += g && !p ? 1 : 0;
    }

    private static double half(Interval ci) {
        return (ci.hi() - ci.lo()) / 2;
    }

    private static Estimate estimate(LabelMatrix[] d) {
        return GoldSizeEstimator.estimate("a", "b", d[0], d[1], d[2], UncertaintyPolicy.U_ZEROS, R, 0.02);
    }

    @Test
    void widthsAtEverySizeAreThoseOfADirectBootstrap() {
        LabelMatrix[] d = data(400);
        Line micro = estimate(d).micro();
        assertEquals(List.of(50, 100, 200, 400), micro.curve().stream().map(Point::reports).toList());
        for (Point p : micro.curve()) {
            double[] direct = directHalfWidths(d, p.reports());
            assertEquals(direct[0], p.halfWidthA(), 1e-12, "a at " + p.reports());
            assertEquals(direct[1], p.halfWidthB(), 1e-12, "b at " + p.reports());
            assertEquals(direct[2], p.differenceHalfWidth(), 1e-12, "difference at " + p.reports());
        }
        // the cross-check is the direct bootstrap at the size the fit predicts
        double[] atTarget = directHalfWidths(d, micro.check().reports());
        assertEquals(atTarget[2], micro.check().differenceHalfWidth(), 1e-12);
    }

    @Test
    void fitExtrapolatesToTheTargetAndTheCrossCheckLandsNearIt() {
        Line micro = estimate(data(400)).micro();
        double c = GoldSizeEstimator.fit(micro.curve(), false);
        assertEquals(c, micro.widthConstant(), 0);
        assertEquals((long) Math.ceil((c / 0.02) * (c / 0.02)), micro.reportsForTarget());
        assertTrue(micro.reportsForTarget() > 400, "400 reports give wider than ±0.02: " + micro.reportsForTarget());
        // a direct bootstrap at the predicted size gives the target half width within 10%
        assertEquals(0.02, micro.check().halfWidth(), 0.002);
        assertEquals(micro.reportsForTarget(), micro.check().reports());
    }

    @Test
    void separationSizeFollowsTheObservedDifference() {
        Line micro = estimate(data(400)).micro();
        assertTrue(micro.difference() > 0, "b is the better source: " + micro.difference());
        long expected = (long) Math.ceil(Math.pow(micro.differenceConstant() / micro.difference(), 2));
        assertEquals(expected, micro.reportsToSeparate());
        // separated already at 400 exactly when the needed size is at most 400, give or take the fit
        assertEquals(micro.separated(), micro.differenceCi().lo() > 0);
    }

    @Test
    void aFindingWithFewPositivesIsMarkedUnreliable() {
        Estimate e = estimate(data(400));
        Line rare = e.lines().stream().filter(l -> l.name().equals("rare")).findFirst().orElseThrow();
        assertEquals(5, rare.positives());
        assertFalse(rare.reliable());
        assertEquals("unreliable: only 5 gold positives (fewer than 10)", rare.caveat());
        assertNull(rare.check());
        Line common = e.lines().stream().filter(l -> l.name().equals("common")).findFirst().orElseThrow();
        assertTrue(common.positives() >= 10);
    }

    @Test
    void identicalSourcesNeverSeparate() {
        LabelMatrix[] d = data(200);
        Estimate e = GoldSizeEstimator.estimate("a", "a2", d[0], d[1], d[1], UncertaintyPolicy.U_ZEROS, R, 0.02);
        assertEquals(0.0, e.micro().difference());
        assertEquals(Long.MAX_VALUE, e.micro().reportsToSeparate());
        assertEquals(Long.MAX_VALUE, Estimate.more(Long.MAX_VALUE, 200));
        assertEquals(0, Estimate.more(150, 200));
    }

    @Test
    void fitIsTheSizeWeightedMeanOfHalfWidthTimesRootSize() {
        // c = (100 x 0.1 x 10 + 400 x 0.06 x 20) / 500 = (100 + 480) / 500
        List<Point> curve = List.of(new Point(100, 0.1, 0.05, 0.3), new Point(400, 0.06, 0.02, 0.1));
        assertEquals(1.16, GoldSizeEstimator.fit(curve, false), 1e-12);
        assertEquals((100 * 3.0 + 400 * 2.0) / 500, GoldSizeEstimator.fit(curve, true), 1e-12);
        assertEquals(3364, GoldSizeEstimator.needed(1.16, 0.02));
    }

    @Test
    void sizesAndBadInput() {
        assertEquals(List.of(5), GoldSizeEstimator.sizes(5));
        assertEquals(List.of(10, 20, 40, 80), GoldSizeEstimator.sizes(80));
        assertEquals(List.of(13, 25, 50), GoldSizeEstimator.sizes(50));
        LabelMatrix[] d = data(40);
        assertThrows(IllegalArgumentException.class, () -> GoldSizeEstimator.estimate("a", "b", d[0], d[1], d[2],
                UncertaintyPolicy.U_ZEROS, Resampling.NONE, 0.02));
        assertThrows(IllegalArgumentException.class, () -> GoldSizeEstimator.estimate("a", "b", d[0], d[1], d[2],
                UncertaintyPolicy.U_ZEROS, R, 0));
    }
}
