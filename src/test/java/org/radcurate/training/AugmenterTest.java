package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AugmenterTest {
    private static final int CLS = WordPieceTokenizer.CLS_ID;
    private static final int SEP = WordPieceTokenizer.SEP_ID;
    private static final int STOP = 5;
    /** ids 20..29 are digits, the rest words. */
    private static final boolean[] DIGITS = new boolean[40];

    static {
        for (int i = 20; i < 30; i++) {
            DIGITS[i] = true;
        }
    }

    // class indices: 0 absent, 1 positive, 2 negative, 3 uncertain
    private static final List<int[]> ROWS = List.of(
            new int[] {CLS, 10, 11, STOP, 12, 13, STOP, SEP},       // two sentences
            new int[] {CLS, 14, 21, STOP, 22, 15, STOP, 16, SEP},    // "x 1.2 y." + unterminated "z"
            new int[] {CLS, 17, STOP, SEP});
    private static final List<int[]> LABELS = List.of(
            new int[] {1, 2, 0, 3},
            new int[] {2, 3, 1, 0},
            new int[] {0, 0, 2, 2});

    @Test
    void sentencesEndAtFullStopsButNotInsideNumbers() {
        assertEquals(List.of(List.of(10, 11, STOP), List.of(12, 13, STOP)), lists(Augmenter.split(ROWS.get(0), STOP, DIGITS)));
        assertEquals(List.of(List.of(14, 21, STOP, 22, 15, STOP), List.of(16)),
                lists(Augmenter.split(ROWS.get(1), STOP, DIGITS)));
        assertEquals(List.of(List.of(10, 11)), lists(Augmenter.split(new int[] {CLS, 10, 11, SEP}, -1, DIGITS)));
    }

    @Test
    void mergedLabelsFollowPositiveOverUncertainOverNegativeOverAbsent() {
        assertArrayEquals(new int[] {1, 3, 1, 3}, Augmenter.merge(LABELS.get(0), LABELS.get(1)));
        assertArrayEquals(new int[] {1, 2, 2, 3}, Augmenter.merge(LABELS.get(0), LABELS.get(2)));
        assertArrayEquals(new int[] {2, 3, 1, 2}, Augmenter.merge(LABELS.get(2), LABELS.get(1)));
    }

    @Test
    void anEpochKeepsEveryReportAndAddsMixesOfTwoWithMergedLabels() {
        Augmenter augmenter = new Augmenter(ROWS, LABELS, STOP, DIGITS, 64);
        Augmenter.Epoch epoch = augmenter.epoch(2.0, new Random(3));
        assertEquals(9, epoch.rows().size(), "3 originals + 6 mixes");
        assertEquals(9, Augmenter.rowsPerEpoch(3, 2.0));
        for (int i = 0; i < 3; i++) {
            assertEquals(sorted(ROWS.get(i)), sorted(epoch.rows().get(i)), "report " + i + " keeps its pieces");
            assertArrayEquals(LABELS.get(i), epoch.labels().get(i));
        }
        for (int m = 3; m < 9; m++) {
            int[] row = epoch.rows().get(m);
            assertEquals(CLS, row[0]);
            assertEquals(SEP, row[row.length - 1]);
            int[] pair = pairOf(row);
            assertTrue(pair != null, "mix " + m + " is two reports' pieces: " + Arrays.toString(row));
            assertArrayEquals(Augmenter.merge(LABELS.get(pair[0]), LABELS.get(pair[1])), epoch.labels().get(m));
        }
        Augmenter.Epoch again = new Augmenter(ROWS, LABELS, STOP, DIGITS, 64).epoch(2.0, new Random(3));
        for (int i = 0; i < 9; i++) {
            assertArrayEquals(epoch.rows().get(i), again.rows().get(i), "the seed decides the epoch");
        }
    }

    @Test
    void reportsThatDoNotFitTogetherAreNotJoined() {
        // 6 + 7 pieces + [CLS]/[SEP] need 15 tokens: with 12 every "mix" is one report shuffled
        Augmenter augmenter = new Augmenter(ROWS.subList(0, 2), LABELS.subList(0, 2), STOP, DIGITS, 12);
        Augmenter.Epoch epoch = augmenter.epoch(3.0, new Random(1));
        assertEquals(8, epoch.rows().size());
        for (int m = 2; m < 8; m++) {
            List<Integer> pieces = sorted(epoch.rows().get(m));
            int source = pieces.equals(sorted(ROWS.get(0))) ? 0 : 1;
            assertEquals(sorted(ROWS.get(source)), pieces);
            assertArrayEquals(LABELS.get(source), epoch.labels().get(m));
        }
    }

    private static int[] pairOf(int[] row) {
        for (int a = 0; a < ROWS.size(); a++) {
            for (int b = 0; b < ROWS.size(); b++) {
                if (a == b) {
                    continue;
                }
                List<Integer> both = new ArrayList<>(sorted(ROWS.get(a)));
                both.addAll(sorted(ROWS.get(b)));
                both.removeIf(id -> id == CLS || id == SEP);
                both.add(CLS);
                both.add(SEP);
                both.sort(Integer::compare);
                if (both.equals(sorted(row))) {
                    return new int[] {a, b};
                }
            }
        }
        return null;
    }

    private static List<Integer> sorted(int[] row) {
        return Arrays.stream(row).sorted().boxed().toList();
    }

    private static List<List<Integer>> lists(List<int[]> parts) {
        return parts.stream().map(p -> Arrays.stream(p).boxed().toList()).toList();
    }
}
