package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * The evaluation budget of DESIGN.md section 7 (10,000 reports x 14 findings, 1,000 resamples, under 1 s on
 * 2 cores), measured rather than asserted. Times {@link Evaluator#evaluate} end to end: count table,
 * row merging, point estimates and the bootstrap intervals of micro F1, macro F1 and every finding's F1.
 */
public final class EvaluationBenchmark {
    private static final int WARM_UPS = 3;
    private static final int RUNS = 5;

    private EvaluationBenchmark() {}

    /**
     * Random data shaped like chest X-ray labels (gold: 12% positive, 15% negative, 4% uncertain, rest blank;
     * the prediction agrees with gold 85% of the time, else picks a state uniformly).
     */
    public static String run(int reports, int findings, int resamples, long seed) {
        return run(reports, findings, resamples, seed, false);
    }

    /**
     * As {@link #run(int, int, int, long)}; with {@code uniform} every state is equally likely and the
     * prediction is independent of gold, so almost no two reports share a row: the worst case for merging.
     */
    public static String run(int reports, int findings, int resamples, long seed, boolean uniform) {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < findings; f++) {
            names.add("F" + f);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        LabelMatrix.Builder gold = LabelMatrix.builder(names);
        LabelMatrix.Builder pred = LabelMatrix.builder(names);
        MentionState[] states = MentionState.values();
        for (int r = 0; r < reports; r++) {
            String id = "r" + r;
            for (String name : names) {
                MentionState g = uniform ? states[rng.nextInt(4)] : realistic(rng);
                MentionState p = uniform || rng.nextDouble() >= 0.85 ? states[rng.nextInt(4)] : g;
                gold.put(id, name, g);
                pred.put(id, name, p);
            }
        }
        LabelMatrix g = gold.build();
        LabelMatrix p = pred.build();
        Resampling resampling = new Resampling(resamples, seed);
        EvaluationResult result = null;
        for (int i = 0; i < WARM_UPS; i++) {
            result = Evaluator.evaluate("bench", g, p, UncertaintyPolicy.U_ZEROS, resampling);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            result = Evaluator.evaluate("bench", g, p, UncertaintyPolicy.U_ZEROS, resampling);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        int patterns = new Resampler(BinaryTask.table(g, p, UncertaintyPolicy.U_ZEROS)).patternCount();
        return String.format(Locale.ROOT,
                "evaluation bench (%s data): %d reports x %d findings, %d resamples, seed %d: median %.1f ms "
                        + "(min %.1f, max %.1f) over %d runs after %d warm-ups; %d distinct report rows; "
                        + "%d processors; micro-F1 %.4f [%.4f, %.4f]",
                uniform ? "uniform" : "realistic", reports, findings, resamples, seed, ms[RUNS / 2], ms[0],
                ms[RUNS - 1], RUNS, WARM_UPS, patterns, Runtime.getRuntime().availableProcessors(),
                result.micro().f1(), result.micro().ci95().lo(), result.micro().ci95().hi());
    }

    private static MentionState realistic(SplittableRandom rng) {
        double u = rng.nextDouble();
        return u < 0.12 ? MentionState.POSITIVE
                : u < 0.27 ? MentionState.NEGATIVE
                : u < 0.31 ? MentionState.UNCERTAIN
                : MentionState.ABSENT;
    }

    public static void main(String[] args) {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int findings = args.length > 1 ? Integer.parseInt(args[1]) : 14;
        int resamples = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
        System.out.println(run(reports, findings, resamples, seed, false));
        System.out.println(run(reports, findings, resamples, seed, true));
    }
}
