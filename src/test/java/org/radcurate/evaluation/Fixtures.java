package org.radcurate.evaluation;

import static org.radcurate.domain.MentionState.ABSENT;
import static org.radcurate.domain.MentionState.NEGATIVE;
import static org.radcurate.domain.MentionState.POSITIVE;
import static org.radcurate.domain.MentionState.UNCERTAIN;

import java.util.List;

/**
 * The hand-computed example used across the tests: 3 findings, 5 reports.
 *
 * <pre>
 *          gold                      pred
 *        A    B    C              A    B    C
 *   r1  POS  NEG  UNC            POS  POS  POS
 *   r2  POS  ABS  POS            POS  ABS  UNC
 *   r3  UNC  POS  ABS            POS  POS  UNC
 *   r4  NEG  POS  NEG            ABS  POS  ABS
 *   r5  POS  UNC  ABS            NEG  POS  NEG
 *
 * U-Zeros (only POS is positive):
 *   A: r1 TP, r2 TP, r3 FP, r4 TN, r5 FN  -> tp 2 fp 1 fn 1 tn 1
 *   B: r1 FP, r2 TN, r3 TP, r4 TP, r5 FP  -> tp 2 fp 2 fn 0 tn 1
 *   C: r1 FP, r2 FN, r3 TN, r4 TN, r5 TN  -> tp 0 fp 1 fn 1 tn 3
 *   micro tp 4 fp 4 fn 2 tn 5: P 4/8, R 4/6, F1 8/14
 *   macro: P (2/3 + 1/2 + 0)/3, R (2/3 + 1 + 0)/3, F1 (2/3 + 2/3 + 0)/3
 * U-Ones (UNC is positive):
 *   A: TP TP TP TN FN -> 3 0 1 1;  B: FP TN TP TP TP -> 3 1 0 1;  C: TP TP FP TN TN -> 2 1 0 2
 *   micro 8 2 1 4: P 8/10, R 8/9, F1 16/19
 *   macro: P (1 + 3/4 + 2/3)/3, R (3/4 + 1 + 1)/3, F1 (6/7 + 6/7 + 4/5)/3
 * U-Ignore (pairs with UNC in gold or pred dropped):
 *   A: r3 dropped; TP TP TN FN -> 2 0 1 1;  B: r5 dropped; FP TN TP TP -> 2 1 0 1
 *   C: r1, r2, r3 dropped; TN TN -> 0 0 0 2
 *   micro 4 1 1 4: P 4/5, R 4/5, F1 4/5
 *   macro: P (1 + 2/3 + 0)/3, R (2/3 + 1 + 0)/3, F1 (4/5 + 4/5 + 0)/3
 * </pre>
 */
final class Fixtures {
    static final List<String> FINDINGS = List.of("A", "B", "C");

    private Fixtures() {}

    static LabelMatrix gold() {
        return LabelMatrix.builder(FINDINGS)
                .row("r1", POSITIVE, NEGATIVE, UNCERTAIN)
                .row("r2", POSITIVE, ABSENT, POSITIVE)
                .row("r3", UNCERTAIN, POSITIVE, ABSENT)
                .row("r4", NEGATIVE, POSITIVE, NEGATIVE)
                .row("r5", POSITIVE, UNCERTAIN, ABSENT)
                .build();
    }

    static LabelMatrix pred() {
        return LabelMatrix.builder(FINDINGS)
                .row("r1", POSITIVE, POSITIVE, POSITIVE)
                .row("r2", POSITIVE, ABSENT, UNCERTAIN)
                .row("r3", POSITIVE, POSITIVE, UNCERTAIN)
                .row("r4", ABSENT, POSITIVE, ABSENT)
                .row("r5", NEGATIVE, POSITIVE, NEGATIVE)
                .build();
    }
}
