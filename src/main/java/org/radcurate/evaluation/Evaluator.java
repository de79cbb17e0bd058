package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radcurate.domain.UncertaintyPolicy;

/** Scores sources against gold with bootstrap intervals: the entry point for binary finding tasks. */
public final class Evaluator {
    private Evaluator() {}

    /** One source against gold, per finding, under the policy. */
    public static EvaluationResult evaluate(
            String source, LabelMatrix gold, LabelMatrix pred, UncertaintyPolicy policy, Resampling resampling) {
        return evaluate(source, BinaryTask.table(gold, pred, policy), resampling);
    }

    /**
     * Any count table (one class per finding): point estimates from the totals, and percentile intervals of
     * micro F1, macro F1 and each class's F1 from the same resamples.
     */
    public static EvaluationResult evaluate(String source, CountTable table, Resampling resampling) {
        Resampler rs = new Resampler(table);
        int k = table.classCount();
        Scores scores = table.scores();
        Interval[] ci = new Interval[k + 2];
        Arrays.fill(ci, Interval.NONE);
        if (resampling.enabled() && table.reportCount() > 0) {
            double[][] boot = rs.bootstrap(resampling.resamples(), resampling.seed(), acc -> f1s(acc, k));
            for (int s = 0; s < ci.length; s++) {
                ci[s] = Interval.percentile95(boot[s]);
            }
        }
        List<FindingResult> findings = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            findings.add(new FindingResult(table.classes().get(c), scores.counts().get(c), ci[c + 2]));
        }
        Counts micro = scores.micro();
        return new EvaluationResult(source, findings, micro,
                new Summary(micro.precision(), micro.recall(), micro.f1(), ci[0]),
                new Summary(scores.macroPrecision(), scores.macroRecall(), scores.macroF1(), ci[1]));
    }

    /** Sources (in the map's order) against gold, without a paired test. */
    public static Comparison compare(
            String task, String goldName, LabelMatrix gold, Map<String, LabelMatrix> sources,
            UncertaintyPolicy policy, Resampling resampling) {
        return compare(task, goldName, gold, sources, policy, resampling, null, null);
    }

    /**
     * Sources against gold, plus the paired bootstrap of "{@code b} beats {@code a}" on micro F1 when both
     * names are given and resampling is enabled (a test needs resamples; without them there is none). Every source is resampled with the same report draws (same seed, same reports), so
     * their intervals are comparable and the paired test sees the same resamples as the intervals.
     */
    public static Comparison compare(
            String task, String goldName, LabelMatrix gold, Map<String, LabelMatrix> sources,
            UncertaintyPolicy policy, Resampling resampling, String a, String b) {
        List<EvaluationResult> results = new ArrayList<>();
        sources.forEach((name, pred) -> results.add(evaluate(name, gold, pred, policy, resampling)));
        Optional<PairedTest> paired = Optional.empty();
        if (a != null && b != null && resampling.enabled()) {
            LabelMatrix pa = require(sources, a);
            LabelMatrix pb = require(sources, b);
            paired = Optional.of(Significance.pairedBootstrap(a, b, BinaryTask.table(gold, pa, policy),
                    BinaryTask.table(gold, pb, policy), Metric.MICRO_F1, resampling));
        }
        return new Comparison(task, goldName, policy, gold.reportCount(), resampling, results, paired);
    }

    private static LabelMatrix require(Map<String, LabelMatrix> sources, String name) {
        LabelMatrix m = sources.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no source named " + name + " among " + sources.keySet());
        }
        return m;
    }

    /** [micro F1, macro F1, F1 of class 0 .. k-1] of one resample's totals. */
    private static double[] f1s(long[] acc, int k) {
        double[] out = new double[k + 2];
        out[0] = Metric.MICRO_F1.of(acc, 0, k);
        out[1] = Metric.MACRO_F1.of(acc, 0, k);
        for (int c = 0; c < k; c++) {
            int o = c * CountTable.SLOTS;
            out[c + 2] = Counts.f1(acc[o], acc[o + 1], acc[o + 2]);
        }
        return out;
    }
}
