package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;

/** Exact per-finding tables of the {@link Fixtures} example under every policy (worked out there). */
class BinaryTaskTest {
    private static final double EXACT = 1e-12;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            # policy,  finding, tp, fp, fn, tn, precision, recall, f1
            U_ZEROS,   A,       2,  1,  1,  1,  2/3,       2/3,    2/3
            U_ZEROS,   B,       2,  2,  0,  1,  1/2,       1,      2/3
            U_ZEROS,   C,       0,  1,  1,  3,  0,         0,      0
            U_ONES,    A,       3,  0,  1,  1,  1,         3/4,    6/7
            U_ONES,    B,       3,  1,  0,  1,  3/4,       1,      6/7
            U_ONES,    C,       2,  1,  0,  2,  2/3,       1,      4/5
            U_IGNORE,  A,       2,  0,  1,  1,  1,         2/3,    4/5
            U_IGNORE,  B,       2,  1,  0,  1,  2/3,       1,      4/5
            U_IGNORE,  C,       0,  0,  0,  2,  0,         0,      0
            """)
    void perFindingCounts(UncertaintyPolicy policy, String finding, long tp, long fp, long fn, long tn,
            String precision, String recall, String f1) {
        Counts c = BinaryTask.scores(Fixtures.gold(), Fixtures.pred(), policy).counts(finding);
        assertEquals(new Counts(tp, fp, fn, tn), c);
        assertEquals(fraction(precision), c.precision(), EXACT);
        assertEquals(fraction(recall), c.recall(), EXACT);
        assertEquals(fraction(f1), c.f1(), EXACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # policy, tp, fp, fn, tn, micro P, micro R, micro F1, macro P,           macro R,          macro F1
            U_ZEROS,  4,  4,  2,  5,  4/8,     4/6,     8/14,     (2/3+1/2+0)/3,     (2/3+1+0)/3,      (2/3+2/3+0)/3
            U_ONES,   8,  2,  1,  4,  8/10,    8/9,     16/19,    (1+3/4+2/3)/3,     (3/4+1+1)/3,      (6/7+6/7+4/5)/3
            U_IGNORE, 4,  1,  1,  4,  4/5,     4/5,     4/5,      (1+2/3+0)/3,       (2/3+1+0)/3,      (4/5+4/5+0)/3
            """)
    void microAndMacro(UncertaintyPolicy policy, long tp, long fp, long fn, long tn, String microP, String microR,
            String microF1, String macroP, String macroR, String macroF1) {
        Scores s = BinaryTask.scores(Fixtures.gold(), Fixtures.pred(), policy);
        assertEquals(new Counts(tp, fp, fn, tn), s.micro());
        assertEquals(fraction(microP), s.micro().precision(), EXACT);
        assertEquals(fraction(microR), s.micro().recall(), EXACT);
        assertEquals(fraction(microF1), s.micro().f1(), EXACT);
        assertEquals(fraction(macroP), s.macroPrecision(), EXACT);
        assertEquals(fraction(macroR), s.macroRecall(), EXACT);
        assertEquals(fraction(macroF1), s.macroF1(), EXACT);
    }

    @Test
    void positivityPerPolicy() {
        assertTrue(BinaryTask.isPositive(MentionState.POSITIVE, UncertaintyPolicy.U_ZEROS));
        assertFalse(BinaryTask.isPositive(MentionState.UNCERTAIN, UncertaintyPolicy.U_ZEROS));
        assertTrue(BinaryTask.isPositive(MentionState.UNCERTAIN, UncertaintyPolicy.U_ONES));
        assertFalse(BinaryTask.isPositive(MentionState.UNCERTAIN, UncertaintyPolicy.U_IGNORE));
        for (UncertaintyPolicy p : UncertaintyPolicy.values()) {
            assertFalse(BinaryTask.isPositive(MentionState.NEGATIVE, p));
            assertFalse(BinaryTask.isPositive(MentionState.ABSENT, p));
        }
    }

    @Test
    void perfectPredictionScoresOne() {
        Scores s = BinaryTask.scores(Fixtures.gold(), Fixtures.gold(), UncertaintyPolicy.U_ONES);
        assertEquals(new Counts(9, 0, 0, 6), s.micro());
        assertEquals(1.0, s.macroF1(), EXACT);
    }

    /** Parses "2/3", "(1+3/4+2/3)/3", "0" and "1": enough arithmetic to write the expected values as fractions. */
    static double fraction(String expr) {
        String e = expr.strip();
        if (e.startsWith("(")) {
            int close = e.lastIndexOf(')');
            double sum = 0;
            for (String term : e.substring(1, close).split("\\+")) {
                sum += fraction(term);
            }
            return sum / Double.parseDouble(e.substring(close + 2));
        }
        int slash = e.indexOf('/');
        return slash < 0 ? Double.parseDouble(e)
                : Double.parseDouble(e.substring(0, slash)) / Double.parseDouble(e.substring(slash + 1));
    }
}
