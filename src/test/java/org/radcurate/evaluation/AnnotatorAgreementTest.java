package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radcurate.domain.MentionState.ABSENT;
import static org.radcurate.domain.MentionState.NEGATIVE;
import static org.radcurate.domain.MentionState.POSITIVE;
import static org.radcurate.domain.MentionState.UNCERTAIN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.UncertaintyPolicy;

/**
 * Two annotators, finding A on reports r1-r4: P N P A and P N N A; ann2 also labelled r5 (U), which ann1
 * never saw. Finding B is ABSENT everywhere.
 *
 * Four states (P=0, N=1, A=3): po 3/4; marginals a {0:2, 1:1, 3:1}, b {0:1, 1:2, 3:1}; pe 5/16;
 *   Cohen (3/4 - 5/16) / (11/16) = 7/11.
 *   Fleiss (2 raters, Scott's pi): P_i 1 1 0 1 -> 3/4; p 3/8 3/8 2/8 -> Pe 22/64; (3/4 - 22/64)/(42/64) = 13/21.
 *   Alpha: r5 has one value and drops; o00 2, o11 2, o01 = o10 1, o33 2; n_c 3 3 2, n 8;
 *   1 - 7 * 2 / (64 - 22) = 2/3.
 * Binary U-Zeros: 1 0 1 0 vs 1 0 0 0: po 3/4, pe (2*1 + 2*3)/16 = 1/2, Cohen 1/2.
 */
class AnnotatorAgreementTest {

    private static Map<String, LabelMatrix> annotators() {
        List<String> findings = List.of("A", "B");
        Map<String, LabelMatrix> m = new LinkedHashMap<>();
        m.put("ann1", LabelMatrix.builder(findings)
                .row("r1", POSITIVE, ABSENT).row("r2", NEGATIVE, ABSENT).row("r3", POSITIVE, ABSENT).row("r4", ABSENT, ABSENT)
                .build());
        m.put("ann2", LabelMatrix.builder(findings)
                .row("r1", POSITIVE, ABSENT).row("r2", NEGATIVE, ABSENT).row("r3", NEGATIVE, ABSENT).row("r4", ABSENT, ABSENT)
                .row("r5", UNCERTAIN, ABSENT)
                .build());
        return m;
    }

    @Test
    void fourStates() {
        List<FindingAgreement> a = AnnotatorAgreement.fourState(annotators());
        FindingAgreement first = a.get(0);
        assertEquals("A", first.finding());
        assertEquals(4, first.completeItems());
        assertEquals(7.0 / 11, first.cohensKappa(), 1e-15);
        assertEquals(13.0 / 21, first.fleissKappa(), 1e-15);
        assertEquals(2.0 / 3, first.krippendorffAlpha(), 1e-15);
        FindingAgreement blank = a.get(1);
        assertEquals(Double.NaN, blank.cohensKappa());
        assertEquals(Double.NaN, blank.krippendorffAlpha());
    }

    @Test
    void binaryUnderUZeros() {
        FindingAgreement a = AnnotatorAgreement.binary(annotators(), UncertaintyPolicy.U_ZEROS).get(0);
        assertEquals(0.5, a.cohensKappa(), 1e-15);
    }

    @Test
    void threeAnnotatorsHaveNoCohen() {
        Map<String, LabelMatrix> m = annotators();
        m.put("gold", m.get("ann1"));
        FindingAgreement a = AnnotatorAgreement.fourState(m).get(0);
        assertEquals(Double.NaN, a.cohensKappa());
        assertEquals(4, a.completeItems());
    }
}
