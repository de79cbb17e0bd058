package org.radcurate.service;

import java.util.ArrayList;
import java.util.List;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.BinaryTask;
import org.radcurate.evaluation.LabelMatrix;
import org.radcurate.evaluation.MultipleChoiceTask;

/**
 * The reports behind one cell of a comparison: a source's false positives and false negatives for one finding
 * (or for every finding, for the micro and macro rows), judged exactly as the metric judged them (same
 * policy, same task, U-Ignore leaving uncertain pairs out).
 *
 * @param finding the finding, or null for all findings
 * @param stale   true when the labels read now no longer give the stored counts (a source was edited after
 *               the evaluation was stored); the lists then reflect the current labels
 */
public record ErrorCases(String source, String finding, List<ErrorCase> falsePositives,
        List<ErrorCase> falseNegatives, boolean stale) {

    /** One wrong pair: the report, the finding, and both states (multiple-choice Normal is derived). */
    public record ErrorCase(String reportId, String finding, MentionState gold, MentionState predicted) {}

    public ErrorCases {
        falsePositives = List.copyOf(falsePositives);
        falseNegatives = List.copyOf(falseNegatives);
    }

    /**
     * Lists the errors of {@code source} on {@code finding} (null: all findings) in the evaluation. A view
     * from {@link EvaluationService#evaluate} already holds its labels; a stored one reads them from the
     * workspace once and keeps them.
     */
    public static ErrorCases of(WorkspaceSession session, EvaluationView view, String source, String finding) {
        if (!view.sources().contains(source)) {
            throw new IllegalArgumentException("no source " + source + " in this evaluation");
        }
        EvaluationService.Loaded data = view.loaded();
        if (data == null) {
            Split split = "all".equals(view.split()) ? null : Split.parse(view.split()).orElseThrow();
            data = EvaluationService.load(session.workspace(), view.gold(), view.sources(), split,
                    org.radcurate.domain.ProgressListener.NONE, () -> false, view.sources().size() + 3);
            view.loaded(data);
        }
        UncertaintyPolicy policy = view.policy();
        LabelMatrix labelled = data.sources().get(source);
        // scored only where the source labelled: a gold report it did not label holds none of its errors
        LabelMatrix gold = view.scope() == ScoringScope.LABELLED
                ? data.gold().restrict(new java.util.HashSet<>(labelled.reportIds())) : data.gold();
        LabelMatrix pred = LabelMatrix.align(gold, labelled);
        if (view.task() == EvaluationService.Task.MULTIPLE_CHOICE) {
            gold = MultipleChoiceTask.toMultipleChoice(gold, policy);
            pred = MultipleChoiceTask.toMultipleChoice(pred, policy);
        }
        int only = finding == null ? -1 : gold.findingIndex(finding);
        if (finding != null && only < 0) {
            throw new IllegalArgumentException("no finding " + finding + " in this evaluation");
        }
        List<ErrorCase> fps = new ArrayList<>();
        List<ErrorCase> fns = new ArrayList<>();
        long tp = 0;
        for (int r = 0; r < gold.reportCount(); r++) {
            for (int f = 0; f < gold.findingCount(); f++) {
                if (only >= 0 && f != only) {
                    continue;
                }
                MentionState g = gold.state(r, f);
                MentionState p = pred.state(r, f);
                if (!BinaryTask.counts(g, p, policy)) {
                    continue;
                }
                boolean gp = BinaryTask.isPositive(g, policy);
                boolean pp = BinaryTask.isPositive(p, policy);
                if (gp && pp) {
                    tp++;
                } else if (pp) {
                    fps.add(new ErrorCase(gold.reportIds().get(r), gold.findings().get(f), g, p));
                } else if (gp) {
                    fns.add(new ErrorCase(gold.reportIds().get(r), gold.findings().get(f), g, p));
                }
            }
        }
        long[] stored = view.counts(source, finding);
        boolean stale = stored[0] != tp || stored[1] != fps.size() || stored[2] != fns.size();
        return new ErrorCases(source, finding, fps, fns, stale);
    }
}
