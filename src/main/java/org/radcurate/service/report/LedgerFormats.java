package org.radcurate.service.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radcurate.domain.TimeLedger.AnnotatorTime;
import org.radcurate.domain.TimeLedger.Kind;
import org.radcurate.domain.TimeLedger.KindTime;
import org.radcurate.service.FeedbackService;
import org.radcurate.service.LedgerService.Ledger;
import org.radcurate.service.LedgerService.TeacherCorrections;

/**
 * The time ledger as text, CSV (RFC 4180; one row per fact, {@code kind} = annotator, report, correction or
 * teacher) or an HTML section for the comparison report; and annotator feedback as text or CSV.
 */
public final class LedgerFormats {
    static final List<String> HEADER = List.of("kind", "annotator", "item", "events", "seconds", "idle_seconds",
            "idle_gaps", "reports", "corrections", "corrections_per_100_reports");

    private LedgerFormats() {}

    public static String write(Ledger l, String format) {
        String f = format == null ? "table" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv" -> csv(l);
            case "html" -> html(l);
            case "table", "text" -> table(l);
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; use table, csv or html");
        };
    }

    static String csv(Ledger l) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (AnnotatorTime a : l.annotators()) {
            rows.add(List.of("annotator", a.annotator(), "", "", num(a.activeSeconds()), num(a.idleSeconds()),
                    String.valueOf(a.idleGaps()), String.valueOf(a.secondsPerReport().size()), "", ""));
            for (Map.Entry<String, Double> r : a.secondsPerReport().entrySet()) {
                rows.add(List.of("report", a.annotator(), r.getKey(), "", num(r.getValue()), "", "", "", "", ""));
            }
            for (KindTime k : a.perKind()) {
                rows.add(List.of("correction", a.annotator(), k.kind().label(), String.valueOf(k.events()),
                        num(k.seconds()), "", "", "", "", ""));
            }
        }
        for (TeacherCorrections t : l.teachers()) {
            rows.add(List.of("teacher", t.annotator(), t.teacher(), "", "", "", "", String.valueOf(t.reports()),
                    String.valueOf(t.corrections()), num(t.per100())));
        }
        return DiagnosticsFormats.csv(rows);
    }

    static String num(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    static String table(Ledger l) {
        StringBuilder out = new StringBuilder();
        out.append("idle: gaps over ").append(l.idle().toSeconds()).append(" s between recorded events are left out\n");
        for (AnnotatorTime a : l.annotators()) {
            out.append(String.format(Locale.ROOT, "%n%s: %.0f s active on %d reports (%.1f s per report), %.0f s idle "
                    + "in %d gaps%n", a.annotator(), a.activeSeconds(), a.secondsPerReport().size(),
                    a.meanSecondsPerReport(), a.idleSeconds(), a.idleGaps()));
            for (KindTime k : a.perKind()) {
                out.append(String.format(Locale.ROOT, "  %-28s %6d events %9.1f s%n", k.kind().label(), k.events(),
                        k.seconds()));
            }
        }
        if (!l.teachers().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n%-16s %-36s %8s %12s %16s%n", "annotator", "teacher", "reports",
                    "corrections", "per 100 reports"));
            for (TeacherCorrections t : l.teachers()) {
                out.append(String.format(Locale.ROOT, "%-16s %-36s %8d %12d %16.1f%n", t.annotator(), t.teacher(),
                        t.reports(), t.corrections(), t.per100()));
            }
        }
        return out.toString();
    }

    /** A section to append to the HTML comparison report. */
    public static String html(Ledger l) {
        StringBuilder h = new StringBuilder();
        h.append("<h2>Time ledger</h2>\n<p class=\"meta\">Gaps over ").append(l.idle().toSeconds())
                .append(" s between an annotator's recorded events are idle and left out.</p>\n");
        h.append("<table><thead><tr><th>annotator</th><th>active s</th><th>reports</th><th>s per report</th>"
                + "<th>idle s</th>");
        for (Kind k : Kind.values()) {
            h.append("<th>").append(ComparisonHtmlReport.esc(k.label())).append(" s</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (AnnotatorTime a : l.annotators()) {
            h.append("<tr><td>").append(ComparisonHtmlReport.esc(a.annotator())).append("</td><td>")
                    .append(num(a.activeSeconds())).append("</td><td>").append(a.secondsPerReport().size())
                    .append("</td><td>").append(num(a.meanSecondsPerReport())).append("</td><td>")
                    .append(num(a.idleSeconds())).append("</td>");
            for (Kind k : Kind.values()) {
                double s = a.perKind().stream().filter(x -> x.kind() == k).mapToDouble(KindTime::seconds).sum();
                h.append("<td>").append(num(s)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
        if (!l.teachers().isEmpty()) {
            h.append("<table><thead><tr><th>annotator</th><th>teacher</th><th>reports</th><th>corrections</th>"
                    + "<th>per 100 reports</th></tr></thead>\n<tbody>\n");
            for (TeacherCorrections t : l.teachers()) {
                h.append("<tr><td>").append(ComparisonHtmlReport.esc(t.annotator())).append("</td><td>")
                        .append(ComparisonHtmlReport.esc(t.teacher())).append("</td><td>").append(t.reports())
                        .append("</td><td>").append(t.corrections()).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.1f", t.per100())).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        return h.toString();
    }

    /** Feedback as text or CSV (report, finding, mine, gold). */
    public static String write(FeedbackService.Feedback f, String format) {
        String fmt = format == null ? "table" : format.strip().toLowerCase(Locale.ROOT);
        if (fmt.equals("csv")) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("annotator", "finding", "report", "mine", "gold"));
            f.byFinding().forEach((finding, list) -> list.forEach(d -> rows.add(List.of(f.annotator(), finding,
                    d.reportId(), d.mine().name(), d.gold().name()))));
            return DiagnosticsFormats.csv(rows);
        }
        if (!fmt.equals("table") && !fmt.equals("text")) {
            throw new IllegalArgumentException("unknown format '" + format + "'; use table or csv");
        }
        StringBuilder out = new StringBuilder();
        out.append(f.annotator()).append(": ").append(f.total()).append(" labels differ from the gold over ")
                .append(f.reports()).append(" reports\n");
        f.byFinding().forEach((finding, list) -> {
            out.append(String.format(Locale.ROOT, "  %-26s %d:", finding, list.size()));
            list.forEach(d -> out.append(' ').append(d.reportId()).append(" (").append(d.mine().name().charAt(0))
                    .append("→").append(d.gold().name().charAt(0)).append(')'));
            out.append('\n');
        });
        return out.toString();
    }
}
