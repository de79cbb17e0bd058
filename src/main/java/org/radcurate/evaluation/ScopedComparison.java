package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * Sources against gold under a {@link ScoringScope}: every gold report (as {@link Evaluator#compare} and
 * {@link MultipleChoiceTask#compare} score), or, under {@link ScoringScope#LABELLED}, each source only on the gold
 * reports it labelled and the paired test only on the gold reports both labelled. A source that labelled every
 * gold report gets the same figures under both scopes.
 */
public final class ScopedComparison {
    private ScopedComparison() {}

    /**
     * The comparison with its coverage per source; {@code multipleChoice} scores the study's 13 findings plus
     * Normal, else every finding. The paired test of "{@code b} beats {@code a}" runs when both are named and
     * resampling is enabled.
     */
    public static Comparison compare(boolean multipleChoice, String goldName, LabelMatrix gold,
            Map<String, LabelMatrix> sources, UncertaintyPolicy policy, Resampling resampling, String a, String b,
            ScoringScope scope) {
        List<Coverage> coverage = new ArrayList<>();
        sources.forEach((name, pred) -> coverage.add(Coverage.of(name, gold, pred, scope)));
        if (scope == ScoringScope.ALL) {
            Comparison c = multipleChoice
                    ? MultipleChoiceTask.compare(goldName, gold, sources, policy, resampling, a, b)
                    : Evaluator.compare("labels", goldName, gold, sources, policy, resampling, a, b);
            return c.withCoverage(coverage);
        }
        List<EvaluationResult> results = new ArrayList<>();
        sources.forEach((name, pred) -> results.add(Evaluator.evaluate(name,
                table(multipleChoice, gold.restrict(ids(pred)), pred, policy), resampling)));
        Optional<PairedTest> paired = Optional.empty();
        if (a != null && b != null && resampling.enabled()) {
            Set<String> both = ids(require(sources, a));
            both.retainAll(ids(require(sources, b)));
            LabelMatrix common = gold.restrict(both);
            if (common.reportCount() == 0) {
                throw new IllegalArgumentException(a + " and " + b + " labelled no gold report in common, so there "
                        + "is nothing to pair them on; choose another teacher or student, or score every gold report");
            }
            paired = Optional.of(Significance.pairedBootstrap(a, b,
                    table(multipleChoice, common, sources.get(a), policy),
                    table(multipleChoice, common, sources.get(b), policy), Metric.MICRO_F1, resampling));
        }
        return new Comparison(multipleChoice ? "multiple-choice" : "labels", goldName, policy, gold.reportCount(),
                resampling, results, paired, coverage, ScoringScope.LABELLED);
    }

    /** Per-report counts of {@code pred} on {@code gold}'s reports, as the task scores them. */
    private static CountTable table(boolean multipleChoice, LabelMatrix gold, LabelMatrix pred,
            UncertaintyPolicy policy) {
        if (!multipleChoice) {
            return BinaryTask.table(gold, pred, policy);
        }
        return BinaryTask.table(MultipleChoiceTask.toMultipleChoice(gold, policy),
                MultipleChoiceTask.toMultipleChoice(LabelMatrix.align(gold, pred), policy), policy);
    }

    private static Set<String> ids(LabelMatrix m) {
        return new HashSet<>(m.reportIds());
    }

    private static LabelMatrix require(Map<String, LabelMatrix> sources, String name) {
        LabelMatrix m = sources.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no source named " + name + " among " + sources.keySet());
        }
        return m;
    }
}
