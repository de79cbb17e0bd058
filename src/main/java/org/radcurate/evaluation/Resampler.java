package org.radcurate.evaluation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The percentile bootstrap over reports, made fast by two observations:
 * <ol>
 *   <li>a resample is fully described by how often each report was drawn, and every metric here is a
 *       function of the count totals, so a resample costs n draws plus one weighted sum of rows;</li>
 *   <li>real label tables repeat the same row many times (most reports agree on most findings), so
 *       identical rows are merged into patterns and the weighted sum runs over patterns, stored sparse.</li>
 * </ol>
 * The tn slot is left out (always 0 in the sums a {@link Statistic} sees): no resampled statistic uses it, and
 * without it a row holds only the few pairs that are not true negatives, which is what makes rows sparse and
 * merge well. Point estimates with tn come from {@link CountTable#scores()}.
 *
 * Resample {@code i} draws from the i-th {@link SplittableRandom#split()} of {@code new SplittableRandom(seed)},
 * taken in order before any work starts: results are identical for a seed whatever the thread count, and
 * two tables with the same number of reports see the same report draws (so sources compared on one gold
 * set are resampled alike).
 */
final class Resampler {

    /** Maps the summed counts of one resample (layout of {@link CountTable}) to the statistics kept. */
    @FunctionalInterface
    interface Statistic {
        double[] apply(long[] acc);
    }

    private final int reports;
    private final int width;
    /** Pattern id of each report. */
    final int[] patternOf;
    /** How many reports share each pattern. */
    final int[] multiplicity;
    /** One dense row per pattern. */
    final int[][] rows;
    /** Sparse rows: entries start[p] .. start[p+1] of pos/val. */
    private final int[] start;
    private final int[] pos;
    private final int[] val;

    Resampler(CountTable table) {
        this.reports = table.reportCount();
        this.width = table.width();
        this.patternOf = new int[reports];
        int[] cells = withoutTn(table.cells());
        Map<Row, Integer> ids = new HashMap<>();
        int[] firstReport = new int[reports];
        for (int r = 0; r < reports; r++) {
            Row key = new Row(cells, r * width, width);
            Integer id = ids.putIfAbsent(key, ids.size());
            if (id == null) {
                id = ids.size() - 1;
                firstReport[id] = r;
            }
            patternOf[r] = id;
        }
        int patterns = ids.size();
        this.multiplicity = new int[patterns];
        this.rows = new int[patterns][];
        int nonZero = 0;
        for (int r = 0; r < reports; r++) {
            multiplicity[patternOf[r]]++;
        }
        for (int p = 0; p < patterns; p++) {
            rows[p] = Arrays.copyOfRange(cells, firstReport[p] * width, (firstReport[p] + 1) * width);
            for (int v : rows[p]) {
                nonZero += v != 0 ? 1 : 0;
            }
        }
        this.start = new int[patterns + 1];
        this.pos = new int[nonZero];
        this.val = new int[nonZero];
        int e = 0;
        for (int p = 0; p < patterns; p++) {
            start[p] = e;
            for (int j = 0; j < width; j++) {
                if (rows[p][j] != 0) {
                    pos[e] = j;
                    val[e++] = rows[p][j];
                }
            }
        }
        start[patterns] = e;
    }

    int patternCount() {
        return multiplicity.length;
    }

    int reports() {
        return reports;
    }

    private static int[] withoutTn(int[] cells) {
        int[] out = cells.clone();
        for (int i = CountTable.TN; i < out.length; i += CountTable.SLOTS) {
            out[i] = 0;
        }
        return out;
    }

    /** tp, fp, fn over all reports, each once (tn is 0). */
    long[] totals() {
        return accumulate(multiplicity);
    }

    /** Sum over patterns of weight x row. */
    long[] accumulate(int[] weight) {
        long[] acc = new long[width];
        for (int p = 0; p < weight.length; p++) {
            int w = weight[p];
            if (w != 0) {
                for (int e = start[p]; e < start[p + 1]; e++) {
                    acc[pos[e]] += (long) w * val[e];
                }
            }
        }
        return acc;
    }

    /**
     * Statistics of {@code resamples} bootstrap resamples: result[s][i] is statistic s in resample i.
     * Resamples run in parallel on the common pool; each writes only its own column.
     */
    double[][] bootstrap(int resamples, long seed, Statistic statistic) {
        return bootstrap(resamples, seed, reports, statistic);
    }

    /**
     * As {@link #bootstrap(int, long, Statistic)}, each resample drawing {@code draws} reports with replacement
     * instead of as many as there are: fewer simulate a smaller gold set, more a larger one drawn from the same
     * population (the m-out-of-n bootstrap the gold-size estimate fits its curve to).
     */
    double[][] bootstrap(int resamples, long seed, int draws, Statistic statistic) {
        if (draws < 1) {
            throw new IllegalArgumentException("a resample needs at least one report: " + draws);
        }
        SplittableRandom[] streams = streams(resamples, seed);
        double[][] perResample = new double[resamples][];
        IntStream.range(0, resamples).parallel().forEach(i -> {
            SplittableRandom rng = streams[i];
            int[] weight = new int[multiplicity.length];
            for (int k = 0; k < draws; k++) {
                weight[patternOf[rng.nextInt(reports)]]++;
            }
            perResample[i] = statistic.apply(accumulate(weight));
        });
        return transpose(perResample);
    }

    static SplittableRandom[] streams(int count, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[count];
        for (int i = 0; i < count; i++) {
            streams[i] = root.split();
        }
        return streams;
    }

    static double[][] transpose(double[][] perResample) {
        if (perResample.length == 0) {
            return new double[0][];
        }
        int stats = perResample[0].length;
        double[][] out = new double[stats][perResample.length];
        for (int i = 0; i < perResample.length; i++) {
            for (int s = 0; s < stats; s++) {
                out[s][i] = perResample[i][s];
            }
        }
        return out;
    }

    /** A view of one report's row, hashed by content, so identical rows share a pattern. */
    private static final class Row {
        private final int[] cells;
        private final int offset;
        private final int length;
        private final int hash;

        Row(int[] cells, int offset, int length) {
            this.cells = cells;
            this.offset = offset;
            this.length = length;
            int h = 1;
            for (int i = offset; i < offset + length; i++) {
                h = 31 * h + cells[i];
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row other
                    && other.length == length
                    && Arrays.equals(cells, offset, offset + length, other.cells, other.offset, other.offset + length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
