package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.SourceKind;

/** The disagreement queue compares two teachers too (a rule teacher and an LLM teacher), not only teacher vs student. */
class TeacherVsTeacherQueueTest {
    @TempDir
    Path dir;

    @Test
    void disagreementsBetweenTheRuleTeacherAndAnLlmTeacher() throws Exception {
        Path file = AnnotationFixtures.sampleCopy(dir, "queue.radcurate");
        try (WorkspaceSession s = WorkspaceSession.open(file)) {
            AnnotationFixtures.source(s, "rules", SourceKind.TEACHER, List.of(
                    AnnotationFixtures.label("S0001", "Edema", MentionState.POSITIVE, null),
                    AnnotationFixtures.label("S0002", "Edema", MentionState.NEGATIVE, null),
                    AnnotationFixtures.label("S0003", "Edema", MentionState.POSITIVE, null)));
            AnnotationFixtures.source(s, "llm:m mc chexpert14", SourceKind.TEACHER, List.of(
                    AnnotationFixtures.label("S0001", "Edema", MentionState.POSITIVE, null),
                    AnnotationFixtures.label("S0002", "Edema", MentionState.POSITIVE, null),
                    AnnotationFixtures.label("S0003", "Edema", MentionState.NEGATIVE, null)));

            AnnotationQueue q = s.annotation().queue(QueueFilter.all().withDisagreementOnly(true)
                    .withSources("rules", "llm:m mc chexpert14"), "alice");

            assertEquals(List.of("S0002", "S0003"), q.items().stream().map(QueueItem::reportId).toList());
            assertEquals("rules vs llm:m mc chexpert14", q.comparedWith());
        }
    }
}
