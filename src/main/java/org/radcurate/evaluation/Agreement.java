package org.radcurate.evaluation;

import java.util.Map;
import java.util.TreeMap;

/**
 * Chance-corrected agreement for nominal labels. Categories are any ints (e.g. MentionState ordinals).
 * Each coefficient is NaN where it is undefined, which is when chance agreement is already perfect (every
 * rating falls in one category): 0/0 has no honest value, and 1 or 0 would both claim something false.
 */
public final class Agreement {
    private Agreement() {}

    /** Cohen's kappa of two raters over the same items: (po - pe) / (1 - pe). */
    public static double cohensKappa(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("raters rated " + a.length + " and " + b.length + " items");
        }
        if (a.length == 0) {
            return Double.NaN;
        }
        Map<Integer, long[]> marginals = new TreeMap<>();
        long agree = 0;
        for (int i = 0; i < a.length; i++) {
            marginals.computeIfAbsent(a[i], k -> new long[2])[0]++;
            marginals.computeIfAbsent(b[i], k -> new long[2])[1]++;
            agree += a[i] == b[i] ? 1 : 0;
        }
        double n = a.length;
        double pe = 0;
        for (long[] m : marginals.values()) {
            pe += (m[0] / n) * (m[1] / n);
        }
        return kappa(agree / n, pe);
    }

    /** Cohen's kappa from a square contingency table: table[i][j] items rater A put in i and rater B in j. */
    public static double cohensKappa(long[][] table) {
        int k = table.length;
        double n = 0;
        double diagonal = 0;
        double[] rows = new double[k];
        double[] cols = new double[k];
        for (int i = 0; i < k; i++) {
            if (table[i].length != k) {
                throw new IllegalArgumentException("contingency table is not square");
            }
            for (int j = 0; j < k; j++) {
                n += table[i][j];
                rows[i] += table[i][j];
                cols[j] += table[i][j];
            }
            diagonal += table[i][i];
        }
        if (n == 0) {
            return Double.NaN;
        }
        double pe = 0;
        for (int i = 0; i < k; i++) {
            pe += (rows[i] / n) * (cols[i] / n);
        }
        return kappa(diagonal / n, pe);
    }

    /**
     * Fleiss' kappa (1971). {@code counts[i][j]} is how many raters put item i in category j; every item must
     * have the same number of ratings (at least 2).
     */
    public static double fleissKappa(int[][] counts) {
        if (counts.length == 0) {
            return Double.NaN;
        }
        int categories = counts[0].length;
        long raters = 0;
        for (int c : counts[0]) {
            raters += c;
        }
        if (raters < 2) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least 2 ratings per item");
        }
        double[] share = new double[categories];
        double sumPi = 0;
        for (int[] item : counts) {
            if (item.length != categories) {
                throw new IllegalArgumentException("items have different numbers of categories");
            }
            long n = 0;
            long squares = 0;
            for (int j = 0; j < categories; j++) {
                n += item[j];
                squares += (long) item[j] * item[j];
                share[j] += item[j];
            }
            if (n != raters) {
                throw new IllegalArgumentException("every item needs " + raters + " ratings, one has " + n);
            }
            sumPi += (double) (squares - raters) / (raters * (raters - 1));
        }
        double pe = 0;
        for (int j = 0; j < categories; j++) {
            double p = share[j] / ((double) counts.length * raters);
            pe += p * p;
        }
        return kappa(sumPi / counts.length, pe);
    }

    /** Item x category counts from item x rater ratings, categories in ascending order of their value. */
    public static int[][] categoryCounts(int[][] ratings) {
        TreeMap<Integer, Integer> column = new TreeMap<>();
        for (int[] item : ratings) {
            for (int v : item) {
                column.putIfAbsent(v, 0);
            }
        }
        int j = 0;
        for (Map.Entry<Integer, Integer> e : column.entrySet()) {
            e.setValue(j++);
        }
        int[][] counts = new int[ratings.length][column.size()];
        for (int i = 0; i < ratings.length; i++) {
            for (int v : ratings[i]) {
                counts[i][column.get(v)]++;
            }
        }
        return counts;
    }

    /**
     * Krippendorff's alpha for nominal data: {@code units[u][c]} is coder c's value for unit u, null where the
     * coder gave none. Units with fewer than two values are not pairable and drop out, as in Krippendorff
     * (2011): alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k over the coincidence matrix o.
     */
    public static double krippendorffAlphaNominal(Integer[][] units) {
        Map<Integer, Integer> index = new TreeMap<>();
        for (Integer[] unit : units) {
            for (Integer v : unit) {
                if (v != null) {
                    index.putIfAbsent(v, index.size());
                }
            }
        }
        int k = index.size();
        double[][] o = new double[k][k];
        for (Integer[] unit : units) {
            int m = 0;
            for (Integer v : unit) {
                m += v == null ? 0 : 1;
            }
            if (m < 2) {
                continue;
            }
            for (int i = 0; i < unit.length; i++) {
                for (int j = 0; j < unit.length; j++) {
                    if (i != j && unit[i] != null && unit[j] != null) {
                        o[index.get(unit[i])][index.get(unit[j])] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double[] nc = new double[k];
        double n = 0;
        double disagreeObserved = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                nc[c] += o[c][d];
                disagreeObserved += c == d ? 0 : o[c][d];
            }
            n += nc[c];
        }
        double disagreeExpected = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                disagreeExpected += c == d ? 0 : nc[c] * nc[d];
            }
        }
        if (disagreeExpected == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * disagreeObserved / disagreeExpected;
    }

    private static double kappa(double po, double pe) {
        return pe >= 1.0 ? Double.NaN : (po - pe) / (1 - pe);
    }
}
