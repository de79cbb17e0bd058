package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Agreement coefficients against published worked examples. */
class AgreementTest {

    /**
     * Fleiss (1971), Psychological Bulletin 76:378: 30 patients, 6 psychiatrists, 5 diagnoses (the
     * {@code diagnoses} data of R's irr package). Published kappa 0.430; irr's kappam.fleiss gives 0.4302445.
     */
    static final int[][] FLEISS_1971 = {
        {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
        {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
        {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
        {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
        {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
        {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5},
    };

    @Test
    void fleiss1971() {
        int[][] counts = Agreement.categoryCounts(FLEISS_1971);
        int[] perCategory = new int[5];
        for (int[] item : counts) {
            for (int j = 0; j < 5; j++) {
                perCategory[j] += item[j];
            }
        }
        assertArrayEquals(new int[] {26, 26, 30, 55, 43}, perCategory);
        assertEquals(0.4302445, Agreement.fleissKappa(counts), 1e-7);
    }

    /** The 10-subject, 14-rater example of Wikipedia's "Fleiss' kappa" article: P = 0.378, Pe = 0.213, kappa 0.210. */
    @Test
    void fleissWikipediaExample() {
        int[][] counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
        };
        // exactly 4211/20059
        assertEquals(4211.0 / 20059, Agreement.fleissKappa(counts), 1e-15);
        assertEquals(0.210, Agreement.fleissKappa(counts), 5e-4);
    }

    @Test
    void fleissRejectsUnequalRaterCounts() {
        assertThrows(IllegalArgumentException.class, () -> Agreement.fleissKappa(new int[][] {{2, 0}, {1, 0}}));
    }

    /** Wikipedia's "Cohen's kappa" worked example: 50 proposals, Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15. */
    @Test
    void cohenWikipediaExample() {
        int[] a = new int[50];
        int[] b = new int[50];
        fill(a, b, 0, 20, 1, 1);
        fill(a, b, 20, 5, 1, 0);
        fill(a, b, 25, 10, 0, 1);
        fill(a, b, 35, 15, 0, 0);
        // po 0.7, pe 0.5*0.6 + 0.5*0.4 = 0.5, kappa 0.4
        assertEquals(0.4, Agreement.cohensKappa(a, b), 1e-15);
        assertEquals(0.4, Agreement.cohensKappa(new long[][] {{20, 5}, {10, 15}}), 1e-15);
    }

    /** Raters 1 and 2 of Fleiss 1971: irr's kappa2 reports 0.651. */
    @Test
    void cohenOnFleissRaters() {
        int[] a = new int[30];
        int[] b = new int[30];
        for (int i = 0; i < 30; i++) {
            a[i] = FLEISS_1971[i][0];
            b[i] = FLEISS_1971[i][1];
        }
        assertEquals(0.651, Agreement.cohensKappa(a, b), 5e-4);
        assertEquals(28.0 / 43, Agreement.cohensKappa(a, b), 1e-15);
    }

    /** SAS PROC FREQ's simple kappa example (also in statsmodels' tests): 0.4842. */
    @Test
    void cohenSasExample() {
        assertEquals(0.4842, Agreement.cohensKappa(new long[][] {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}}), 5e-5);
    }

    @Test
    void undefinedWhenEveryoneUsesOneCategory() {
        assertEquals(Double.NaN, Agreement.cohensKappa(new int[] {1, 1, 1}, new int[] {1, 1, 1}));
        assertEquals(Double.NaN, Agreement.fleissKappa(new int[][] {{3}, {3}}));
        assertEquals(Double.NaN, Agreement.krippendorffAlphaNominal(new Integer[][] {{1, 1}, {1, 1}}));
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: 4 observers, 12 units,
     * missing values; nominal alpha 0.743 (exactly 113/152: n = 40 pairable values).
     */
    @Test
    void krippendorffCanonicalExample() {
        Integer[][] observers = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
        };
        double alpha = Agreement.krippendorffAlphaNominal(transpose(observers));
        assertEquals(0.743, alpha, 5e-4);
        assertEquals(113.0 / 152, alpha, 1e-15);
    }

    /** Krippendorff (2011) example A: 2 observers, 10 units, binary; nominal alpha 0.095 (= 2/21). */
    @Test
    void krippendorffBinaryExample() {
        Integer[][] observers = {
            {0, 1, 0, 0, 0, 0, 0, 0, 1, 0},
            {1, 1, 1, 0, 0, 1, 0, 0, 0, 0},
        };
        assertEquals(2.0 / 21, Agreement.krippendorffAlphaNominal(transpose(observers)), 1e-15);
    }

    private static Integer[][] transpose(Integer[][] byCoder) {
        Integer[][] units = new Integer[byCoder[0].length][byCoder.length];
        for (int c = 0; c < byCoder.length; c++) {
            for (int u = 0; u < byCoder[0].length; u++) {
                units[u][c] = byCoder[c][u];
            }
        }
        return units;
    }

    private static void fill(int[] a, int[] b, int from, int count, int va, int vb) {
        for (int i = from; i < from + count; i++) {
            a[i] = va;
            b[i] = vb;
        }
    }
}
