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
 *
 * <p>Gold that codes positives only (no negative or uncertain state anywhere, as NIH-style 1/0 files are
 * read) cannot say "negated": its absent means "not present". On a report the teacher also labelled, such
 * gold keeps the teacher's negative or uncertain where it says not present, so that a negated finding is
 * not taught as unmentioned; gold still decides every positive, and denies a teacher's positive (absent).
 */
public record TrainingLabels(List<TrainingExample> teacher, List<TrainingExample> gold) {
    public TrainingLabels {
        teacher = teacher.stream().map(e -> e.asSource(TrainingExample.TEACHER)).toList();
        gold = gold.stream().map(e -> e.asSource(TrainingExample.GOLD)).toList();
        if (codesPositivesOnly(gold)) {
            Map<String, TrainingExample> byReport = new java.util.HashMap<>();
            teacher.forEach(e -> byReport.put(e.reportId(), e));
            gold = gold.stream().map(g -> keepTeacherNegations(g, byReport.get(g.reportId()))).toList();
        }
    }

    /** True when the gold has labels and none of them is negative or uncertain. */
    static boolean codesPositivesOnly(List<TrainingExample> gold) {
        return !gold.isEmpty() && gold.stream().flatMap(e -> e.states().stream())
                .noneMatch(s -> s == MentionState.NEGATIVE || s == MentionState.UNCERTAIN);
    }

    private static TrainingExample keepTeacherNegations(TrainingExample gold, TrainingExample teacher) {
        if (teacher == null || teacher.states().size() != gold.states().size()) {
            return gold;
        }
        List<MentionState> states = new ArrayList<>();
        for (int i = 0; i < gold.states().size(); i++) {
            MentionState g = gold.states().get(i);
            MentionState t = teacher.states().get(i);
            boolean keep = g != MentionState.POSITIVE && (t == MentionState.NEGATIVE || t == MentionState.UNCERTAIN);
            states.add(keep ? t : g);
        }
        return new TrainingExample(gold.reportId(), gold.text(), states, TrainingExample.GOLD);
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

    /** How many reports and labels of which source a run trained and validated on (sources.json). */
    public record Counts(Map<String, SourceCount> train, Map<String, SourceCount> validation,
            int goldOverridesTeacher) {}

    /** Reports and states of one source. */
    public record SourceCount(int reports, Map<MentionState, Integer> states) {}

    /** Teacher reports whose labels the gold replaced (stage-one merging only). */
    int overrides() {
        java.util.Set<String> goldIds = new java.util.HashSet<>();
        gold.forEach(e -> goldIds.add(e.reportId()));
        return (int) teacher.stream().filter(e -> goldIds.contains(e.reportId())).count();
    }

    static Counts counts(List<TrainingExample> train, List<TrainingExample> validation, int overrides) {
        return new Counts(bySource(train), bySource(validation), overrides);
    }

    private static Map<String, SourceCount> bySource(List<TrainingExample> examples) {
        Map<String, SourceCount> out = new LinkedHashMap<>();
        for (String source : List.of(TrainingExample.TEACHER, TrainingExample.GOLD)) {
            out.put(source, count(examples.stream().filter(e -> e.source().equals(source)).toList()));
        }
        return out;
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
