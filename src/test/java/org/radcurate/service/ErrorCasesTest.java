package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.EvaluationRecord;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.ErrorCases.ErrorCase;
import org.radcurate.service.EvaluationService.Task;

/** The reports behind a cell are exactly the ones the fixture changed, judged as the metric judged them. */
class ErrorCasesTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static String teacher;

    @BeforeAll
    static void setUp() throws Exception {
        teacher = CompareFixture.create(dir.resolve("w.radcurate"));
        session = WorkspaceSession.open(dir.resolve("w.radcurate"));
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    private static EvaluationView evaluate(Split split, Task task, String student) {
        return EvaluationService.evaluate(session, new CompareRequest(CompareFixture.GOLD_SET, split,
                UncertaintyPolicy.U_ZEROS, task, List.of(teacher, student), teacher, student, 0, 42),
                ProgressListener.NONE, () -> false);
    }

    private static List<String> ids(List<ErrorCase> cases) {
        return cases.stream().map(ErrorCase::reportId).toList();
    }

    @Test
    void listsTheAlteredReportsOfOneFinding() {
        EvaluationView v = evaluate(null, Task.LABELS, CompareFixture.STUDENT);

        ErrorCases e = ErrorCases.of(session, v, CompareFixture.STUDENT, CompareFixture.FINDING);

        assertEquals(CompareFixture.FALSE_POSITIVES, ids(e.falsePositives()));
        assertEquals(CompareFixture.FALSE_NEGATIVES, ids(e.falseNegatives()));
        assertEquals(new ErrorCase("S0005", CompareFixture.FINDING, MentionState.ABSENT, MentionState.POSITIVE),
                e.falsePositives().get(0));
        assertEquals(new ErrorCase("S0003", CompareFixture.FINDING, MentionState.POSITIVE, MentionState.NEGATIVE),
                e.falseNegatives().get(0));
        assertFalse(e.stale());
        ErrorCases cardiomegaly = ErrorCases.of(session, v, CompareFixture.STUDENT, "Cardiomegaly");
        assertEquals(List.of(), cardiomegaly.falsePositives());
        assertEquals(List.of(), cardiomegaly.falseNegatives());
    }

    @Test
    void theAverageRowsListEveryFinding() {
        EvaluationView v = evaluate(null, Task.LABELS, CompareFixture.STUDENT);

        ErrorCases all = ErrorCases.of(session, v, CompareFixture.STUDENT, null);

        assertEquals(CompareFixture.FALSE_POSITIVES, ids(all.falsePositives()));
        assertEquals(CompareFixture.FALSE_NEGATIVES, ids(all.falseNegatives()));
        ErrorCases teacherAll = ErrorCases.of(session, v, teacher, null);
        long[] counts = v.counts(teacher, null);
        assertEquals(counts[1], teacherAll.falsePositives().size());
        assertEquals(counts[2], teacherAll.falseNegatives().size());
    }

    @Test
    void aSplitKeepsOnlyItsReports() {
        EvaluationView v = evaluate(Split.DEV, Task.LABELS, CompareFixture.STUDENT);

        ErrorCases e = ErrorCases.of(session, v, CompareFixture.STUDENT, CompareFixture.FINDING);

        assertEquals(List.of(), ids(e.falsePositives()));
        assertEquals(List.of("S0003", "S0016"), ids(e.falseNegatives()));
    }

    @Test
    void multipleChoiceNormalIsDerived() {
        EvaluationView v = evaluate(null, Task.MULTIPLE_CHOICE, CompareFixture.STUDENT);

        ErrorCases normal = ErrorCases.of(session, v, CompareFixture.STUDENT, "Normal");

        assertEquals(List.of(), ids(normal.falsePositives()));
        assertEquals(List.of("S0005"), ids(normal.falseNegatives()));
        assertEquals(new ErrorCase("S0005", "Normal", MentionState.POSITIVE, MentionState.NEGATIVE),
                normal.falseNegatives().get(0));
    }

    @Test
    void aStoredEvaluationReadsItsLabelsAgainAndSaysWhenTheyChanged() throws Exception {
        String copy = "student-copy";
        Path csv = dir.resolve("copy.csv");
        Files.writeString(csv, CompareFixture.studentCsv());
        session.imports().importLabels(csv, LabelLayout.LABEL_CSV, copy, SourceKind.STUDENT,
                BuiltInSchemas.CHEXPERT14, null, ProgressListener.NONE, () -> false);
        evaluate(null, Task.LABELS, copy);
        List<EvaluationRecord> history = EvaluationService.history(session);
        EvaluationView stored = EvaluationService.show(history.get(history.size() - 1));

        ErrorCases e = ErrorCases.of(session, stored, copy, CompareFixture.FINDING);
        assertEquals(CompareFixture.FALSE_POSITIVES, ids(e.falsePositives()));
        assertEquals(CompareFixture.FALSE_NEGATIVES, ids(e.falseNegatives()));
        assertFalse(e.stale());

        Path edit = dir.resolve("edit.csv");
        Files.writeString(edit, "id," + CompareFixture.FINDING + "\nS0059,0\n");
        session.imports().importLabels(edit, LabelLayout.LABEL_CSV, copy, SourceKind.STUDENT,
                BuiltInSchemas.CHEXPERT14, null, ProgressListener.NONE, () -> false);
        EvaluationView fresh = EvaluationService.show(history.get(history.size() - 1));

        ErrorCases changed = ErrorCases.of(session, fresh, copy, CompareFixture.FINDING);
        assertEquals(List.of("S0003", "S0016", "S0026", "S0059"), ids(changed.falseNegatives()));
        assertTrue(changed.stale());
    }
}
