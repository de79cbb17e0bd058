package org.radcurate.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Split;
import org.radcurate.service.ReportWork;
import org.junit.jupiter.api.Test;

class EvidenceSpansTest {
    private static final String TEXT = "Heart size normal. No pleural effusion.";

    /** An LLM teacher without evidence listed first, the rule teacher with evidence second. */
    private static ReportWork work() {
        Schema schema = BuiltInSchemas.CHEXPERT14;
        Map<String, Label> teachers = new LinkedHashMap<>();
        teachers.put("gpt-4o", new Label("R1", "Pleural Effusion", MentionState.POSITIVE, null, List.of()));
        // sentence 19-39, mention "effusion" 30-38, cue "No" 19-21
        teachers.put("radcurate-rules 1.0 chexpert14", new Label("R1", "Pleural Effusion", MentionState.NEGATIVE, null,
                List.of(new Evidence(19, 39, 30, 38, 19, 21, "negation-before"))));
        ReportWork.Row row = new ReportWork.Row(schema.finding("Pleural Effusion").orElseThrow(), teachers, Map.of(),
                MentionState.ABSENT, MentionState.ABSENT);
        Report report = new Report("R1", TEXT, List.of(), Split.TRAIN, "test");
        return new ReportWork(report, schema, List.of(), List.of(), List.of(row), null, AnnotationStatus.TODO, "",
                Map.of());
    }

    @Test
    void theDescriptionExplainsTheTeacherWhoseEvidenceIsHighlighted() {
        ReportWork w = work();
        assertEquals(List.of(new EvidenceSpans.Span(30, 38, EvidenceSpans.Kind.NEGATED, "Pleural Effusion"),
                new EvidenceSpans.Span(19, 21, EvidenceSpans.Kind.CUE, "Pleural Effusion")), EvidenceSpans.of(w));
        assertEquals("Pleural Effusion: negative by radcurate-rules 1.0 chexpert14; mention “effusion”, cue “No”,"
                + " rule negation-before", EvidenceSpans.describe(w, "Pleural Effusion"));
    }
}
