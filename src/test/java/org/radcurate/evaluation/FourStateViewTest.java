package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radcurate.domain.MentionState.ABSENT;
import static org.radcurate.domain.MentionState.NEGATIVE;
import static org.radcurate.domain.MentionState.POSITIVE;
import static org.radcurate.domain.MentionState.UNCERTAIN;

import java.util.List;
import org.junit.jupiter.api.Test;

class FourStateViewTest {

    /**
     * The {@link Fixtures} pairs (gold, pred):
     * A: PP PP UP NA PN; B: NP AA PP PP UP; C: UP PU AU NA AN.
     * POSITIVE: tp 4 (A1 A2 B3 B4), fp 4 (A3 B1 B5 C1), fn 2 (A5 C2), tn 5 -> F1 8/14
     * NEGATIVE: tp 0, fp 2 (A5 C5), fn 3 (A4 B1 C4), tn 10 -> F1 0
     * UNCERTAIN: tp 0, fp 2 (C2 C3), fn 3 (A3 B5 C1), tn 10 -> F1 0
     * micro tp 4 fp 8 fn 8 -> F1 1/3; macro F1 (4/7)/3, P (1/2)/3, R (2/3)/3
     * blanks: gold ABSENT B2 C3 C5, kept B2 -> 1/3; fp (pred ABSENT elsewhere) A4 C4
     */
    @Test
    void fixture() {
        FourStateResult r = FourStateView.evaluate("t", Fixtures.gold(), Fixtures.pred(), Resampling.NONE);
        assertEquals(List.of("POSITIVE", "NEGATIVE", "UNCERTAIN"), r.mentions().stream().map(FindingResult::finding).toList());
        assertEquals(new Counts(4, 4, 2, 5), r.mentions().get(0).counts());
        assertEquals(new Counts(0, 2, 3, 10), r.mentions().get(1).counts());
        assertEquals(new Counts(0, 2, 3, 10), r.mentions().get(2).counts());
        assertEquals(4.0 / 7, r.mentions().get(0).f1(), 1e-15);
        assertEquals(1.0 / 3, r.micro().f1(), 1e-15);
        assertEquals(4.0 / 21, r.macro().f1(), 1e-15);
        assertEquals(1.0 / 6, r.macro().precision(), 1e-15);
        assertEquals(2.0 / 9, r.macro().recall(), 1e-15);
        assertEquals(new Counts(1, 2, 2, 10), r.blanks());
        assertEquals(1.0 / 3, r.blankAccuracy(), 1e-15);
    }

    /**
     * One finding: gold N N U U A, pred N P U A A.
     * POSITIVE tp0 fp1 fn0; NEGATIVE tp1 fp0 fn1 (P 1, R 1/2, F1 2/3); UNCERTAIN tp1 fp0 fn1 (F1 2/3);
     * blanks 1 of 1 kept; micro tp2 fp1 fn2 -> 4/7.
     */
    @Test
    void negationAndUncertaintyDetection() {
        LabelMatrix gold = LabelMatrix.builder(List.of("X"))
                .row("1", NEGATIVE).row("2", NEGATIVE).row("3", UNCERTAIN).row("4", UNCERTAIN).row("5", ABSENT).build();
        LabelMatrix pred = LabelMatrix.builder(List.of("X"))
                .row("1", NEGATIVE).row("2", POSITIVE).row("3", UNCERTAIN).row("4", ABSENT).row("5", ABSENT).build();
        FourStateResult r = FourStateView.evaluate("t", gold, pred, new Resampling(200, 3));
        assertEquals(new Counts(0, 1, 0, 4), r.mentions().get(0).counts());
        assertEquals(new Counts(1, 0, 1, 3), r.mentions().get(1).counts());
        assertEquals(2.0 / 3, r.mentions().get(1).f1(), 1e-15);
        assertEquals(2.0 / 3, r.mentions().get(2).f1(), 1e-15);
        assertEquals(4.0 / 7, r.micro().f1(), 1e-15);
        assertEquals(1.0, r.blankAccuracy());
        assertEquals(r, FourStateView.evaluate("t", gold, pred, new Resampling(200, 3)), "seeded");
    }

    @Test
    void perFindingBreakdown() {
        Scores a = FourStateView.perFinding(Fixtures.gold(), Fixtures.pred()).get("A");
        // A: PP PP UP NA PN
        assertEquals(new Counts(2, 1, 1, 1), a.counts("POSITIVE"));
        assertEquals(new Counts(0, 1, 1, 3), a.counts("NEGATIVE"));
        assertEquals(new Counts(0, 0, 1, 4), a.counts("UNCERTAIN"));
        assertEquals(new Counts(0, 1, 0, 4), a.counts("ABSENT"));
    }
}
