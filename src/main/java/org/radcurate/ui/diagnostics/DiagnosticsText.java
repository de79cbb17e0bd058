package org.radcurate.ui.diagnostics;

import java.util.Locale;
import org.radcurate.evaluation.GoldSizeEstimator;
import org.radcurate.evaluation.SourceDiagnostics.AccuracyRow;
import org.radcurate.evaluation.SourceDiagnostics.Cell;
import org.radcurate.service.DiagnosticsService;
import org.radcurate.service.report.DiagnosticsFormats;

/** How the Diagnostics screen words its figures (no controls, so ViewModels may use it). */
final class DiagnosticsText {
    private DiagnosticsText() {}

    static String summary(DiagnosticsService.Result r) {
        StringBuilder b = new StringBuilder(r.sources().size() + " sources on " + r.split() + " reports; gold: ");
        if (r.golds().isEmpty()) {
            b.append("none yet (correct reports in Annotate, or choose a frozen gold set)");
        }
        r.golds().forEach((name, m) -> b.append(name).append(' ').append(m.reportCount()).append(" reports  "));
        return b.toString().strip();
    }

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

    static String accuracy(AccuracyRow a) {
        return a == null ? "" : DiagnosticsFormats.accuracy(a);
    }

    static String metric(double x, org.radcurate.evaluation.Interval ci) {
        return String.format(Locale.ROOT, "%.3f %s", x, DiagnosticsFormats.interval(ci));
    }

    static String size(long n) {
        return n == Long.MAX_VALUE ? "never (no difference)" : String.format(Locale.ROOT, "%,d", n);
    }

    static String estimateSummary(GoldSizeEstimator.Estimate e) {
        GoldSizeEstimator.Line m = e.micro();
        String more = size(GoldSizeEstimator.Estimate.more(m.reportsForTarget(), e.goldReports()));
        String sep = m.separated() ? "already separated at 95%"
                : size(GoldSizeEstimator.Estimate.more(m.reportsToSeparate(), e.goldReports())) + " more to separate them at 95%";
        return String.format(Locale.ROOT, "%s vs %s on %d gold reports: micro-F1 ±%.3f now; %s more for ±%.3f; %s.%s",
                e.a(), e.b(), e.goldReports(), m.curve().get(m.curve().size() - 1).halfWidth(), more, e.target(), sep,
                m.reliable() ? "" : " " + m.caveat() + ".");
    }
}
