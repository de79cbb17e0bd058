package org.radcurate.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.MentionState;

/**
 * The labels a student learns from: a teacher's on every report it labelled, and gold (the working gold
 * or a frozen gold set) where it exists. Gold overrides the teacher per report: a report the gold covers
 * takes all its states from the gold (findings the gold leaves out are absent, as when it is scored),
 * every other report keeps the teacher's. For CheXbert's two stages the teacher's and the gold's
 * examples are used one after the other instead.
 */
public record TrainingLabels(List<TrainingExample> teacher, List<TrainingExample> gold) {
    public TrainingLabels {
        teacher = teacher.stream().map(e -> e.asSource(TrainingExample.TEACHER)).toList();
        gold = gold.stream().map(e -> e.asSource(TrainingExample.GOLD)).toList();
    }

    public static TrainingLabels teacherOnly(List<TrainingExample> examples) {
        return new TrainingLabels(examples, List.of());
    }

    /** Teacher examples in their order with gold rows in place of theirs, then reports only the gold labels. */
    public List<TrainingExample> merged() {
        Map<String, TrainingExample> byReport = new LinkedHashMap<>();
        for (TrainingExample e : gold) {
            byReport.put(e.reportId(), e);
        }
        List<TrainingExample> out = new ArrayList<>();
        for (TrainingExample e : teacher) {
            TrainingExample g = byReport.remove(e.reportId());
            out.add(g != null ? g : e);
        }
        out.addAll(byReport.values());
        return out;
    }

    /** How many reports and labels of which source a run used (written as sources.json). */
    public record Counts(int stages, Map<String, SourceCount> sources, int goldOverridesTeacher) {}

    /** Reports and states of one source that a stage trained on. */
    public record SourceCount(int reports, Map<MentionState, Integer> states) {}

    Counts counts(int stages) {
        Map<String, SourceCount> out = new LinkedHashMap<>();
        if (stages == 2) {
            out.put("stage1." + TrainingExample.TEACHER, count(teacher));
            out.put("stage2." + TrainingExample.GOLD, count(gold));
            return new Counts(2, out, 0);
        }
        List<TrainingExample> merged = merged();
        out.put(TrainingExample.TEACHER, count(merged.stream().filter(e -> e.source().equals(TrainingExample.TEACHER))
                .toList()));
        out.put(TrainingExample.GOLD, count(gold));
        java.util.Set<String> goldIds = new java.util.HashSet<>();
        gold.forEach(e -> goldIds.add(e.reportId()));
        int overrides = (int) teacher.stream().filter(e -> goldIds.contains(e.reportId())).count();
        return new Counts(1, out, overrides);
    }

    private static SourceCount count(List<TrainingExample> examples) {
        Map<MentionState, Integer> states = new EnumMap<>(MentionState.class);
        for (MentionState s : MentionState.values()) {
            states.put(s, 0);
        }
        for (TrainingExample e : examples) {
            e.states().forEach(s -> states.merge(s, 1, Integer::sum));
        }
        return new SourceCount(examples.size(), states);
    }
}
