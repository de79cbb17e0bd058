package org.radcurate.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Label-preserving augmentation of the encoded training reports, drawn afresh every epoch
 * ({@link TrainingConfig#augment()}). A report's labels do not depend on the order of its
 * sentences, so each original report has its sentences shuffled half of the time; and two reports
 * joined are labelled as a labeler aggregates mentions: positive over uncertain over negative over
 * absent. The mixes show a small encoder many more contexts for every sentence it has, which
 * teaches it that a finding's state comes from the words near the mention, not from the report as
 * a whole. Sentences end at a full stop (not one between two digits, as in "3.2 cm").
 */
final class Augmenter {
    static final double SHUFFLE_PROBABILITY = 0.5;
    private static final int PARTNER_TRIES = 8;
    /** Merge rank of each class index (absent, positive, negative, uncertain). */
    private static final int[] RANK = {0, 3, 1, 2};

    /** One epoch's training rows and their labels. */
    record Epoch(List<int[]> rows, List<int[]> labels, List<Float> weights) {}

    private final List<List<int[]>> sentences = new ArrayList<>();
    private final List<int[]> labels;
    private final List<Float> weights;
    private final int maxTokens;
    private final int cls;
    private final int sep;

    /**
     * @param rows encoded reports ([CLS] pieces [SEP])
     * @param stopId the id of the "." piece, or -1 when the vocabulary has none
     * @param digitIds ids that start with a digit, by id (true = digit)
     */
    Augmenter(List<int[]> rows, List<int[]> labels, int stopId, boolean[] digitIds, int maxTokens) {
        this(rows, labels, null, stopId, digitIds, maxTokens, WordPieceTokenizer.CLS_ID, WordPieceTokenizer.SEP_ID);
    }

    /**
     * @param weights each row's loss weight (its label source's), or null for 1; a mix gets the mean
     *     of its two reports' weights
     * @param cls the tokenizer's [CLS] id, {@code sep} its [SEP] id
     */
    Augmenter(List<int[]> rows, List<int[]> labels, List<Float> weights, int stopId, boolean[] digitIds,
            int maxTokens, int cls, int sep) {
        this.labels = labels;
        this.weights = weights;
        this.maxTokens = maxTokens;
        this.cls = cls;
        this.sep = sep;
        for (int[] row : rows) {
            sentences.add(split(row, stopId, digitIds, cls, sep));
        }
    }

    private float weight(int row) {
        return weights == null ? 1f : weights.get(row);
    }

    /** The number of rows every epoch has: the originals and {@code round(augment * n)} mixes. */
    static int rowsPerEpoch(int originals, double augment) {
        return originals + (int) Math.round(augment * originals);
    }

    /** The epoch's rows: every original (sentences shuffled half of the time), then the mixes. */
    Epoch epoch(double augment, Random random) {
        int n = sentences.size();
        List<int[]> rows = new ArrayList<>();
        List<int[]> out = new ArrayList<>();
        List<Float> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<int[]> s = new ArrayList<>(sentences.get(i));
            if (random.nextDouble() < SHUFFLE_PROBABILITY) {
                Collections.shuffle(s, random);
            }
            rows.add(join(s));
            out.add(labels.get(i));
            w.add(weight(i));
        }
        int mixes = rowsPerEpoch(n, augment) - n;
        for (int m = 0; m < mixes; m++) {
            int a = random.nextInt(n);
            int b = partner(a, random);
            List<int[]> s = new ArrayList<>(sentences.get(a));
            int[] merged = labels.get(a);
            float mixWeight = weight(a);
            if (b >= 0) {
                s.addAll(sentences.get(b));
                merged = merge(labels.get(a), labels.get(b));
                mixWeight = (weight(a) + weight(b)) / 2;
            }
            Collections.shuffle(s, random);
            rows.add(join(s));
            out.add(merged);
            w.add(mixWeight);
        }
        return new Epoch(rows, out, w);
    }

    /** A second report that fits beside {@code a} within maxTokens, or -1. */
    private int partner(int a, Random random) {
        int n = sentences.size();
        for (int t = 0; t < PARTNER_TRIES && n > 1; t++) {
            int b = random.nextInt(n);
            if (b != a && length(a) + length(b) + 2 <= maxTokens) {
                return b;
            }
        }
        return -1;
    }

    private int length(int report) {
        int n = 0;
        for (int[] s : sentences.get(report)) {
            n += s.length;
        }
        return n;
    }

    static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length];
        for (int f = 0; f < a.length; f++) {
            out[f] = RANK[a[f]] >= RANK[b[f]] ? a[f] : b[f];
        }
        return out;
    }

    /** [CLS], the sentences' pieces, [SEP], truncated to maxTokens like the tokenizer does. */
    private int[] join(List<int[]> parts) {
        int[] out = new int[maxTokens];
        int n = 0;
        out[n++] = cls;
        for (int[] part : parts) {
            for (int id : part) {
                if (n == maxTokens - 1) {
                    out[n++] = sep;
                    return out;
                }
                out[n++] = id;
            }
        }
        out[n++] = sep;
        return java.util.Arrays.copyOf(out, n);
    }

    /** A row's pieces without [CLS]/[SEP], cut after every sentence-ending full stop. */
    static List<int[]> split(int[] row, int stopId, boolean[] digitIds) {
        return split(row, stopId, digitIds, WordPieceTokenizer.CLS_ID, WordPieceTokenizer.SEP_ID);
    }

    static List<int[]> split(int[] row, int stopId, boolean[] digitIds, int cls, int sep) {
        int start = row.length > 0 && row[0] == cls ? 1 : 0;
        int end = row.length > start && row[row.length - 1] == sep ? row.length - 1 : row.length;
        List<int[]> out = new ArrayList<>();
        int from = start;
        for (int i = start; i < end; i++) {
            boolean betweenDigits = i > start && i + 1 < end && digitIds[row[i - 1]] && digitIds[row[i + 1]];
            if (row[i] == stopId && !betweenDigits) {
                out.add(java.util.Arrays.copyOfRange(row, from, i + 1));
                from = i + 1;
            }
        }
        if (from < end) {
            out.add(java.util.Arrays.copyOfRange(row, from, end));
        }
        return out;
    }
}
