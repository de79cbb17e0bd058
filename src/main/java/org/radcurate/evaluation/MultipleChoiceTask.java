package org.radcurate.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * The study's multiple-choice task: 13 candidate findings (the CheXpert observations without No Finding)
 * plus Normal, scored as 14 binary answers.
 *
 * <p>Normal is derived, never read: it is positive exactly when none of the 13 findings is positive under
 * the policy, because the study's answer is "a bracketed list of present findings, or Normal". A source's own
 * No Finding column is ignored, since sources define it differently (the CheXpert labeler, for one, leaves
 * Support Devices out of it). Per policy, when no finding is POSITIVE:
 * <ul>
 *   <li>U-Zeros: uncertain findings are absent, so Normal is positive;</li>
 *   <li>U-Ones: Normal is positive only if no finding is UNCERTAIN either;</li>
 *   <li>U-Ignore: if a finding is UNCERTAIN, whether the report is normal is unknown, so Normal is UNCERTAIN
 *       and the pair is left out like any other uncertain pair.</li>
 * </ul>
 */
public final class MultipleChoiceTask {
    public static final String NORMAL = "Normal";
    public static final String NO_FINDING = "No Finding";

    /** The 13 candidate findings, in chexpert14 order. */
    public static final List<String> FINDINGS = BuiltInSchemas.CHEXPERT14.findings().stream()
            .map(Finding::name).filter(n -> !n.equals(NO_FINDING)).toList();

    /** The 14 scored answers: the 13 findings, then Normal. */
    public static final List<String> ANSWERS = answers();

    private MultipleChoiceTask() {}

    /**
     * The 14-answer view of a chexpert14 matrix: the 13 findings keep their states (a missing column is
     * ABSENT), Normal is derived as above.
     */
    public static LabelMatrix toMultipleChoice(LabelMatrix chexpert14, UncertaintyPolicy policy) {
        int[] column = new int[FINDINGS.size()];
        for (int f = 0; f < column.length; f++) {
            column[f] = chexpert14.findingIndex(FINDINGS.get(f));
        }
        LabelMatrix.Builder b = LabelMatrix.builder(ANSWERS);
        MentionState[] row = new MentionState[ANSWERS.size()];
        for (int r = 0; r < chexpert14.reportCount(); r++) {
            boolean anyPositive = false;
            boolean anyUncertain = false;
            for (int f = 0; f < column.length; f++) {
                row[f] = column[f] < 0 ? MentionState.ABSENT : chexpert14.state(r, column[f]);
                anyPositive |= BinaryTask.isPositive(row[f], policy);
                anyUncertain |= row[f] == MentionState.UNCERTAIN;
            }
            row[column.length] = anyPositive ? MentionState.NEGATIVE
                    : policy == UncertaintyPolicy.U_IGNORE && anyUncertain ? MentionState.UNCERTAIN
                    : MentionState.POSITIVE;
            b.row(chexpert14.reportIds().get(r), Arrays.copyOf(row, row.length));
        }
        return b.build();
    }

    /** One source on the multiple-choice task. */
    public static EvaluationResult evaluate(
            String source, LabelMatrix gold, LabelMatrix pred, UncertaintyPolicy policy, Resampling resampling) {
        return Evaluator.evaluate(source, toMultipleChoice(gold, policy),
                toMultipleChoice(LabelMatrix.align(gold, pred), policy), policy, resampling);
    }

    /** Several sources on the multiple-choice task; a paired test of "b beats a" when both are named. */
    public static Comparison compare(String goldName, LabelMatrix gold, Map<String, LabelMatrix> sources,
            UncertaintyPolicy policy, Resampling resampling, String a, String b) {
        Map<String, LabelMatrix> converted = new LinkedHashMap<>();
        sources.forEach((name, m) -> converted.put(name, toMultipleChoice(LabelMatrix.align(gold, m), policy)));
        return Evaluator.compare("multiple-choice", goldName, toMultipleChoice(gold, policy), converted, policy,
                resampling, a, b);
    }

    private static List<String> answers() {
        List<String> answers = new ArrayList<>(FINDINGS);
        answers.add(NORMAL);
        return List.copyOf(answers);
    }
}
