package org.radcurate.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radcurate.domain.Split;
import org.radcurate.evaluation.Counts;
import org.radcurate.evaluation.Interval;
import org.radcurate.evaluation.OpenEndedResult;
import org.radcurate.evaluation.PairedTest;
import org.radcurate.evaluation.Resampling;

/**
 * The open-ended ICD-10-CM task as the Compare screen shows it: {@link OpenEndedScores} (the code
 * {@code llm score} runs) turned into the comparison table's plain rows (full code and category,
 * micro, with F1 intervals) and the paired test's verdict, so the UI sees no evaluation types.
 */
public final class OpenEndedComparison {
    /** Row labels (short: the table's first column is narrow), full-code level first. */
    public static final String FULL_CODE = "Full code (micro)";
    public static final String CATEGORY = "Category (micro)";

    /** Sources in column order, reports scored per source, the two rows, and teacher vs student when asked. */
    public record Result(String gold, String split, List<String> sources, List<Integer> reports,
            List<EvaluationView.Row> rows, Optional<EvaluationView.Verdict> verdict) {}

    private OpenEndedComparison() {}

    /**
     * Scores the sources against the gold source's codes. With a teacher and a student (both among the
     * sources) the columns put the teacher first and the student last: the paired test compares those two.
     */
    public static Result compare(WorkspaceSession session, String goldSource, List<String> sources, String teacher,
            String student, Split split, int resamples, long seed) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("choose at least one source to score");
        }
        List<String> order = new ArrayList<>(sources);
        boolean paired = teacher != null && student != null;
        if (paired) {
            if (!order.contains(teacher) || !order.contains(student) || teacher.equals(student)) {
                throw new IllegalArgumentException("the teacher and the student must be two of the scored sources");
            }
            order.remove(teacher);
            order.remove(student);
            order.add(0, teacher);
            order.add(student);
        }
        OpenEndedScores.Scores s = OpenEndedScores.score(session, goldSource, order, split,
                new Resampling(resamples, seed));
        List<EvaluationView.Cell> full = new ArrayList<>();
        List<EvaluationView.Cell> category = new ArrayList<>();
        List<Integer> reports = new ArrayList<>();
        for (OpenEndedResult r : s.results()) {
            full.add(cell(r.fullCodes(), r.fullCodeCi95()));
            category.add(cell(r.categories(), r.categoryCi95()));
            reports.add(r.reports());
        }
        OpenEndedResult first = s.results().get(0);
        List<EvaluationView.Row> rows = List.of(
                new EvaluationView.Row(FULL_CODE, EvaluationView.RowKind.MICRO, first.fullCodes().support(), full),
                new EvaluationView.Row(CATEGORY, EvaluationView.RowKind.MICRO, first.categories().support(), category));
        Optional<EvaluationView.Verdict> verdict = Optional.empty();
        PairedTest t = s.paired();
        if (paired && t != null && resamples > 0) {
            verdict = Optional.of(new EvaluationView.Verdict(t.a(), t.b(), "ICD-10-CM code micro-f1", t.difference(),
                    t.ci95() == null ? Double.NaN : t.ci95().lo(), t.ci95() == null ? Double.NaN : t.ci95().hi(), t.p(),
                    t.resamples(), t.reports(), false));
        }
        return new Result(goldSource, s.split(), List.copyOf(order), List.copyOf(reports), rows, verdict);
    }

    private static EvaluationView.Cell cell(Counts c, Interval ci) {
        boolean has = ci != null && ci.isDefined();
        return new EvaluationView.Cell(c.precision(), c.recall(), c.f1(), has ? ci.lo() : Double.NaN,
                has ? ci.hi() : Double.NaN);
    }
}
