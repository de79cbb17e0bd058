package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.List;

/** Class probabilities for encoded reports, batched by length, in inference mode (no dropout). */
final class StudentPredictor {
    private StudentPredictor() {}

    /** probabilities[report][finding][class]. */
    static float[][][] probabilities(StudentNet net, NDManager manager, List<int[]> rows, int batchSize) {
        float[][][] out = new float[rows.size()][][];
        ParameterStore ps = new ParameterStore(manager, false);
        for (int[] batch : ReportBatches.byLength(rows, batchSize)) {
            try (NDManager scope = manager.newSubManager()) {
                List<int[]> part = java.util.Arrays.stream(batch).mapToObj(rows::get).toList();
                NDList inputs = ReportBatches.inputs(scope, part);
                NDArray probs = net.forward(ps, inputs, false).singletonOrThrow().softmax(-1);
                int findings = (int) probs.getShape().get(1);
                float[] flat = probs.toFloatArray();
                for (int b = 0; b < batch.length; b++) {
                    float[][] row = new float[findings][FindingHeads.CLASSES];
                    for (int f = 0; f < findings; f++) {
                        System.arraycopy(flat, (b * findings + f) * FindingHeads.CLASSES, row[f], 0,
                                FindingHeads.CLASSES);
                    }
                    out[batch[b]] = row;
                }
            }
        }
        return out;
    }

    /** The most probable class per finding. */
    static int[] argmax(float[][] probabilities) {
        int[] out = new int[probabilities.length];
        for (int f = 0; f < out.length; f++) {
            int best = 0;
            for (int c = 1; c < probabilities[f].length; c++) {
                if (probabilities[f][c] > probabilities[f][best]) {
                    best = c;
                }
            }
            out[f] = best;
        }
        return out;
    }
}
