package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * Teacher diagnostics per finding, in the spirit of Snorkel's labeling-function summary but judged against
 * gold too: for every source and finding, how many reports it speaks about (coverage: any state but ABSENT),
 * how many it calls positive, where it speaks about the same reports as each other source (overlap) and where
 * the two then disagree on positive vs not (conflict), and its precision, recall and F1 against each gold, with
 * percentile intervals from one bootstrap over the gold's reports.
 *
 * <p>Positive follows the uncertainty policy ({@link BinaryTask#isPositive}); under U-Ignore an overlapping pair
 * where either side is UNCERTAIN is not counted as a conflict, as the metric leaves it out.
 */
public final class SourceDiagnostics {
    /** The finding name used for the rows summed over every finding. */
    public static final String MICRO = "micro";

    private SourceDiagnostics() {}

    /** What each cell of the diagnostics table lists when clicked. */
    public enum Cell { COVERED, POSITIVE, OVERLAP, CONFLICT, TRUE_POSITIVE, FALSE_POSITIVE, FALSE_NEGATIVE }

    /** Coverage and positive rate of one source on one finding, over the {@code reports} it has rows for. */
    public record SourceRow(String source, String finding, int reports, int covered, int positives) {
        public double coverageRate() {
            return reports == 0 ? 0.0 : (double) covered / reports;
        }

        public double positiveRate() {
            return reports == 0 ? 0.0 : (double) positives / reports;
        }
    }

    /** Reports both sources speak about on the finding, and among them those they disagree on. */
    public record PairRow(String source, String other, String finding, int overlap, int conflict) {}

    /** One source against one gold on one finding (or {@link #MICRO}): counts and 95% intervals. */
    public record AccuracyRow(String source, String gold, String finding, int goldReports, Counts counts,
            Interval precisionCi, Interval recallCi, Interval f1Ci) {
        public double precision() {
            return counts.precision();
        }

        public double recall() {
            return counts.recall();
        }

        public double f1() {
            return counts.f1();
        }
    }

    /** Everything the diagnostics table shows. */
    public record Diagnosis(List<String> findings, UncertaintyPolicy policy, Resampling resampling,
            List<SourceRow> sources, List<PairRow> pairs, List<AccuracyRow> accuracy) {
        public Diagnosis {
            findings = List.copyOf(findings);
            sources = List.copyOf(sources);
            pairs = List.copyOf(pairs);
            accuracy = List.copyOf(accuracy);
        }
    }

    /**
     * Diagnoses every source (in the map's order) on every finding, against every gold (in the map's order).
     * All matrices must have the same findings, in the same order.
     */
    public static Diagnosis diagnose(Map<String, LabelMatrix> sources, Map<String, LabelMatrix> golds,
            UncertaintyPolicy policy, Resampling resampling) {
        List<String> findings = findings(sources, golds);
        List<SourceRow> rows = new ArrayList<>();
        List<PairRow> pairs = new ArrayList<>();
        List<AccuracyRow> accuracy = new ArrayList<>();
        sources.forEach((name, m) -> {
            for (int f = 0; f < findings.size(); f++) {
                int covered = 0;
                int positives = 0;
                for (int r = 0; r < m.reportCount(); r++) {
                    MentionState s = m.state(r, f);
                    covered += s != MentionState.ABSENT ? 1 : 0;
                    positives += BinaryTask.isPositive(s, policy) ? 1 : 0;
                }
                rows.add(new SourceRow(name, findings.get(f), m.reportCount(), covered, positives));
            }
            sources.forEach((otherName, other) -> {
                if (!otherName.equals(name)) {
                    for (String f : findings) {
                        pairs.add(new PairRow(name, otherName, f, reports(m, other, f, Cell.OVERLAP, policy).size(),
                                reports(m, other, f, Cell.CONFLICT, policy).size()));
                    }
                }
            });
            golds.forEach((goldName, gold) -> accuracy.addAll(accuracy(name, goldName, gold, m, policy, resampling)));
        });
        return new Diagnosis(findings, policy, resampling, rows, pairs, accuracy);
    }

    /**
     * The reports behind one cell, in {@code source}'s report order: COVERED and POSITIVE need no
     * {@code other}; OVERLAP and CONFLICT compare with another source; the three accuracy cells with a gold
     * (and follow the gold's report order, a gold report the source did not label counting as ABSENT).
     */
    public static List<String> reports(LabelMatrix source, LabelMatrix other, String finding, Cell cell,
            UncertaintyPolicy policy) {
        int f = column(source, finding);
        List<String> out = new ArrayList<>();
        switch (cell) {
            case COVERED, POSITIVE -> {
                for (int r = 0; r < source.reportCount(); r++) {
                    MentionState s = source.state(r, f);
                    if (cell == Cell.COVERED ? s != MentionState.ABSENT : BinaryTask.isPositive(s, policy)) {
                        out.add(source.reportIds().get(r));
                    }
                }
            }
            case OVERLAP, CONFLICT -> {
                int g = column(other, finding);
                for (int r = 0; r < source.reportCount(); r++) {
                    int o = other.reportIndex(source.reportIds().get(r));
                    if (o < 0) {
                        continue;
                    }
                    MentionState a = source.state(r, f);
                    MentionState b = other.state(o, g);
                    if (a == MentionState.ABSENT || b == MentionState.ABSENT) {
                        continue;
                    }
                    boolean conflict = BinaryTask.counts(a, b, policy)
                            && BinaryTask.isPositive(a, policy) != BinaryTask.isPositive(b, policy);
                    if (cell == Cell.OVERLAP || conflict) {
                        out.add(source.reportIds().get(r));
                    }
                }
            }
            default -> {
                LabelMatrix gold = other;
                LabelMatrix pred = LabelMatrix.align(gold, source);
                int g = column(gold, finding);
                for (int r = 0; r < gold.reportCount(); r++) {
                    MentionState gs = gold.state(r, g);
                    MentionState ps = pred.state(r, g);
                    if (!BinaryTask.counts(gs, ps, policy)) {
                        continue;
                    }
                    boolean gp = BinaryTask.isPositive(gs, policy);
                    boolean pp = BinaryTask.isPositive(ps, policy);
                    boolean hit = switch (cell) {
                        case TRUE_POSITIVE -> gp && pp;
                        case FALSE_POSITIVE -> !gp && pp;
                        default -> gp && !pp;
                    };
                    if (hit) {
                        out.add(gold.reportIds().get(r));
                    }
                }
            }
        }
        return out;
    }

    /** Per finding and micro: counts, and P, R, F1 intervals from the same resamples of the gold's reports. */
    static List<AccuracyRow> accuracy(String source, String goldName, LabelMatrix gold, LabelMatrix pred,
            UncertaintyPolicy policy, Resampling resampling) {
        CountTable table = BinaryTask.table(gold, pred, policy);
        int k = table.classCount();
        Scores scores = table.scores();
        Interval[] ci = new Interval[3 * (k + 1)];
        Arrays.fill(ci, Interval.NONE);
        if (resampling.enabled() && table.reportCount() > 0) {
            double[][] boot = new Resampler(table).bootstrap(resampling.resamples(), resampling.seed(),
                    acc -> prf(acc, k));
            for (int s = 0; s < ci.length; s++) {
                ci[s] = Interval.percentile95(boot[s]);
            }
        }
        List<AccuracyRow> out = new ArrayList<>(k + 1);
        for (int c = 0; c < k; c++) {
            out.add(new AccuracyRow(source, goldName, table.classes().get(c), table.reportCount(),
                    scores.counts().get(c), ci[3 * c], ci[3 * c + 1], ci[3 * c + 2]));
        }
        out.add(new AccuracyRow(source, goldName, MICRO, table.reportCount(), scores.micro(), ci[3 * k],
                ci[3 * k + 1], ci[3 * k + 2]));
        return out;
    }

    /** [P, R, F1] of each class, then of the summed counts. */
    private static double[] prf(long[] acc, int k) {
        double[] out = new double[3 * (k + 1)];
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int c = 0; c < k; c++) {
            int o = c * CountTable.SLOTS;
            out[3 * c] = Counts.precision(acc[o], acc[o + 1]);
            out[3 * c + 1] = Counts.recall(acc[o], acc[o + 2]);
            out[3 * c + 2] = Counts.f1(acc[o], acc[o + 1], acc[o + 2]);
            tp += acc[o];
            fp += acc[o + 1];
            fn += acc[o + 2];
        }
        out[3 * k] = Counts.precision(tp, fp);
        out[3 * k + 1] = Counts.recall(tp, fn);
        out[3 * k + 2] = Counts.f1(tp, fp, fn);
        return out;
    }

    private static int column(LabelMatrix m, String finding) {
        int f = m.findingIndex(finding);
        if (f < 0) {
            throw new IllegalArgumentException("unknown finding: " + finding + "; the findings are " + m.findings());
        }
        return f;
    }

    private static List<String> findings(Map<String, LabelMatrix> sources, Map<String, LabelMatrix> golds) {
        List<String> findings = null;
        for (Map<String, LabelMatrix> group : List.of(sources, golds)) {
            for (Map.Entry<String, LabelMatrix> e : group.entrySet()) {
                if (findings == null) {
                    findings = e.getValue().findings();
                } else if (!findings.equals(e.getValue().findings())) {
                    throw new IllegalArgumentException(e.getKey() + " has findings " + e.getValue().findings()
                            + ", not " + findings + ": diagnose sources of one schema");
                }
            }
        }
        if (findings == null) {
            throw new IllegalArgumentException("no sources to diagnose");
        }
        return findings;
    }
}
