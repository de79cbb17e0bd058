package org.radcurate.service.report;

import java.util.ArrayList;
import java.util.List;
import org.radcurate.evaluation.Comparison;

/**
 * A {@link Comparison} as an aligned plain-text table for terminals: one row per finding, then micro and
 * macro; one column per source with F1 and its 95% interval; {@code *} marks the best F1 of a row (all tied
 * sources; no mark with a single source). Header and footer lines say what was compared and the paired test.
 */
public final class ComparisonTextTable {
    private ComparisonTextTable() {}

    public static String write(Comparison c) {
        List<String> header = new ArrayList<>();
        header.add("finding");
        header.add("support");
        c.sources().forEach(s -> header.add(s.source() + " F1 [95% CI]"));
        List<List<String>> body = new ArrayList<>();
        for (Formats.Row row : Formats.rows(c)) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            cells.add(Long.toString(row.support()));
            List<Integer> best = row.best();
            for (int i = 0; i < row.cells().size(); i++) {
                var s = row.cells().get(i);
                cells.add(Formats.withCi(s.f1(), s.ci95()) + (best.contains(i) ? " *" : "  "));
            }
            body.add(cells);
        }
        int[] width = new int[header.size()];
        for (List<String> r : concat(header, body)) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(Formats.header(c)).append('\n');
        Formats.coverage(c).forEach(line -> out.append(line).append('\n'));
        append(out, header, width);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.append(rule).append('\n');
        for (int r = 0; r < body.size(); r++) {
            if (r == body.size() - 2) {
                out.append(rule).append('\n');
            }
            append(out, body.get(r), width);
        }
        String paired = Formats.paired(c);
        if (!paired.isEmpty()) {
            out.append(paired).append('\n');
        }
        if (c.sources().size() > 1) {
            out.append("* best F1 in the row\n");
        }
        return out.toString();
    }

    /** Text left-aligned in the first column, numbers right-aligned in the others. */
    private static void append(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(width[i] - cell.length());
            line.append(i == 0 ? "" : "  ").append(i == 0 ? cell + pad : pad + cell);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static List<List<String>> concat(List<String> header, List<List<String>> body) {
        List<List<String>> all = new ArrayList<>(body);
        all.add(header);
        return all;
    }
}
