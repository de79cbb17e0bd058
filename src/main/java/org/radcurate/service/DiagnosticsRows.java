package org.radcurate.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radcurate.evaluation.GoldSizeEstimator;
import org.radcurate.evaluation.SourceDiagnostics;
import org.radcurate.evaluation.SourceDiagnostics.AccuracyRow;
import org.radcurate.evaluation.SourceDiagnostics.Diagnosis;
import org.radcurate.evaluation.SourceDiagnostics.PairRow;
import org.radcurate.evaluation.SourceDiagnostics.SourceRow;
import org.radcurate.service.report.DiagnosticsFormats;

/**
 * Diagnostics and the gold-size estimate as the screens show them: plain rows of numbers and words, so the window
 * needs nothing from the evaluation package (the layering lets only services use it), as {@link EvaluationView}
 * does for Compare.
 */
public final class DiagnosticsRows {
    private DiagnosticsRows() {}

    /** What a clicked cell lists (see {@link SourceDiagnostics.Cell}). */
    public enum Cell {
        COVERED, POSITIVE, OVERLAP, CONFLICT, TRUE_POSITIVE, FALSE_POSITIVE, FALSE_NEGATIVE;

        SourceDiagnostics.Cell toEvaluation() {
            return SourceDiagnostics.Cell.valueOf(name());
        }

        public boolean needsGold() {
            return ordinal() >= TRUE_POSITIVE.ordinal();
        }
    }

    /** Accuracy against one gold: each metric as "0.974 [0.914, 1.000]". */
    public record Accuracy(int goldReports, long support, String precision, String recall, String f1) {
        static Accuracy of(AccuracyRow a) {
            return a == null ? null : new Accuracy(a.goldReports(), a.counts().support(),
                    metricCi(a.precision(), a.precisionCi()), metricCi(a.recall(), a.recallCi()),
                    metricCi(a.f1(), a.f1Ci()));
        }
    }

    static String metricCi(double x, org.radcurate.evaluation.Interval ci) {
        return String.format(Locale.ROOT, "%.3f %s", x, DiagnosticsFormats.interval(ci)).strip();
    }

    /** One row of the table; overlap and conflict are -1 where there is no source to compare with. */
    public record Row(String source, String finding, int reports, int covered, int positives, int overlap,
            int conflict, Accuracy working, Accuracy frozen) {}

    /** Rows per source and finding, then the source's micro row; {@code frozen} may be null. */
    public static List<Row> rows(DiagnosticsService.Result result, String other, String frozen) {
        Diagnosis d = result.diagnosis();
        List<Row> out = new ArrayList<>();
        for (String src : result.sources().keySet()) {
            for (String f : d.findings()) {
                out.add(row(d, src, f, other, frozen));
            }
            out.add(row(d, src, SourceDiagnostics.MICRO, other, frozen));
        }
        return out;
    }

    private static Row row(Diagnosis d, String src, String finding, String other, String frozen) {
        int reports = 0;
        int covered = 0;
        int positives = 0;
        for (SourceRow r : d.sources()) {
            if (r.source().equals(src) && (r.finding().equals(finding) || SourceDiagnostics.MICRO.equals(finding))) {
                reports += r.reports();
                covered += r.covered();
                positives += r.positives();
            }
        }
        PairRow pr = d.pairs().stream().filter(p -> p.source().equals(src) && p.other().equals(other)
                && p.finding().equals(finding)).findFirst().orElse(null);
        return new Row(src, finding, reports, covered, positives, pr == null ? -1 : pr.overlap(),
                pr == null ? -1 : pr.conflict(), Accuracy.of(accuracy(d, src, DiagnosticsService.WORKING, finding)),
                frozen == null ? null : Accuracy.of(accuracy(d, src, frozen, finding)));
    }

    private static AccuracyRow accuracy(Diagnosis d, String src, String gold, String finding) {
        return d.accuracy().stream().filter(a -> a.source().equals(src) && a.gold().equals(gold)
                && a.finding().equals(finding)).findFirst().orElse(null);
    }

    /** Half widths at one resample size. */
    public record Point(int reports, double halfWidthA, double halfWidthB, double differenceHalfWidth) {
        public double halfWidth() {
            return Math.max(halfWidthA, halfWidthB);
        }

        static Point of(GoldSizeEstimator.Point p) {
            return p == null ? null : new Point(p.reports(), p.halfWidthA(), p.halfWidthB(), p.differenceHalfWidth());
        }
    }

    /** One line of the estimate; sizes are totals, {@code more*} beyond the current gold (MAX_VALUE: never). */
    public record Line(String name, long positives, double halfWidthNow, double difference, String differenceCi,
            boolean separated, long reportsForTarget, long moreForTarget, long moreToSeparate, double widthConstant,
            List<Point> curve, Point check, String caveat) {
        public boolean reliable() {
            return caveat.isEmpty();
        }
    }

    /** The estimate as the screen shows it, with its one-paragraph summary. */
    public record Estimate(String a, String b, int goldReports, double target, List<Line> lines, String summary) {
        public Line micro() {
            return lines.get(0);
        }
    }

    static Estimate of(GoldSizeEstimator.Estimate e) {
        List<Line> lines = new ArrayList<>();
        for (GoldSizeEstimator.Line l : e.lines()) {
            lines.add(new Line(l.name(), l.positives(), l.curve().get(l.curve().size() - 1).halfWidth(),
                    l.difference(), DiagnosticsFormats.interval(l.differenceCi()), l.separated(), l.reportsForTarget(),
                    GoldSizeEstimator.Estimate.more(l.reportsForTarget(), e.goldReports()),
                    l.separated() ? 0 : GoldSizeEstimator.Estimate.more(l.reportsToSeparate(), e.goldReports()),
                    l.widthConstant(), l.curve().stream().map(Point::of).toList(), Point.of(l.check()), l.caveat()));
        }
        Line m = lines.get(0);
        String sep = m.separated() ? "already separated at 95%" : size(m.moreToSeparate()) + " more to separate them at 95%";
        String summary = String.format(Locale.ROOT, "%s vs %s on %d gold reports: micro-F1 ±%.3f now; %s more for "
                + "±%.3f; %s.%s", e.a(), e.b(), e.goldReports(), m.halfWidthNow(), size(m.moreForTarget()), e.target(),
                sep, m.reliable() ? "" : " " + m.caveat() + ".");
        return new Estimate(e.a(), e.b(), e.goldReports(), e.target(), lines, summary);
    }

    /** "1,082", or "never (no difference)". */
    public static String size(long n) {
        return n == Long.MAX_VALUE ? "never (no difference)" : String.format(Locale.ROOT, "%,d", n);
    }
}
