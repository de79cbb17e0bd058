package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;

class BootstrapTest {

    /** A larger random table with many repeated rows, so the row merging matters. */
    static LabelMatrix[] randomPair(int reports, long seed) {
        List<String> findings = List.of("A", "B", "C", "D");
        SplittableRandom rng = new SplittableRandom(seed);
        MentionState[] s = MentionState.values();
        LabelMatrix.Builder g = LabelMatrix.builder(findings);
        LabelMatrix.Builder p = LabelMatrix.builder(findings);
        for (int r = 0; r < reports; r++) {
            for (String f : findings) {
                MentionState gs = s[rng.nextInt(4)];
                g.put("r" + r, f, gs);
                p.put("r" + r, f, rng.nextInt(3) == 0 ? s[rng.nextInt(4)] : gs);
            }
        }
        return new LabelMatrix[] {g.build(), p.build()};
    }

    @Test
    void sameSeedSameIntervals() {
        LabelMatrix[] m = randomPair(300, 7);
        Resampling r = new Resampling(500, 2024);
        EvaluationResult first = Evaluator.evaluate("s", m[0], m[1], UncertaintyPolicy.U_ZEROS, r);
        EvaluationResult second = Evaluator.evaluate("s", m[0], m[1], UncertaintyPolicy.U_ZEROS, r);
        assertEquals(first, second);
        EvaluationResult other = Evaluator.evaluate("s", m[0], m[1], UncertaintyPolicy.U_ZEROS, new Resampling(500, 2025));
        assertNotEquals(first.micro().ci95(), other.micro().ci95());
        assertEquals(first.micro().f1(), other.micro().f1(), "point estimates do not depend on the seed");
    }

    /** Each resample has its own pre-split stream, so the thread count cannot change a result. */
    @Test
    void sameResultOnOneThread() throws Exception {
        LabelMatrix[] m = randomPair(300, 7);
        Resampling r = new Resampling(300, 1);
        EvaluationResult common = Evaluator.evaluate("s", m[0], m[1], UncertaintyPolicy.U_ONES, r);
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            EvaluationResult one = single.submit(() -> Evaluator.evaluate("s", m[0], m[1], UncertaintyPolicy.U_ONES, r)).get();
            assertEquals(common, one);
        } finally {
            single.shutdown();
        }
    }

    /** The merged, weighted, parallel engine gives exactly what a plain loop over drawn reports gives. */
    @Test
    void engineMatchesNaiveBootstrap() {
        LabelMatrix[] m = randomPair(200, 11);
        CountTable t = BinaryTask.table(m[0], m[1], UncertaintyPolicy.U_IGNORE);
        int resamples = 200;
        long seed = 99;
        double[][] fast = new Resampler(t).bootstrap(resamples, seed,
                acc -> new double[] {Metric.MICRO_F1.of(acc, 0, 4), Metric.MACRO_F1.of(acc, 0, 4)});
        SplittableRandom[] streams = Resampler.streams(resamples, seed);
        int n = t.reportCount();
        for (int i = 0; i < resamples; i++) {
            long[] acc = new long[t.width()];
            for (int k = 0; k < n; k++) {
                int r = streams[i].nextInt(n);
                for (int c = 0; c < 4; c++) {
                    for (int slot = 0; slot < 4; slot++) {
                        acc[c * 4 + slot] += t.cell(r, c, slot);
                    }
                }
            }
            assertEquals(Metric.MICRO_F1.of(acc, 0, 4), fast[0][i], "micro, resample " + i);
            assertEquals(Metric.MACRO_F1.of(acc, 0, 4), fast[1][i], "macro, resample " + i);
        }
    }

    @Test
    void identicalReportsGiveAZeroWidthInterval() {
        LabelMatrix.Builder g = LabelMatrix.builder(Fixtures.FINDINGS);
        LabelMatrix.Builder p = LabelMatrix.builder(Fixtures.FINDINGS);
        for (int r = 0; r < 50; r++) {
            g.row("r" + r, MentionState.POSITIVE, MentionState.POSITIVE, MentionState.NEGATIVE);
            p.row("r" + r, MentionState.POSITIVE, MentionState.NEGATIVE, MentionState.POSITIVE);
        }
        EvaluationResult e = Evaluator.evaluate("s", g.build(), p.build(), UncertaintyPolicy.U_ZEROS, Resampling.DEFAULT);
        // micro: tp 50, fp 50, fn 50 -> F1 1/2 in every resample
        assertEquals(new Interval(0.5, 0.5), e.micro().ci95());
        // macro: (1 + 0 + 0) / 3
        assertEquals(new Interval(1.0 / 3, 1.0 / 3), e.macro().ci95());
        assertEquals(new Interval(1.0, 1.0), e.finding("A").orElseThrow().ci95());
    }

    @Test
    void evaluateReportsPointEstimatesOfTheFixture() {
        EvaluationResult e = Evaluator.evaluate("teacher", Fixtures.gold(), Fixtures.pred(), UncertaintyPolicy.U_ZEROS,
                Resampling.DEFAULT);
        assertEquals(new Counts(4, 4, 2, 5), e.microCounts());
        assertEquals(8.0 / 14, e.micro().f1(), 1e-12);
        assertEquals(0.5, e.micro().precision(), 1e-12);
        assertEquals(4.0 / 6, e.micro().recall(), 1e-12);
        assertEquals(4.0 / 9, e.macro().f1(), 1e-12);
        assertEquals(List.of(3L, 2L, 1L), e.findings().stream().map(FindingResult::support).toList());
        assertTrue(e.micro().ci95().isDefined());
        assertTrue(e.micro().ci95().lo() <= e.micro().ci95().hi());
        EvaluationResult noCi = Evaluator.evaluate("teacher", Fixtures.gold(), Fixtures.pred(), UncertaintyPolicy.U_ZEROS,
                Resampling.NONE);
        assertEquals(Interval.NONE, noCi.micro().ci95());
    }

    @Test
    void rowsAreMergedIntoPatterns() {
        LabelMatrix.Builder g = LabelMatrix.builder(List.of("A"));
        LabelMatrix.Builder p = LabelMatrix.builder(List.of("A"));
        MentionState[] states = {MentionState.POSITIVE, MentionState.NEGATIVE};
        for (int r = 0; r < 40; r++) {
            g.put("r" + r, "A", states[r % 2]);
            p.put("r" + r, "A", states[(r / 2) % 2]);
        }
        Resampler rs = new Resampler(BinaryTask.table(g.build(), p.build(), UncertaintyPolicy.U_ZEROS));
        assertEquals(4, rs.patternCount(), "TP, FN, FP, TN rows");
        assertArrayEquals(new int[] {10, 10, 10, 10}, rs.multiplicity);
        List<Long> totals = new ArrayList<>();
        for (long v : rs.totals()) {
            totals.add(v);
        }
        assertEquals(List.of(10L, 10L, 10L, 0L), totals, "tp, fp, fn; tn is not resampled");
    }
}
