package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Confusion counts per report and per class ({@code tp, fp, fn, tn} as ints): the one input every
 * metric and every resampling method here works on. A class is a finding (binary tasks), a mention state
 * (four-state view) or a code level (open-ended task). Keeping counts per report is what makes the
 * bootstrap cheap: a resample only re-weights report rows.
 */
public final class CountTable {
    static final int TP = 0;
    static final int FP = 1;
    static final int FN = 2;
    static final int TN = 3;
    static final int SLOTS = 4;

    private final List<String> classes;
    private final int reports;
    private final int[] cells;

    private CountTable(List<String> classes, int reports, int[] cells) {
        this.classes = List.copyOf(classes);
        this.reports = reports;
        this.cells = cells;
    }

    /** A zeroed, writable table for code in this package to fill before handing it out. */
    static CountTable zeroed(List<String> classes, int reports) {
        return new CountTable(classes, reports, new int[reports * classes.size() * SLOTS]);
    }

    void add(int report, int cls, int slot, int value) {
        cells[(report * classes.size() + cls) * SLOTS + slot] += value;
    }

    public List<String> classes() {
        return classes;
    }

    public int classCount() {
        return classes.size();
    }

    public int reportCount() {
        return reports;
    }

    /** Width of one report's row: classes x 4 slots. */
    int width() {
        return classes.size() * SLOTS;
    }

    /** Raw cell value: slot 0..3 is tp, fp, fn, tn. */
    int cell(int report, int cls, int slot) {
        return cells[(report * classes.size() + cls) * SLOTS + slot];
    }

    int[] cells() {
        return cells;
    }

    public Counts counts(int report, int cls) {
        int o = (report * classes.size() + cls) * SLOTS;
        return new Counts(cells[o + TP], cells[o + FP], cells[o + FN], cells[o + TN]);
    }

    /** Counts summed over all reports, per class. */
    public Scores scores() {
        long[] acc = new long[width()];
        for (int i = 0; i < cells.length; i++) {
            acc[i % acc.length] += cells[i];
        }
        return Scores.of(classes, acc, 0);
    }

    /** The two tables' classes next to each other (for paired tests: same reports, same resamples). */
    static CountTable sideBySide(CountTable a, CountTable b) {
        if (a.reports != b.reports) {
            throw new IllegalArgumentException("paired tables need the same reports: " + a.reports + " vs " + b.reports);
        }
        List<String> classes = new ArrayList<>(a.classes.size() + b.classes.size());
        a.classes.forEach(c -> classes.add("a:" + c));
        b.classes.forEach(c -> classes.add("b:" + c));
        int wa = a.width();
        int wb = b.width();
        int[] cells = new int[a.reports * (wa + wb)];
        for (int r = 0; r < a.reports; r++) {
            System.arraycopy(a.cells, r * wa, cells, r * (wa + wb), wa);
            System.arraycopy(b.cells, r * wb, cells, r * (wa + wb) + wa, wb);
        }
        return new CountTable(classes, a.reports, cells);
    }
}
