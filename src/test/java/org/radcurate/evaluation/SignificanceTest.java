package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;

class SignificanceTest {
    private static final Resampling R = new Resampling(1000, 5);

    /** 20 reports, each with a positive A; teacher says nothing, student is right. */
    private static LabelMatrix[] goldTeacherStudent() {
        LabelMatrix.Builder g = LabelMatrix.builder(List.of("A", "B"));
        LabelMatrix.Builder t = LabelMatrix.builder(List.of("A", "B"));
        for (int r = 0; r < 20; r++) {
            g.row("r" + r, MentionState.POSITIVE, r % 3 == 0 ? MentionState.POSITIVE : MentionState.NEGATIVE);
            t.row("r" + r, MentionState.NEGATIVE, MentionState.NEGATIVE);
        }
        LabelMatrix gold = g.build();
        return new LabelMatrix[] {gold, t.build(), gold};
    }

    @Test
    void sameSourceTwiceIsNoImprovement() {
        CountTable t = BinaryTask.table(Fixtures.gold(), Fixtures.pred(), UncertaintyPolicy.U_ZEROS);
        PairedTest boot = Significance.pairedBootstrap("a", "b", t, t, Metric.MICRO_F1, R);
        assertEquals(0.0, boot.difference());
        assertEquals(new Interval(0, 0), boot.ci95());
        assertEquals(1.0, boot.p(), "every resample has difference <= 0: (1 + 1000) / 1001");
        PairedTest ar = Significance.approximateRandomization("a", "b", t, t, Metric.MICRO_F1, R);
        assertEquals(1.0, ar.p());
        assertEquals(PairedTest.RANDOMIZATION, ar.method());
    }

    @Test
    void clearWinnerGetsTheSmallestPossiblePValue() {
        LabelMatrix[] m = goldTeacherStudent();
        CountTable teacher = BinaryTask.table(m[0], m[1], UncertaintyPolicy.U_ZEROS);
        CountTable student = BinaryTask.table(m[0], m[2], UncertaintyPolicy.U_ZEROS);
        PairedTest boot = Significance.pairedBootstrap("teacher", "student", teacher, student, Metric.MICRO_F1, R);
        // teacher finds nothing (F1 0), student everything (F1 1) in every resample
        assertEquals(1.0, boot.difference());
        assertEquals(new Interval(1, 1), boot.ci95());
        assertEquals(1.0 / 1001, boot.p(), 1e-15);
        PairedTest reversed = Significance.pairedBootstrap("student", "teacher", student, teacher, Metric.MICRO_F1, R);
        assertEquals(-1.0, reversed.difference());
        assertEquals(1.0, reversed.p());
        PairedTest ar = Significance.approximateRandomization("teacher", "student", teacher, student, Metric.MICRO_F1, R);
        assertEquals(1.0, ar.difference());
        // only the identity shuffle (chance 2^-20 per round) reaches the observed difference
        assertEquals(1.0 / 1001, ar.p(), 1e-15);
    }

    @Test
    void macroDifference() {
        LabelMatrix[] m = goldTeacherStudent();
        PairedTest boot = Significance.pairedBootstrap("t", "s", BinaryTask.table(m[0], m[1], UncertaintyPolicy.U_ZEROS),
                BinaryTask.table(m[0], m[2], UncertaintyPolicy.U_ZEROS), Metric.MACRO_F1, R);
        assertEquals(1.0, boot.difference());
        assertEquals(Metric.MACRO_F1, boot.metric());
    }

    @Test
    void deterministicForASeed() {
        LabelMatrix[] m = BootstrapTest.randomPair(150, 3);
        LabelMatrix[] n = BootstrapTest.randomPair(150, 4);
        LabelMatrix gold = m[0];
        CountTable a = BinaryTask.table(gold, m[1], UncertaintyPolicy.U_ONES);
        CountTable b = BinaryTask.table(gold, n[1], UncertaintyPolicy.U_ONES);
        assertEquals(Significance.pairedBootstrap("a", "b", a, b, Metric.MICRO_F1, R),
                Significance.pairedBootstrap("a", "b", a, b, Metric.MICRO_F1, R));
        assertEquals(Significance.approximateRandomization("a", "b", a, b, Metric.MICRO_F1, R),
                Significance.approximateRandomization("a", "b", a, b, Metric.MICRO_F1, R));
    }

    @Test
    void comparisonCarriesThePairedTest() {
        LabelMatrix[] m = goldTeacherStudent();
        Map<String, LabelMatrix> sources = new LinkedHashMap<>();
        sources.put("teacher", m[1]);
        sources.put("student", m[2]);
        Comparison c = Evaluator.compare("binary", "gold@1", m[0], sources, UncertaintyPolicy.U_ZEROS, R, "teacher", "student");
        assertEquals(List.of("teacher", "student"), c.sources().stream().map(EvaluationResult::source).toList());
        assertEquals(20, c.reports());
        assertEquals(List.of("A", "B"), c.findings());
        PairedTest p = c.paired().orElseThrow();
        assertEquals("teacher", p.a());
        assertEquals("student", p.b());
        assertEquals(1.0, p.difference());
        assertTrue(p.p() < 0.01);
        assertThrows(IllegalArgumentException.class,
                () -> Evaluator.compare("binary", "g", m[0], sources, UncertaintyPolicy.U_ZEROS, R, "teacher", "nobody"));
    }
}
