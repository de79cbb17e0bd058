package org.radcurate.training;

import java.util.List;

/**
 * Micro-F1 over every (report, finding) for early stopping: positive means POSITIVE, so uncertain
 * counts as negative (U-Zeros). With nothing to find and nothing predicted the score is 1.0 (perfect
 * agreement). Kept tiny on purpose: the shared evaluation package does the reported metrics.
 */
final class MicroF1 {
    private MicroF1() {}

    /** Both lists hold class indices per finding (see {@link LabelCodec}). */
    static double of(List<int[]> gold, List<int[]> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int r = 0; r < gold.size(); r++) {
            int[] g = gold.get(r);
            int[] p = predicted.get(r);
            for (int f = 0; f < g.length; f++) {
                boolean gp = g[f] == LabelCodec.POSITIVE;
                boolean pp = p[f] == LabelCodec.POSITIVE;
                if (gp && pp) {
                    tp++;
                } else if (pp) {
                    fp++;
                } else if (gp) {
                    fn++;
                }
            }
        }
        long denominator = 2 * tp + fp + fn;
        return denominator == 0 ? 1.0 : 2.0 * tp / denominator;
    }
}
