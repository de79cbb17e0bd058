package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void percentileInterpolatesLikeNumpy() {
        // numpy.percentile(range(1, 11), [2.5, 97.5]) == [1.225, 9.775]
        Interval ci = Interval.percentile95(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertEquals(1.225, ci.lo(), 1e-12);
        assertEquals(9.775, ci.hi(), 1e-12);
    }

    @Test
    void percentileOf1001EqualStepsHitsOrderStatistics() {
        double[] v = new double[1001];
        for (int i = 0; i < v.length; i++) {
            v[i] = (1000 - i) / 1000.0;
        }
        Interval ci = Interval.percentile95(v);
        assertEquals(0.025, ci.lo(), 1e-12);
        assertEquals(0.975, ci.hi(), 1e-12);
    }

    @Test
    void noneIsUndefined() {
        assertFalse(Interval.NONE.isDefined());
        assertEquals(Double.NaN, Interval.quantile(new double[0], 0.5));
    }
}
