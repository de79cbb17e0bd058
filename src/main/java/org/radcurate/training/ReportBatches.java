package org.radcurate.training;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Turns encoded reports into batches padded to their longest report. */
final class ReportBatches {
    /** Batches per length-sorted chunk: enough to cut padding, few enough to keep batches random. */
    private static final int CHUNK_BATCHES = 16;

    private ReportBatches() {}

    /** Token ids (B, T) int64 and mask (B, T) float32, on the manager's device. */
    static NDList inputs(NDManager manager, List<int[]> rows) {
        int length = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        long[] ids = new long[rows.size() * length];
        float[] mask = new float[ids.length];
        for (int b = 0; b < rows.size(); b++) {
            int[] row = rows.get(b);
            for (int t = 0; t < row.length; t++) {
                ids[b * length + t] = row[t];
                mask[b * length + t] = row[t] == WordPieceTokenizer.PAD_ID ? 0f : 1f;
            }
        }
        Shape shape = new Shape(rows.size(), length);
        return new NDList(manager.create(ids, shape), manager.create(mask, shape));
    }

    /**
     * Shuffled batches of indices. Within chunks of {@value #CHUNK_BATCHES} batches the reports are
     * sorted by length, so each batch pads little, then the batch order is shuffled again.
     */
    static List<int[]> shuffled(List<int[]> rows, int batchSize, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<int[]> batches = new ArrayList<>();
        int chunk = batchSize * CHUNK_BATCHES;
        for (int start = 0; start < order.size(); start += chunk) {
            List<Integer> part = new ArrayList<>(order.subList(start, Math.min(order.size(), start + chunk)));
            part.sort(Comparator.comparingInt(i -> rows.get(i).length));
            batches.addAll(cut(part, batchSize));
        }
        Collections.shuffle(batches, random);
        return batches;
    }

    /** Batches in length order for inference; callers put results back by index. */
    static List<int[]> byLength(List<int[]> rows, int batchSize) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> rows.get(i).length));
        return cut(order, batchSize);
    }

    static int count(int rows, int batchSize) {
        return (rows + batchSize - 1) / batchSize;
    }

    private static List<int[]> cut(List<Integer> order, int batchSize) {
        List<int[]> out = new ArrayList<>();
        for (int start = 0; start < order.size(); start += batchSize) {
            out.add(order.subList(start, Math.min(order.size(), start + batchSize)).stream()
                    .mapToInt(Integer::intValue).toArray());
        }
        return out;
    }
}
