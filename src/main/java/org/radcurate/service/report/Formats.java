package org.radcurate.service.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.radcurate.domain.ScoringScope;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.EvaluationResult;
import org.radcurate.evaluation.FindingResult;
import org.radcurate.evaluation.Interval;
import org.radcurate.evaluation.Summary;

/** What the human-readable formats share: the rows shown and how a number is printed. */
public final class Formats {
    static final String MICRO = "micro";
    static final String MACRO = "macro";

    private Formats() {}

    /** One table row: a finding, then micro and macro; one cell per source, in source order. */
    record Row(String label, long support, List<Summary> cells) {

        /** Indices of the cells holding the highest F1 (several on a tie); none with fewer than two sources. */
        List<Integer> best() {
            List<Integer> best = new ArrayList<>();
            if (cells.size() < 2) {
                return best;
            }
            double max = cells.stream().mapToDouble(Summary::f1).max().orElse(Double.NaN);
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).f1() == max) {
                    best.add(i);
                }
            }
            return best;
        }
    }

    static List<Row> rows(Comparison c) {
        List<Row> rows = new ArrayList<>();
        List<String> findings = c.findings();
        long microSupport = 0;
        for (int f = 0; f < findings.size(); f++) {
            List<Summary> cells = new ArrayList<>();
            long support = 0;
            for (EvaluationResult r : c.sources()) {
                FindingResult fr = r.findings().get(f);
                cells.add(new Summary(fr.precision(), fr.recall(), fr.f1(), fr.ci95()));
                support = fr.support();
            }
            microSupport += support;
            rows.add(new Row(findings.get(f), support, cells));
        }
        rows.add(new Row(MICRO, microSupport, c.sources().stream().map(EvaluationResult::micro).toList()));
        rows.add(new Row(MACRO, microSupport, c.sources().stream().map(EvaluationResult::macro).toList()));
        return rows;
    }

    /** Three decimals, as metrics are read; "-" for an undefined value. */
    static String num(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.3f", x);
    }

    /** "0.571 [0.412, 0.700]", or just the value when no interval was computed. */
    static String withCi(double x, Interval ci) {
        return ci.isDefined() ? num(x) + " [" + num(ci.lo()) + ", " + num(ci.hi()) + "]" : num(x);
    }

    /** p-values to 4 decimals: with the +1 correction p is never 0, so no "< x" bound is needed. */
    static String p(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }

    static String header(Comparison c) {
        return "task " + c.task() + ", gold " + c.gold() + ", policy " + c.policy().key() + ", " + c.reports()
                + " reports, " + (c.resampling().enabled()
                        ? c.resampling().resamples() + " bootstrap resamples (seed " + c.resampling().seed() + ")"
                        : "no resampling")
                + (c.scope() == ScoringScope.LABELLED ? ", each source scored on the gold reports it labelled" : "");
    }

    /** One line per source: what its figures rest on (empty for evaluations stored without it). */
    public static List<String> coverage(Comparison c) {
        return c.coverage().stream().map(k -> "coverage of " + k.source() + ": " + k.describe()).toList();
    }

    static String paired(Comparison c) {
        return c.paired().map(p -> p.b() + " vs " + p.a() + ": " + p.metric().key() + " difference "
                + String.format(Locale.ROOT, "%+.3f", p.difference())
                + (p.ci95().isDefined() ? " [" + num(p.ci95().lo()) + ", " + num(p.ci95().hi()) + "]" : "")
                + ", one-sided p = " + p(p.p()) + " (" + p.method() + ", " + p.resamples() + ")"
                + (c.scope() == ScoringScope.LABELLED ? ", on the " + p.reports() + " gold reports both labelled" : ""))
                .orElse("");
    }
}
