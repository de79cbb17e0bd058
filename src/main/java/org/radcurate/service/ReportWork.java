package org.radcurate.service;

import java.util.List;
import java.util.Map;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Finding;
import org.radcurate.domain.LlmAnswerRecord;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;

/**
 * Everything the annotation screen shows for one report, loaded in one go. {@code confirmed} names the
 * findings the annotator has labelled themselves; the gold of the others is only pre-filled (a
 * suggestion from an import, a teacher accepted elsewhere, or another annotator) until they set it or
 * mark the report done. {@code sourceConcepts}
 * holds each teacher's ICD-10-CM codes for the report (suggestions beside the gold codes);
 * {@code llmAnswers} each LLM teacher's raw answer for it, by source name, in source order.
 */
public record ReportWork(
        Report report, Schema schema, List<Source> teachers, List<Source> students, List<Row> rows,
        ConceptSet goldConcepts, AnnotationStatus status, String comment, Map<String, ConceptSet> sourceConcepts,
        Map<String, LlmAnswerRecord> llmAnswers, boolean flagged, java.util.Set<String> confirmed) {

    public ReportWork(Report report, Schema schema, List<Source> teachers, List<Source> students, List<Row> rows,
            ConceptSet goldConcepts, AnnotationStatus status, String comment, Map<String, ConceptSet> sourceConcepts) {
        this(report, schema, teachers, students, rows, goldConcepts, status, comment, sourceConcepts, Map.of(), false,
                java.util.Set.of());
    }

    public ReportWork(Report report, Schema schema, List<Source> teachers, List<Source> students, List<Row> rows,
            ConceptSet goldConcepts, AnnotationStatus status, String comment, Map<String, ConceptSet> sourceConcepts,
            Map<String, LlmAnswerRecord> llmAnswers) {
        this(report, schema, teachers, students, rows, goldConcepts, status, comment, sourceConcepts, llmAnswers, false,
                java.util.Set.of());
    }

    public ReportWork {
        llmAnswers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(llmAnswers == null ? Map.of() : llmAnswers));
        teachers = List.copyOf(teachers);
        students = List.copyOf(students);
        rows = List.copyOf(rows);
        sourceConcepts = Map.copyOf(sourceConcepts == null ? Map.of() : sourceConcepts);
        comment = comment == null ? "" : comment;
        confirmed = java.util.Set.copyOf(confirmed == null ? java.util.Set.of() : confirmed);
    }

    /** True when the finding's gold is only pre-filled: the annotator has not set it nor marked the report done. */
    public boolean suggested(String finding) {
        return !confirmed.contains(finding);
    }

    /** One finding: each teacher's and student's label (absent when a source did not label it), mine and gold. */
    public record Row(Finding finding, Map<String, Label> teachers, Map<String, Label> students, MentionState mine,
            MentionState gold) {
        /** True when the teachers and students present do not all agree on positive vs not. */
        public boolean disagreement() {
            Boolean first = null;
            for (Map<String, Label> m : List.of(teachers, students)) {
                for (Label l : m.values()) {
                    boolean pos = l.state() == MentionState.POSITIVE;
                    if (first == null) {
                        first = pos;
                    } else if (first != pos) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The first teacher's state (ABSENT when no teacher labelled the finding). */
        public MentionState teacherState() {
            return teachers.values().stream().findFirst().map(Label::state).orElse(MentionState.ABSENT);
        }

        /** True when a teacher labelled the report and gold differs from the first teacher's state. */
        public boolean goldDiffersFromTeacher() {
            return !teachers.isEmpty() && teacherState() != gold;
        }

        /** Either kind of disagreement: what "next disagreement" jumps to. */
        public boolean needsLook() {
            return disagreement() || goldDiffersFromTeacher();
        }

        /** The gold row with another gold state. */
        public Row withGold(MentionState state) {
            return new Row(finding, teachers, students, mine, state);
        }
    }

    public Row row(String finding) {
        return rows.stream().filter(r -> r.finding().name().equals(finding)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no finding " + finding + " in " + schema.name()));
    }
}
