package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.radcurate.domain.MentionState.ABSENT;
import static org.radcurate.domain.MentionState.NEGATIVE;
import static org.radcurate.domain.MentionState.POSITIVE;
import static org.radcurate.domain.MentionState.UNCERTAIN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;

class LabelMatrixTest {

    @Test
    void buildsFromNestedMapsWithBlanksAsAbsent() {
        Map<String, Map<String, MentionState>> labels = new LinkedHashMap<>();
        labels.put("r2", Map.of("A", POSITIVE));
        labels.put("r1", Map.of("B", UNCERTAIN, "A", NEGATIVE));
        LabelMatrix m = LabelMatrix.of(List.of("A", "B"), labels);
        assertEquals(List.of("r2", "r1"), m.reportIds());
        assertEquals(POSITIVE, m.state(0, 0));
        assertEquals(ABSENT, m.state("r2", "B"));
        assertEquals(NEGATIVE, m.state("r1", "A"));
        assertEquals(UNCERTAIN, m.state("r1", "B"));
        assertEquals(ABSENT, m.state("unknown report", "B"));
        assertThrows(IllegalArgumentException.class, () -> m.state("r1", "typo"));
    }

    @Test
    void buildsFromLabels() {
        LabelMatrix m = LabelMatrix.fromLabels(List.of("A"), List.of(Label.of("x", "A", POSITIVE), Label.of("y", "A", NEGATIVE)));
        assertEquals(List.of("x", "y"), m.reportIds());
        assertEquals(NEGATIVE, m.state("y", "A"));
    }

    @Test
    void alignFollowsGoldReportsAndFindings() {
        LabelMatrix gold = LabelMatrix.builder(List.of("A", "B")).row("r1", POSITIVE, NEGATIVE).row("r2", NEGATIVE, POSITIVE).build();
        LabelMatrix pred = LabelMatrix.builder(List.of("B", "Z")).row("r2", POSITIVE, POSITIVE).row("r9", POSITIVE, POSITIVE).build();
        LabelMatrix a = LabelMatrix.align(gold, pred);
        assertEquals(gold.reportIds(), a.reportIds());
        assertEquals(gold.findings(), a.findings());
        assertEquals(ABSENT, a.state("r1", "A"), "report missing from pred");
        assertEquals(ABSENT, a.state("r1", "B"), "report missing from pred");
        assertEquals(ABSENT, a.state("r2", "A"), "finding missing from pred");
        assertEquals(POSITIVE, a.state("r2", "B"));
        assertSame(gold, LabelMatrix.align(gold, gold));
    }

    @Test
    void rejectsDuplicateFindingsAndWrongRowLength() {
        assertThrows(IllegalArgumentException.class, () -> LabelMatrix.builder(List.of("A", "A")));
        assertThrows(IllegalArgumentException.class, () -> LabelMatrix.builder(List.of("A", "B")).row("r", POSITIVE));
    }
}
