package org.radcurate.service.report;

import java.util.List;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.Counts;
import org.radcurate.evaluation.EvaluationResult;
import org.radcurate.evaluation.FindingResult;
import org.radcurate.evaluation.Interval;
import org.radcurate.evaluation.Summary;

/**
 * A {@link Comparison} as CSV (RFC 4180, CRLF line ends): one row per source and finding, then that source's
 * micro and macro rows. {@code kind} says which ({@code finding}, {@code micro}, {@code macro}) so a finding
 * that happens to be called "micro" stays unambiguous. Numbers are full-precision; an undefined value (an
 * interval not computed, counts of a macro row) is an empty field.
 */
public final class ComparisonCsvWriter {
    static final List<String> HEADER = List.of("source", "kind", "finding", "precision", "recall", "f1",
            "f1_ci95_lo", "f1_ci95_hi", "support", "tp", "fp", "fn", "tn");

    private ComparisonCsvWriter() {}

    public static String write(Comparison c) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (EvaluationResult r : c.sources()) {
            long support = 0;
            for (FindingResult f : r.findings()) {
                support += f.support();
                line(out, row(r.source(), "finding", f.finding(),
                        new Summary(f.precision(), f.recall(), f.f1(), f.ci95()), f.support(), f.counts()));
            }
            line(out, row(r.source(), "micro", "", r.micro(), support, r.microCounts()));
            line(out, row(r.source(), "macro", "", r.macro(), support, null));
        }
        return out.toString();
    }

    private static List<String> row(String source, String kind, String finding, Summary s, long support, Counts k) {
        Interval ci = s.ci95();
        return List.of(source, kind, finding, num(s.precision()), num(s.recall()), num(s.f1()),
                ci.isDefined() ? num(ci.lo()) : "", ci.isDefined() ? num(ci.hi()) : "", Long.toString(support),
                k == null ? "" : Long.toString(k.tp()), k == null ? "" : Long.toString(k.fp()),
                k == null ? "" : Long.toString(k.fn()), k == null ? "" : Long.toString(k.tn()));
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "" : Double.toString(x);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes a field holding a comma, quote or line break; doubles embedded quotes. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
