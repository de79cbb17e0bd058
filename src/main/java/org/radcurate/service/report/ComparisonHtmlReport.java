package org.radcurate.service.report;

import java.util.List;
import java.util.Locale;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.FindingResult;
import org.radcurate.evaluation.Summary;

/**
 * A {@link Comparison} as one self-contained HTML page: inline CSS, an inline SVG grouped bar chart of
 * per-finding F1 by source (with 95% interval whiskers), and the table of the text format with precision and
 * recall added. No scripts, fonts or images are fetched, so the file can be mailed or archived as it is.
 * Every piece of text from the data (source, finding, gold names) is escaped.
 */
public final class ComparisonHtmlReport {
    /** Colour-blind-safe palette (Okabe and Ito), cycled when there are more sources. */
    private static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");
    private static final int BAR = 12;
    private static final int GAP = 16;
    private static final int PLOT_HEIGHT = 220;
    private static final int LEFT = 44;
    /** Above the plot: one legend line per source (so long source names never overlap), then a gap. */
    private static final int LEGEND_LINE = 16;
    private static final int LEGEND_GAP = 14;
    private static final int BOTTOM = 150;

    private ComparisonHtmlReport() {}

    public static String write(Comparison c) {
        return write(c, "");
    }

    /** The report with {@code appendix} (HTML this package wrote, such as the time ledger) before the end. */
    public static String write(Comparison c, String appendix) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>RadCurate evaluation: ").append(esc(c.task())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}\n")
                .append("h1{font-size:1.3rem}p.meta{color:#555}\n")
                .append("table{border-collapse:collapse;margin-top:1rem}\n")
                .append("th,td{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:right}\n")
                .append("th:first-child,td:first-child{text-align:left}\n")
                .append("tr.avg td{font-weight:600;background:#f6f6f6}\n")
                .append("td.best{background:#e3f1e8}\nsmall{color:#666}\n")
                .append("svg text{font-size:11px;fill:#333}\n</style>\n</head>\n<body>\n")
                .append("<h1>Evaluation: ").append(esc(c.task())).append("</h1>\n")
                .append("<p class=\"meta\">").append(esc(Formats.header(c))).append("</p>\n");
        for (String line : Formats.coverage(c)) {
            h.append("<p class=\"coverage\">").append(esc(line)).append("</p>\n");
        }
        chart(h, c);
        table(h, c);
        String paired = Formats.paired(c);
        if (!paired.isEmpty()) {
            h.append("<p class=\"paired\">").append(esc(paired)).append("</p>\n");
        }
        h.append(appendix);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, Comparison c) {
        h.append("<table>\n<thead><tr><th>Finding</th><th>Support</th>");
        c.sources().forEach(s -> h.append("<th>").append(esc(s.source())).append(" F1 [95% CI]</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (Formats.Row row : Formats.rows(c)) {
            boolean avg = row.label().equals(Formats.MICRO) || row.label().equals(Formats.MACRO);
            h.append(avg ? "<tr class=\"avg\">" : "<tr>").append("<td>").append(esc(row.label())).append("</td><td>")
                    .append(row.support()).append("</td>");
            List<Integer> best = row.best();
            for (int i = 0; i < row.cells().size(); i++) {
                Summary s = row.cells().get(i);
                h.append(best.contains(i) ? "<td class=\"best\">" : "<td>")
                        .append(esc(Formats.withCi(s.f1(), s.ci95()))).append(best.contains(i) ? " *" : "")
                        .append("<br><small>P ").append(Formats.num(s.precision())).append(" · R ")
                        .append(Formats.num(s.recall())).append("</small></td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void chart(StringBuilder h, Comparison c) {
        List<String> findings = c.findings();
        int sources = c.sources().size();
        if (findings.isEmpty() || sources == 0) {
            return;
        }
        int group = sources * BAR + GAP;
        int width = LEFT + findings.size() * group + 10;
        int top = LEGEND_LINE * sources + LEGEND_GAP;
        int height = top + PLOT_HEIGHT + BOTTOM;
        h.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">\n<title>F1 per finding and source</title>\n");
        for (int t = 0; t <= 4; t++) {
            double y = y(t / 4.0, top);
            h.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>\n",
                    LEFT, width - 10, y, y, LEFT - 4, y + 4, t / 4.0));
        }
        for (int s = 0; s < sources; s++) {
            int ly = 4 + s * LEGEND_LINE;
            h.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>\n",
                    LEFT, ly, color(s), LEFT + 14, ly + 9, esc(c.sources().get(s).source())));
        }
        for (int f = 0; f < findings.size(); f++) {
            int x0 = LEFT + f * group + GAP / 2;
            for (int s = 0; s < sources; s++) {
                FindingResult r = c.sources().get(s).findings().get(f);
                int x = x0 + s * BAR;
                double barTop = y(r.f1(), top);
                h.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>\n",
                        x, barTop, BAR - 2, y(0, top) - barTop, color(s),
                        esc(c.sources().get(s).source() + " · " + findings.get(f) + ": F1 "
                                + Formats.withCi(r.f1(), r.ci95()) + ", support " + r.support())));
                if (r.ci95().isDefined()) {
                    double cx = x + (BAR - 2) / 2.0;
                    h.append(String.format(Locale.ROOT,
                            "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>\n",
                            cx, cx, y(r.ci95().lo(), top), y(r.ci95().hi(), top)));
                }
            }
            double lx = x0 + sources * BAR / 2.0;
            double ly = y(0, top) + 12;
            h.append(String.format(Locale.ROOT,
                    "<text text-anchor=\"end\" transform=\"translate(%.1f %.1f) rotate(-45)\">%s</text>\n",
                    lx, ly, esc(findings.get(f))));
        }
        h.append("</svg>\n<figcaption>F1 per finding; whiskers are 95% bootstrap intervals.</figcaption>\n</figure>\n");
    }

    private static double y(double value, int top) {
        double v = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
        return top + PLOT_HEIGHT * (1 - v);
    }

    private static String color(int source) {
        return PALETTE.get(source % PALETTE.size());
    }

    /** Escapes text for element content and quoted attribute values alike. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
