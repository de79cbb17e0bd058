package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radcurate.domain.MentionState.ABSENT;
import static org.radcurate.domain.MentionState.NEGATIVE;
import static org.radcurate.domain.MentionState.POSITIVE;
import static org.radcurate.domain.MentionState.UNCERTAIN;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * Four reports; columns not listed are blank.
 *
 * <pre>
 *       gold                                   pred
 *   g1  Cardiomegaly POS                       Cardiomegaly POS, Edema POS
 *   g2  No Finding POS                         Pleural Effusion UNC
 *   g3  Edema UNC                              (nothing)
 *   g4  Support Devices POS, No Finding POS    No Finding NEG
 * </pre>
 *
 * Normal (derived; No Finding ignored):
 *   gold U-Zeros N P P N, U-Ones N P N N, U-Ignore N P U N
 *   pred U-Zeros N P P P, U-Ones N N P P, U-Ignore N U P P
 *   Normal counts: U-Zeros tp2 fp1 fn0 tn1; U-Ones tp0 fp2 fn1 tn1; U-Ignore (r2, r3 left out) tp0 fp1 fn0 tn1
 * Findings:
 *   U-Zeros  Cardiomegaly TP(g1), Edema FP(g1), Support Devices FN(g4)
 *   U-Ones   also Edema FN(g3), Pleural Effusion FP(g2)
 *   U-Ignore Cardiomegaly TP, Edema FP(g1) (g3 left out), Support Devices FN; Pleural Effusion g2 left out
 * Micro over 14 answers x 4 reports = 56 pairs:
 *   U-Zeros  tp3 fp2 fn1 tn50, F1 6/9;  U-Ones tp1 fp4 fn3 tn48, F1 2/9;  U-Ignore tp1 fp2 fn1 tn48, F1 2/5
 * Macro F1 U-Zeros: Cardiomegaly 1, Normal 4/5, the other 12 answers 0: (1 + 4/5) / 14.
 */
class MultipleChoiceTaskTest {
    private static final List<String> COLUMNS =
            List.of("No Finding", "Cardiomegaly", "Edema", "Pleural Effusion", "Support Devices");

    static LabelMatrix gold() {
        return LabelMatrix.builder(COLUMNS)
                .row("r1", ABSENT, POSITIVE, ABSENT, ABSENT, ABSENT)
                .row("r2", POSITIVE, ABSENT, ABSENT, ABSENT, ABSENT)
                .row("r3", ABSENT, ABSENT, UNCERTAIN, ABSENT, ABSENT)
                .row("r4", POSITIVE, ABSENT, ABSENT, ABSENT, POSITIVE)
                .build();
    }

    static LabelMatrix pred() {
        return LabelMatrix.builder(COLUMNS)
                .row("r1", ABSENT, POSITIVE, POSITIVE, ABSENT, ABSENT)
                .row("r2", ABSENT, ABSENT, ABSENT, UNCERTAIN, ABSENT)
                .row("r3", ABSENT, ABSENT, ABSENT, ABSENT, ABSENT)
                .row("r4", NEGATIVE, ABSENT, ABSENT, ABSENT, ABSENT)
                .build();
    }

    @Test
    void thirteenFindingsThenNormal() {
        assertEquals(13, MultipleChoiceTask.FINDINGS.size());
        assertEquals(14, MultipleChoiceTask.ANSWERS.size());
        assertEquals("Enlarged Cardiomediastinum", MultipleChoiceTask.ANSWERS.get(0));
        assertEquals("Normal", MultipleChoiceTask.ANSWERS.get(13));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # policy, gold Normal,                         pred Normal
            U_ZEROS,  NEGATIVE POSITIVE POSITIVE NEGATIVE,  NEGATIVE POSITIVE POSITIVE POSITIVE
            U_ONES,   NEGATIVE POSITIVE NEGATIVE NEGATIVE,  NEGATIVE NEGATIVE POSITIVE POSITIVE
            U_IGNORE, NEGATIVE POSITIVE UNCERTAIN NEGATIVE, NEGATIVE UNCERTAIN POSITIVE POSITIVE
            """)
    void normalIsDerivedPerPolicy(UncertaintyPolicy policy, String goldNormal, String predNormal) {
        assertEquals(goldNormal, normals(MultipleChoiceTask.toMultipleChoice(gold(), policy)));
        assertEquals(predNormal, normals(MultipleChoiceTask.toMultipleChoice(pred(), policy)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # policy, Normal tp, fp, fn, tn, micro tp, fp, fn, tn, micro F1
            U_ZEROS,  2,         1,  0,  1,  3,        2,  1,  50, 0.6666666666666666
            U_ONES,   0,         2,  1,  1,  1,        4,  3,  48, 0.2222222222222222
            U_IGNORE, 0,         1,  0,  1,  1,        2,  1,  48, 0.4
            """)
    void scores(UncertaintyPolicy policy, long ntp, long nfp, long nfn, long ntn, long tp, long fp, long fn, long tn,
            double microF1) {
        EvaluationResult e = MultipleChoiceTask.evaluate("t", gold(), pred(), policy, Resampling.NONE);
        assertEquals(new Counts(ntp, nfp, nfn, ntn), e.finding("Normal").orElseThrow().counts());
        assertEquals(new Counts(tp, fp, fn, tn), e.microCounts());
        assertEquals(microF1, e.micro().f1(), 1e-15);
    }

    @Test
    void macroIncludesAnswersWithoutSupport() {
        EvaluationResult e = MultipleChoiceTask.evaluate("t", gold(), pred(), UncertaintyPolicy.U_ZEROS, Resampling.NONE);
        assertEquals((1 + 4.0 / 5) / 14, e.macro().f1(), 1e-15);
        assertEquals(14, e.findings().size());
    }

    @Test
    void compareUsesTheTaskName() {
        Comparison c = MultipleChoiceTask.compare("gold@2", gold(), Map.of("teacher", pred()), UncertaintyPolicy.U_ZEROS,
                new Resampling(100, 1), null, null);
        assertEquals("multiple-choice", c.task());
        assertEquals(MultipleChoiceTask.ANSWERS, c.findings());
        assertEquals(2.0 / 3, c.source("teacher").orElseThrow().micro().f1(), 1e-15);
    }

    private static String normals(LabelMatrix m) {
        StringBuilder b = new StringBuilder();
        for (String r : m.reportIds()) {
            MentionState s = m.state(r, MultipleChoiceTask.NORMAL);
            b.append(b.length() == 0 ? "" : " ").append(s.name());
        }
        return b.toString();
    }
}
