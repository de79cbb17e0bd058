package org.radcurate.evaluation;

/** A single-number summary of a {@link CountTable}'s totals, as compared by paired tests. */
public enum Metric {
    MICRO_F1,
    MACRO_F1;

    /** The metric over {@code classes} groups of tp, fp, fn, tn in {@code acc} from {@code offset}. */
    public double of(long[] acc, int offset, int classes) {
        if (this == MICRO_F1) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (int c = 0; c < classes; c++) {
                int o = offset + c * CountTable.SLOTS;
                tp += acc[o];
                fp += acc[o + 1];
                fn += acc[o + 2];
            }
            return Counts.f1(tp, fp, fn);
        }
        if (classes == 0) {
            return 0.0;
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            int o = offset + c * CountTable.SLOTS;
            sum += Counts.f1(acc[o], acc[o + 1], acc[o + 2]);
        }
        return sum / classes;
    }

    public String key() {
        return this == MICRO_F1 ? "micro-f1" : "macro-f1";
    }
}
