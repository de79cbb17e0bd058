package org.radcurate.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.MentionState;
import org.radcurate.evaluation.GoldSizeEstimator;

/**
 * The queue order "gold that matters most" for a comparison of a teacher with a student: the reports whose gold
 * would most narrow the comparison's interval. Intervals are widest, and the gold-size estimate unreliable, for
 * findings with fewer than {@link GoldSizeEstimator#MIN_POSITIVES} gold positives, so reports that teacher or
 * student call positive on such a finding come first, rarer findings weighing more (weight = the positives still
 * missing); then reports where teacher and student disagree (each such report moves the paired difference), most
 * disagreeing findings first; then import order. Reports already in the working gold go last: labelling them
 * again adds no report to the gold.
 */
final class InformativeQueue {
    private InformativeQueue() {}

    /** Why a report ranks where it does. */
    record Score(boolean inGold, int scarce, int disagreements) {}

    static List<QueueItem> order(List<QueueItem> items, List<String> findings,
            Map<String, Map<String, MentionState>> teacher, Map<String, Map<String, MentionState>> student,
            Map<String, Map<String, MentionState>> gold) {
        Map<String, Integer> missing = new HashMap<>();
        for (String f : findings) {
            int positives = 0;
            for (Map<String, MentionState> row : gold.values()) {
                positives += row.get(f) == MentionState.POSITIVE ? 1 : 0;
            }
            if (positives < GoldSizeEstimator.MIN_POSITIVES) {
                missing.put(f, GoldSizeEstimator.MIN_POSITIVES - positives);
            }
        }
        Map<String, Score> scores = new HashMap<>();
        for (QueueItem i : items) {
            scores.put(i.reportId(), score(i.reportId(), findings, missing, teacher, student, gold));
        }
        List<QueueItem> out = new ArrayList<>(items);
        out.sort(Comparator.<QueueItem, Boolean>comparing(i -> scores.get(i.reportId()).inGold())
                .thenComparing(i -> -scores.get(i.reportId()).scarce())
                .thenComparing(i -> -scores.get(i.reportId()).disagreements()));
        return out;
    }

    static Score score(String id, List<String> findings, Map<String, Integer> missing,
            Map<String, Map<String, MentionState>> teacher, Map<String, Map<String, MentionState>> student,
            Map<String, Map<String, MentionState>> gold) {
        Map<String, MentionState> t = teacher.getOrDefault(id, Map.of());
        Map<String, MentionState> s = student.getOrDefault(id, Map.of());
        int scarce = 0;
        int disagreements = 0;
        for (String f : findings) {
            boolean tp = t.get(f) == MentionState.POSITIVE;
            boolean sp = s.get(f) == MentionState.POSITIVE;
            if ((tp || sp) && missing.containsKey(f)) {
                scarce += missing.get(f);
            }
            disagreements += tp != sp ? 1 : 0;
        }
        return new Score(gold.containsKey(id), scarce, disagreements);
    }
}
