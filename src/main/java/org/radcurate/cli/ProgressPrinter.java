package org.radcurate.cli;

import java.io.PrintWriter;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;

/** Prints progress to stderr at most once per second, so pipelines keep a clean stdout. */
final class ProgressPrinter implements ProgressListener {
    private final PrintWriter err;
    private final boolean epochs;
    private long lastPrint;

    ProgressPrinter(PrintWriter err) {
        this(err, false);
    }

    /** With {@code epochs}, progress without a total (an epoch summary) is always printed. */
    ProgressPrinter(PrintWriter err, boolean epochs) {
        this.err = err;
        this.epochs = epochs;
        this.lastPrint = System.nanoTime();
    }

    @Override
    public void onProgress(Progress p) {
        long now = System.nanoTime();
        boolean summary = epochs && p.total() <= 0;
        if (!summary && now - lastPrint < 1_000_000_000L) {
            return;
        }
        lastPrint = now;
        double f = p.fraction();
        err.println((f >= 0 ? String.format("%3.0f%% ", f * 100) : "") + p.message());
    }
}
