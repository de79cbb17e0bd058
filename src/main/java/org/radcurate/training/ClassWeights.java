package org.radcurate.training;

import java.util.List;

/**
 * Loss weights per finding and class against imbalance: most findings are absent from most reports,
 * so a plain loss learns "absent" everywhere. A class seen n times among N reports, where k classes
 * occur for that finding, weighs sqrt(N / (k n)), clipped to [0.1, 10]; the square root keeps rare
 * classes from dominating noisy teacher labels. Unseen classes weigh 1 (they never occur in the loss).
 */
final class ClassWeights {
    private static final double MIN = 0.1;
    private static final double MAX = 10.0;

    private ClassWeights() {}

    /** Weights as a flat (findings x 4) row-major array. */
    static float[] of(List<int[]> labels, int findings, boolean enabled) {
        float[] w = new float[findings * FindingHeads.CLASSES];
        java.util.Arrays.fill(w, 1f);
        if (!enabled || labels.isEmpty()) {
            return w;
        }
        long[] counts = new long[w.length];
        for (int[] row : labels) {
            for (int f = 0; f < findings; f++) {
                counts[f * FindingHeads.CLASSES + row[f]]++;
            }
        }
        for (int f = 0; f < findings; f++) {
            int present = 0;
            for (int c = 0; c < FindingHeads.CLASSES; c++) {
                present += counts[f * FindingHeads.CLASSES + c] > 0 ? 1 : 0;
            }
            for (int c = 0; c < FindingHeads.CLASSES; c++) {
                long n = counts[f * FindingHeads.CLASSES + c];
                if (n > 0) {
                    double raw = Math.sqrt((double) labels.size() / ((double) present * n));
                    w[f * FindingHeads.CLASSES + c] = (float) Math.max(MIN, Math.min(MAX, raw));
                }
            }
        }
        return w;
    }
}
