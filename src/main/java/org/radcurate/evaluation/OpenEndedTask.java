package org.radcurate.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.radcurate.domain.Icd10;

/**
 * The open-ended task: each report's answer is a set of ICD-10-CM codes; micro precision, recall and F1 over
 * codes, summed over reports. Two match levels:
 * <ul>
 *   <li>FULL: codes match when equal after {@link Icd10#normalize} (J98.11 = j9811);</li>
 *   <li>CATEGORY: each side's codes are reduced to their set of 3-character categories, so J98.11 and J98.4
 *       predicted for a gold J98.19 give one true positive (not one tp and one fp).</li>
 * </ul>
 * There is no fixed universe of codes, so tn is always 0. A string that is not an ICD-10-CM code (an LLM may
 * answer "pneumonia") is kept upper-cased as it is rather than rejected: it can only match the identical gold
 * string, so in a prediction it counts as a false positive at both levels. Gold reports missing from the
 * predictions count as empty answers; reports only the prediction has are ignored.
 */
public final class OpenEndedTask {

    /** How codes are compared. */
    public enum Level {
        FULL,
        CATEGORY
    }

    private OpenEndedTask() {}

    /** Per report, one class for the level: tp = |G ∩ P|, fp = |P \ G|, fn = |G \ P|. Reports in gold's order. */
    public static CountTable table(Map<String, Set<String>> gold, Map<String, Set<String>> pred, Level level) {
        CountTable t = CountTable.zeroed(List.of(level.name().toLowerCase(Locale.ROOT)), gold.size());
        int r = 0;
        for (Map.Entry<String, Set<String>> e : gold.entrySet()) {
            add(t, r++, 0, e.getValue(), pred.getOrDefault(e.getKey(), Set.of()), level);
        }
        return t;
    }

    /** Both levels with bootstrap intervals of their micro F1, from the same resamples. */
    public static OpenEndedResult evaluate(
            String source, Map<String, Set<String>> gold, Map<String, Set<String>> pred, Resampling resampling) {
        CountTable t = CountTable.zeroed(List.of("full", "category"), gold.size());
        int r = 0;
        for (Map.Entry<String, Set<String>> e : gold.entrySet()) {
            Set<String> p = pred.getOrDefault(e.getKey(), Set.of());
            add(t, r, 0, e.getValue(), p, Level.FULL);
            add(t, r++, 1, e.getValue(), p, Level.CATEGORY);
        }
        Resampler rs = new Resampler(t);
        Scores s = t.scores();
        Interval full = Interval.NONE;
        Interval category = Interval.NONE;
        if (resampling.enabled() && t.reportCount() > 0) {
            double[][] boot = rs.bootstrap(resampling.resamples(), resampling.seed(), acc -> new double[] {
                Metric.MICRO_F1.of(acc, 0, 1), Metric.MICRO_F1.of(acc, CountTable.SLOTS, 1)});
            full = Interval.percentile95(boot[0]);
            category = Interval.percentile95(boot[1]);
        }
        return new OpenEndedResult(source, gold.size(), s.counts().get(0), full, s.counts().get(1), category);
    }

    /** Paired bootstrap of "b beats a" on micro F1 at one level, both sources against the same gold. */
    public static PairedTest pairedBootstrap(String a, String b, Map<String, Set<String>> gold,
            Map<String, Set<String>> predA, Map<String, Set<String>> predB, Level level, Resampling resampling) {
        return Significance.pairedBootstrap(a, b, table(gold, predA, level), table(gold, predB, level),
                Metric.MICRO_F1, resampling);
    }

    /** The code as compared at the level; non-codes are kept upper-cased (see the class comment). */
    public static String key(String code, Level level) {
        String raw = code.strip().toUpperCase(Locale.ROOT);
        try {
            return level == Level.FULL ? Icd10.normalize(raw) : Icd10.category(raw);
        } catch (IllegalArgumentException notACode) {
            return raw;
        }
    }

    private static void add(CountTable t, int report, int cls, Set<String> gold, Set<String> pred, Level level) {
        Set<String> g = keys(gold, level);
        Set<String> p = keys(pred, level);
        int tp = 0;
        for (String code : p) {
            tp += g.contains(code) ? 1 : 0;
        }
        t.add(report, cls, CountTable.TP, tp);
        t.add(report, cls, CountTable.FP, p.size() - tp);
        t.add(report, cls, CountTable.FN, g.size() - tp);
    }

    private static Set<String> keys(Set<String> codes, Level level) {
        Set<String> out = new TreeSet<>();
        for (String c : codes) {
            if (c != null && !c.isBlank()) {
                out.add(key(c, level));
            }
        }
        return out;
    }
}
