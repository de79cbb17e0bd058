package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts per class (finding) with their micro and macro averages.
 *
 * <ul>
 *   <li>micro: precision, recall and F1 of the summed counts;</li>
 *   <li>macro: the unweighted mean of the per-class precisions, recalls and F1s (not the F1 of macro
 *       precision and macro recall). Every class is included, also one with no gold positives, whose
 *       F1 is then 0 (or 0 anyway, if it has false positives): this is scikit-learn's
 *       {@code average='macro', zero_division=0}, so figures reproduce published sklearn numbers, and the
 *       set of classes averaged does not change between bootstrap resamples.</li>
 * </ul>
 */
public record Scores(List<String> classes, List<Counts> counts) {

    public Scores {
        classes = List.copyOf(classes);
        counts = List.copyOf(counts);
        if (classes.size() != counts.size()) {
            throw new IllegalArgumentException(classes.size() + " classes but " + counts.size() + " counts");
        }
    }

    /** Reads {@code classes.size()} groups of tp, fp, fn, tn from {@code acc} starting at {@code offset}. */
    static Scores of(List<String> classes, long[] acc, int offset) {
        List<Counts> counts = new ArrayList<>(classes.size());
        for (int c = 0; c < classes.size(); c++) {
            int o = offset + c * CountTable.SLOTS;
            counts.add(new Counts(acc[o], acc[o + 1], acc[o + 2], acc[o + 3]));
        }
        return new Scores(classes, counts);
    }

    public Counts counts(String cls) {
        int i = classes.indexOf(cls);
        if (i < 0) {
            throw new IllegalArgumentException("unknown class: " + cls);
        }
        return counts.get(i);
    }

    public Counts micro() {
        Counts sum = Counts.ZERO;
        for (Counts c : counts) {
            sum = sum.plus(c);
        }
        return sum;
    }

    public double macroPrecision() {
        return counts.stream().mapToDouble(Counts::precision).average().orElse(0.0);
    }

    public double macroRecall() {
        return counts.stream().mapToDouble(Counts::recall).average().orElse(0.0);
    }

    public double macroF1() {
        return counts.stream().mapToDouble(Counts::f1).average().orElse(0.0);
    }
}
