package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CountsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # tp, fp, fn, tn, precision, recall, f1,        accuracy
              8,   2,  4,  6,  0.8,       0.6666666666666666, 0.7272727272727273, 0.7
              0,   0,  0,  5,  0.0,       0.0,    0.0,       1.0
              0,   3,  0,  0,  0.0,       0.0,    0.0,       0.0
              0,   0,  3,  0,  0.0,       0.0,    0.0,       0.0
              0,   0,  0,  0,  0.0,       0.0,    0.0,       0.0
              5,   0,  0,  0,  1.0,       1.0,    1.0,       1.0
            """)
    void ratiosWithZeroDivisionAsZero(long tp, long fp, long fn, long tn, double p, double r, double f1, double acc) {
        Counts c = new Counts(tp, fp, fn, tn);
        assertEquals(p, c.precision(), 1e-15);
        assertEquals(r, c.recall(), 1e-15);
        assertEquals(f1, c.f1(), 1e-15);
        assertEquals(acc, c.accuracy(), 1e-15);
    }

    @Test
    void plusAndSupport() {
        Counts c = new Counts(1, 2, 3, 4).plus(new Counts(10, 20, 30, 40));
        assertEquals(new Counts(11, 22, 33, 44), c);
        assertEquals(44, c.support());
        assertEquals(33, c.predicted());
        assertEquals(110, c.total());
    }

    @Test
    void rejectsNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 0, 0, 0));
    }
}
