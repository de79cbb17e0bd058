package org.radcurate.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.EvaluationResult;
import org.radcurate.evaluation.FindingResult;
import org.radcurate.evaluation.Interval;
import org.radcurate.evaluation.Summary;

/**
 * A stored evaluation as screens show it: the side-by-side rows, the paired verdict and what produced them,
 * in plain records, so the UI never sees evaluation types. Made by {@link EvaluationService#evaluate} (which
 * also keeps the label matrices for {@link ErrorCases}) or {@link EvaluationService#show} (a stored one).
 */
public final class EvaluationView {
    /** A table row is a finding (or the multiple-choice Normal), or one of the two averages. */
    public enum RowKind { FINDING, MICRO, MACRO }

    /** One source's figures in one row; {@code lo}/{@code hi} bound F1's 95% interval (NaN when not computed). */
    public record Cell(double precision, double recall, double f1, double lo, double hi) {
        public boolean hasInterval() {
            return !Double.isNaN(lo) && !Double.isNaN(hi);
        }
    }

    /** One row: cells in source order; support is the number of gold positives (summed for the averages). */
    public record Row(String label, RowKind kind, long support, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** Indices of the cells with the highest F1 (all of them on a tie); none with fewer than two sources. */
        public List<Integer> best() {
            List<Integer> best = new ArrayList<>();
            if (cells.size() < 2) {
                return best;
            }
            double max = cells.stream().mapToDouble(Cell::f1).max().orElse(Double.NaN);
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).f1() == max) {
                    best.add(i);
                }
            }
            return best;
        }
    }

    /**
     * The paired test of "student beats teacher": difference = metric(student) - metric(teacher), its 95%
     * interval, and the one-sided p (small means the student is better), on {@code reports} gold reports
     * ({@code bothLabelled}: only those both labelled).
     */
    public record Verdict(String teacher, String student, String metric, double difference, double lo, double hi,
            double p, int resamples, int reports, boolean bothLabelled) {}

    private final Comparison comparison;
    private final long evaluationId;
    private final Instant createdAt;
    private final String split;
    private volatile EvaluationService.Loaded loaded;

    EvaluationView(Comparison comparison, long evaluationId, Instant createdAt, String split,
            EvaluationService.Loaded loaded) {
        this.comparison = comparison;
        this.evaluationId = evaluationId;
        this.createdAt = createdAt;
        this.split = split;
        this.loaded = loaded;
    }

    /** The {@link #evaluationId()} of a comparison scored on a read-only workspace, which stored nothing. */
    public static final long NOT_STORED = 0;

    /** The stored evaluation's id; {@link #NOT_STORED} when it was not stored. */
    public long evaluationId() {
        return evaluationId;
    }

    /** Whether this evaluation is stored in the workspace (false: scored on a workspace opened read-only). */
    public boolean stored() {
        return evaluationId != NOT_STORED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public EvaluationService.Task task() {
        return EvaluationService.Task.parse(comparison.task());
    }

    /** The gold set reference (name@version). */
    /**
     * What each source's figures rest on, one line per source ("coverage of X: gold 60 reports,
     * predicted 58, in common 58, scored 60 (...)"); empty for evaluations stored without it.
     */
    public List<String> coverage() {
        return org.radcurate.service.report.Formats.coverage(comparison);
    }

    public String gold() {
        return comparison.gold();
    }

    /** The split key, or {@code all}. */
    public String split() {
        return split;
    }

    /** Which gold reports each source was scored on: every one, or those it labelled. */
    public ScoringScope scope() {
        return comparison.scope();
    }

    public UncertaintyPolicy policy() {
        return comparison.policy();
    }

    public int reports() {
        return comparison.reports();
    }

    public int resamples() {
        return comparison.resampling().resamples();
    }

    public long seed() {
        return comparison.resampling().seed();
    }

    public List<String> sources() {
        return comparison.sources().stream().map(EvaluationResult::source).toList();
    }

    /** Finding (answer) names in gold order. */
    public List<String> findings() {
        return comparison.findings();
    }

    /** One row per finding, then micro and macro. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> findings = comparison.findings();
        long total = 0;
        for (int f = 0; f < findings.size(); f++) {
            List<Cell> cells = new ArrayList<>();
            long support = 0;
            for (EvaluationResult r : comparison.sources()) {
                FindingResult fr = r.findings().get(f);
                cells.add(cell(new Summary(fr.precision(), fr.recall(), fr.f1(), fr.ci95())));
                support = fr.support();
            }
            total += support;
            rows.add(new Row(findings.get(f), RowKind.FINDING, support, cells));
        }
        rows.add(new Row("micro", RowKind.MICRO, total,
                comparison.sources().stream().map(r -> cell(r.micro())).toList()));
        rows.add(new Row("macro", RowKind.MACRO, total,
                comparison.sources().stream().map(r -> cell(r.macro())).toList()));
        return rows;
    }

    /** Counts behind one cell: tp, fp, fn of a finding, or summed over all findings when finding is null. */
    public long[] counts(String source, String finding) {
        EvaluationResult r = comparison.source(source)
                .orElseThrow(() -> new IllegalArgumentException("no source " + source + " in this evaluation"));
        if (finding == null) {
            return new long[] {r.microCounts().tp(), r.microCounts().fp(), r.microCounts().fn()};
        }
        FindingResult f = r.finding(finding)
                .orElseThrow(() -> new IllegalArgumentException("no finding " + finding + " in this evaluation"));
        return new long[] {f.counts().tp(), f.counts().fp(), f.counts().fn()};
    }

    public Optional<Verdict> verdict() {
        return comparison.paired().map(p -> new Verdict(p.a(), p.b(), p.metric().key(), p.difference(),
                p.ci95().lo(), p.ci95().hi(), p.p(), p.resamples(), p.reports(),
                comparison.scope() == ScoringScope.LABELLED));
    }

    /** The evaluation as json, csv, html or table, exactly as the CLI writes it. */
    public String render(String format) {
        return EvaluationService.render(comparison, format);
    }

    Comparison comparison() {
        return comparison;
    }

    EvaluationService.Loaded loaded() {
        return loaded;
    }

    void loaded(EvaluationService.Loaded data) {
        this.loaded = data;
    }

    private static Cell cell(Summary s) {
        Interval ci = s.ci95();
        return new Cell(s.precision(), s.recall(), s.f1(), ci.lo(), ci.hi());
    }
}
