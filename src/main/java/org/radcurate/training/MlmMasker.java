package org.radcurate.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * BERT's masking for pre-training: 15 % of the word pieces ([CLS], [SEP] and padding never) are
 * chosen; of those 80 % become [MASK], 10 % a random piece and 10 % stay, and the model must
 * recover the original. Every row gets at least one target so no batch is empty.
 */
final class MlmMasker {
    static final double RATE = 0.15;

    private MlmMasker() {}

    /**
     * @param rows the inputs with masking applied
     * @param positions flat indices into the (B, T) batch, T being the longest row
     * @param targets the original piece at each position
     */
    record Masked(List<int[]> rows, long[] positions, long[] targets) {}

    static Masked mask(List<int[]> batch, int vocabSize, Random random) {
        int length = batch.stream().mapToInt(r -> r.length).max().orElse(1);
        List<int[]> rows = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        List<Long> targets = new ArrayList<>();
        int first = WordPieceTokenizer.SPECIALS.size();
        for (int b = 0; b < batch.size(); b++) {
            int[] row = batch.get(b).clone();
            List<Integer> chosen = new ArrayList<>();
            for (int t = 0; t < row.length; t++) {
                if (row[t] >= first && random.nextDouble() < RATE) {
                    chosen.add(t);
                }
            }
            if (chosen.isEmpty()) {
                List<Integer> candidates = new ArrayList<>();
                for (int t = 0; t < row.length; t++) {
                    if (row[t] >= first) {
                        candidates.add(t);
                    }
                }
                if (!candidates.isEmpty()) {
                    chosen.add(candidates.get(random.nextInt(candidates.size())));
                }
            }
            for (int t : chosen) {
                positions.add((long) b * length + t);
                targets.add((long) row[t]);
                double r = random.nextDouble();
                if (r < 0.8) {
                    row[t] = WordPieceTokenizer.MASK_ID;
                } else if (r < 0.9 && vocabSize > first) {
                    row[t] = first + random.nextInt(vocabSize - first);
                }
            }
            rows.add(row);
        }
        return new Masked(rows, toArray(positions), toArray(targets));
    }

    private static long[] toArray(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
