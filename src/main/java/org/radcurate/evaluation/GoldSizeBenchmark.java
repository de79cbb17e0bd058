package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * The gold-size estimate's budget (10,000 gold reports under 2 s on 2 cores), measured rather than asserted:
 * {@link GoldSizeEstimator#estimate} end to end (two count tables, row merging, four bootstrap sizes and the
 * micro cross-check) on random data shaped like {@link EvaluationBenchmark}'s, with a teacher agreeing with gold
 * 85% of the time and a student 92%.
 */
public final class GoldSizeBenchmark {
    private static final int WARM_UPS = 2;
    private static final int RUNS = 5;

    private GoldSizeBenchmark() {}

    public static String run(int reports, int findings, int resamples, long seed) {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < findings; f++) {
            names.add("F" + f);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        LabelMatrix.Builder gold = LabelMatrix.builder(names);
        LabelMatrix.Builder a = LabelMatrix.builder(names);
        LabelMatrix.Builder b = LabelMatrix.builder(names);
        MentionState[] states = MentionState.values();
        for (int r = 0; r < reports; r++) {
            String id = "r" + r;
            for (String name : names) {
                double u = rng.nextDouble();
                MentionState g = u < 0.12 ? MentionState.POSITIVE : u < 0.27 ? MentionState.NEGATIVE
                        : u < 0.31 ? MentionState.UNCERTAIN : MentionState.ABSENT;
                gold.put(id, name, g);
                a.put(id, name, rng.nextDouble() < 0.85 ? g : states[rng.nextInt(4)]);
                b.put(id, name, rng.nextDouble() < 0.92 ? g : states[rng.nextInt(4)]);
            }
        }
        LabelMatrix g = gold.build();
        LabelMatrix pa = a.build();
        LabelMatrix pb = b.build();
        Resampling resampling = new Resampling(resamples, seed);
        GoldSizeEstimator.Estimate e = null;
        for (int i = 0; i < WARM_UPS; i++) {
            e = GoldSizeEstimator.estimate("a", "b", g, pa, pb, UncertaintyPolicy.U_ZEROS, resampling, 0.02);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            e = GoldSizeEstimator.estimate("a", "b", g, pa, pb, UncertaintyPolicy.U_ZEROS, resampling, 0.02);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        GoldSizeEstimator.Line m = e.micro();
        return String.format(Locale.ROOT,
                "gold-size bench: %d gold reports x %d findings, %d resamples at each of %d sizes plus the "
                        + "cross-check at %d, seed %d: median %.1f ms (min %.1f, max %.1f) over %d runs after %d "
                        + "warm-ups; %d processors; micro-F1 ±%.4f now, ±%.3f reached at %d reports (cross-check "
                        + "±%.4f)",
                reports, findings, resamples, m.curve().size(), m.check() == null ? 0 : m.check().reports(), seed,
                ms[RUNS / 2], ms[0], ms[RUNS - 1], RUNS, WARM_UPS, Runtime.getRuntime().availableProcessors(),
                m.curve().get(m.curve().size() - 1).halfWidth(), e.target(), m.reportsForTarget(),
                m.check() == null ? Double.NaN : m.check().halfWidth());
    }
}
