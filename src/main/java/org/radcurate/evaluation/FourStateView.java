package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.MentionState;

/**
 * The CheXpert-style four-state view: how well a labeler reproduces the mention state itself.
 *
 * <p>For each mention class c in POSITIVE, NEGATIVE, UNCERTAIN, every (report, finding) pair of the gold set
 * is scored one-vs-rest: tp when gold and prediction are both c, fp when only the prediction is c, fn when only
 * gold is c, tn otherwise. All pairs take part, blanks included, so that a mention the labeler invents where the
 * report says nothing is a false positive for its class (scoring only pairs gold mentions would hide those).
 * Micro and macro average the three mention classes.
 *
 * <p>Blank accuracy is (gold ABSENT and predicted ABSENT) / (gold ABSENT): how often the labeler leaves alone
 * what the report does not mention. It is kept apart from the averages since it is a different kind of figure.
 * No uncertainty policy applies: UNCERTAIN is a class here.
 */
public final class FourStateView {
    /** The three mention classes, in this order, then ABSENT for blank accuracy. */
    public static final List<MentionState> MENTIONS =
            List.of(MentionState.POSITIVE, MentionState.NEGATIVE, MentionState.UNCERTAIN);

    private static final List<String> CLASSES = List.of("POSITIVE", "NEGATIVE", "UNCERTAIN", "ABSENT");
    private static final int BLANK = 3;

    private FourStateView() {}

    /** Per report, classes POSITIVE, NEGATIVE, UNCERTAIN, ABSENT one-vs-rest, summed over findings. */
    public static CountTable table(LabelMatrix gold, LabelMatrix pred) {
        LabelMatrix p = LabelMatrix.align(gold, pred);
        CountTable t = CountTable.zeroed(CLASSES, gold.reportCount());
        for (int r = 0; r < gold.reportCount(); r++) {
            for (int f = 0; f < gold.findingCount(); f++) {
                addPair(t, r, gold.state(r, f), p.state(r, f));
            }
        }
        return t;
    }

    /** The four classes for each finding separately (point estimates; no intervals). */
    public static Map<String, Scores> perFinding(LabelMatrix gold, LabelMatrix pred) {
        LabelMatrix p = LabelMatrix.align(gold, pred);
        Map<String, Scores> out = new LinkedHashMap<>();
        for (int f = 0; f < gold.findingCount(); f++) {
            CountTable t = CountTable.zeroed(CLASSES, 1);
            for (int r = 0; r < gold.reportCount(); r++) {
                addPair(t, 0, gold.state(r, f), p.state(r, f));
            }
            out.put(gold.findings().get(f), t.scores());
        }
        return out;
    }

    public static FourStateResult evaluate(String source, LabelMatrix gold, LabelMatrix pred, Resampling resampling) {
        CountTable table = table(gold, pred);
        Resampler rs = new Resampler(table);
        Scores all = table.scores();
        Scores mentions = new Scores(CLASSES.subList(0, 3), all.counts().subList(0, 3));
        Interval[] ci = new Interval[6];
        Arrays.fill(ci, Interval.NONE);
        if (resampling.enabled() && table.reportCount() > 0) {
            double[][] boot = rs.bootstrap(resampling.resamples(), resampling.seed(), FourStateView::statistics);
            for (int s = 0; s < ci.length; s++) {
                ci[s] = Interval.percentile95(boot[s]);
            }
        }
        List<FindingResult> classes = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            classes.add(new FindingResult(CLASSES.get(c), mentions.counts().get(c), ci[c]));
        }
        Counts micro = mentions.micro();
        Counts blank = all.counts().get(BLANK);
        return new FourStateResult(source, classes,
                new Summary(micro.precision(), micro.recall(), micro.f1(), ci[3]),
                new Summary(mentions.macroPrecision(), mentions.macroRecall(), mentions.macroF1(), ci[4]),
                blank.recall(), ci[5], blank);
    }

    /** Class c is the MentionState with ordinal c, which is why CLASSES follows the enum's order. */
    private static void addPair(CountTable t, int report, MentionState g, MentionState p) {
        for (int c = 0; c < CLASSES.size(); c++) {
            boolean inGold = g.ordinal() == c;
            boolean inPred = p.ordinal() == c;
            int slot = inGold ? (inPred ? CountTable.TP : CountTable.FN) : (inPred ? CountTable.FP : CountTable.TN);
            t.add(report, c, slot, 1);
        }
    }

    /** [F1 POSITIVE, F1 NEGATIVE, F1 UNCERTAIN, micro F1, macro F1, blank accuracy]. */
    private static double[] statistics(long[] acc) {
        double[] out = new double[6];
        for (int c = 0; c < 3; c++) {
            int o = c * CountTable.SLOTS;
            out[c] = Counts.f1(acc[o], acc[o + 1], acc[o + 2]);
        }
        out[3] = Metric.MICRO_F1.of(acc, 0, 3);
        out[4] = Metric.MACRO_F1.of(acc, 0, 3);
        int b = BLANK * CountTable.SLOTS;
        out[5] = Counts.recall(acc[b], acc[b + 2]);
        return out;
    }
}
