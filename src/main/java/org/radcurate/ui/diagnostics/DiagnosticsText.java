package org.radcurate.ui.diagnostics;

import java.util.Locale;
import org.radcurate.service.DiagnosticsRows.Cell;

/** How the Diagnostics screen words its figures (no controls, so ViewModels may use it). */
final class DiagnosticsText {
    private DiagnosticsText() {}

    static String cellTitle(String source, String finding, Cell cell, String against, int count) {
        String what = switch (cell) {
            case COVERED -> "reports " + source + " labels";
            case POSITIVE -> "reports " + source + " calls positive";
            case OVERLAP -> "reports both " + source + " and " + against + " label";
            case CONFLICT -> "reports where " + source + " and " + against + " disagree";
            case TRUE_POSITIVE -> "true positives of " + source + " against " + against;
            case FALSE_POSITIVE -> "false positives of " + source + " against " + against;
            case FALSE_NEGATIVE -> "false negatives of " + source + " against " + against;
        };
        return count + " " + what + " on " + finding;
    }

    static String rate(int part, int whole) {
        return whole == 0 ? "" : String.format(Locale.ROOT, "%d (%.0f%%)", part, 100.0 * part / whole);
    }

}
