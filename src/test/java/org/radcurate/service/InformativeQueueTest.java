package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radcurate.domain.MentionState.NEGATIVE;
import static org.radcurate.domain.MentionState.POSITIVE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Split;

/** The "gold that matters most" order on a case whose answer is known. */
class InformativeQueueTest {
    private static final List<String> FINDINGS = List.of("A", "B");

    private static QueueItem item(String id) {
        return new QueueItem(id, Split.DEV, AnnotationStatus.TODO, false, "", 0, Double.NaN);
    }

    @Test
    void scarceFindingsFirstThenDisagreementsThenReportsAlreadyInGoldLast() {
        // gold: 12 reports, A positive in all 12 (enough), B in 7 (3 short of 10)
        Map<String, Map<String, MentionState>> gold = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            gold.put("g" + i, Map.of("A", POSITIVE, "B", i <= 7 ? POSITIVE : NEGATIVE));
        }
        Map<String, Map<String, MentionState>> teacher = Map.of(
                "q1", Map.of("A", POSITIVE),
                "q2", Map.of("B", POSITIVE),
                "q4", Map.of("A", POSITIVE, "B", NEGATIVE),
                "g1", Map.of("B", POSITIVE));
        Map<String, Map<String, MentionState>> student = Map.of(
                "q1", Map.of("A", NEGATIVE),
                "q2", Map.of("B", POSITIVE),
                "q4", Map.of("A", NEGATIVE, "B", POSITIVE));
        List<QueueItem> items = List.of(item("g1"), item("q1"), item("q2"), item("q3"), item("q4"));

        List<String> order = InformativeQueue.order(items, FINDINGS, teacher, student, gold).stream()
                .map(QueueItem::reportId).toList();

        // q4: a scarce B positive (weight 3) and 2 disagreements; q2: scarce B, agreeing; q1: one disagreement on
        // A (not scarce); q3: nothing; g1: already in the gold
        assertEquals(List.of("q4", "q2", "q1", "q3", "g1"), order);
        assertEquals(new InformativeQueue.Score(false, 3, 2), InformativeQueue.score("q4", FINDINGS, Map.of("B", 3),
                teacher, student, gold));
    }

    @Test
    void withEnoughPositivesEverywhereDisagreementDecides() {
        Map<String, Map<String, MentionState>> gold = new LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            gold.put("g" + i, Map.of("A", POSITIVE, "B", POSITIVE));
        }
        Map<String, Map<String, MentionState>> teacher = Map.of("x", Map.of("A", POSITIVE, "B", POSITIVE),
                "y", Map.of("A", POSITIVE));
        Map<String, Map<String, MentionState>> student = Map.of("x", Map.of(), "y", Map.of("A", POSITIVE));
        List<String> order = InformativeQueue.order(List.of(item("y"), item("z"), item("x")), FINDINGS, teacher,
                student, gold).stream().map(QueueItem::reportId).toList();
        assertEquals(List.of("x", "y", "z"), order);
    }
}
