package org.radcurate.service;

import java.util.List;
import java.util.Map;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;

/** Everything the annotation screen shows for one report, loaded in one go. */
public record ReportWork(
        Report report, Schema schema, List<Source> teachers, List<Source> students, List<Row> rows,
        ConceptSet goldConcepts, AnnotationStatus status, String comment) {

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
    }

    public Row row(String finding) {
        return rows.stream().filter(r -> r.finding().name().equals(finding)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no finding " + finding + " in " + schema.name()));
    }
}
