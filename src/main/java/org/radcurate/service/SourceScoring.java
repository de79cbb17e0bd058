package org.radcurate.service;

import java.util.List;
import java.util.Map;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.Coverage;
import org.radcurate.evaluation.LabelMatrix;
import org.radcurate.evaluation.MultipleChoiceTask;
import org.radcurate.evaluation.Resampling;
import org.radcurate.evaluation.ScopedComparison;

/**
 * The one place a comparison is scored, for the window, {@code eval} and file-to-file alike: refuses what
 * cannot be scored honestly (a gold with no rows, a source with no report in common with it), then scores
 * every source under the scope.
 */
final class SourceScoring {
    private SourceScoring() {}

    static Comparison compare(EvaluationService.Task task, String goldName, LabelMatrix gold,
            Map<String, LabelMatrix> sources, UncertaintyPolicy policy, Resampling resampling, String a, String b,
            ScoringScope scope) {
        if (gold.reportCount() == 0) {
            throw new IllegalArgumentException("gold " + goldName + " has no labelled reports; nothing to score");
        }
        sources.forEach((name, pred) -> {
            Coverage cov = Coverage.of(name, gold, pred);
            if (cov.inCommon() == 0) {
                throw new IllegalArgumentException("source " + name + " and gold " + goldName
                        + " have no report ids in common (gold " + cov.goldReports() + " reports, e.g. "
                        + examples(gold.reportIds()) + "; " + name + " " + cov.predictedReports() + " reports"
                        + (pred.reportCount() == 0 ? "" : ", e.g. " + examples(pred.reportIds()))
                        + "); check that both name reports the same way. Nothing was scored");
            }
        });
        boolean multipleChoice = task == EvaluationService.Task.MULTIPLE_CHOICE;
        if (multipleChoice && !gold.findings().containsAll(MultipleChoiceTask.FINDINGS)) {
            throw new IllegalArgumentException("the multiple-choice task needs chexpert14 labels");
        }
        return ScopedComparison.compare(multipleChoice, goldName, gold, sources, policy, resampling, a, b, scope);
    }

    private static String examples(List<String> ids) {
        return String.join(", ", ids.subList(0, Math.min(3, ids.size())));
    }
}
