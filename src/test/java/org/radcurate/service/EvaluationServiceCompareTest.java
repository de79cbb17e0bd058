package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.EvaluationRecord;
import org.radcurate.domain.Progress;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.EvaluationService.Task;
import org.radcurate.service.EvaluationView.Cell;
import org.radcurate.service.EvaluationView.Row;
import org.radcurate.service.EvaluationView.RowKind;

/** The Compare screen's service: evaluate with teacher and student named, store, show again, export. */
class EvaluationServiceCompareTest {
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

    static CompareRequest request(Split split, Task task, int resamples) {
        return new CompareRequest(CompareFixture.GOLD_SET, split, UncertaintyPolicy.U_ZEROS, task,
                List.of(teacher, CompareFixture.STUDENT, SampleWorkspace.GOLD), teacher, CompareFixture.STUDENT,
                resamples, 42);
    }

    @Test
    void rowsHoldExactFiguresAndTheBestIsMarked() {
        EvaluationView v = EvaluationService.evaluate(session, request(null, Task.LABELS, 200), p -> { }, () -> false);

        assertEquals(List.of(teacher, CompareFixture.STUDENT, SampleWorkspace.GOLD), v.sources());
        assertEquals(300, v.reports());
        List<Row> rows = v.rows();
        assertEquals(16, rows.size());
        assertEquals(List.of(RowKind.MICRO, RowKind.MACRO), List.of(rows.get(14).kind(), rows.get(15).kind()));
        Row pe = rows.stream().filter(r -> r.label().equals(CompareFixture.FINDING)).findFirst().orElseThrow();
        assertEquals(56, pe.support());
        Cell student = pe.cells().get(1);
        assertEquals(53.0 / 55, student.precision(), 1e-12);
        assertEquals(53.0 / 56, student.recall(), 1e-12);
        assertEquals(106.0 / 111, student.f1(), 1e-12);
        assertTrue(student.hasInterval());
        assertEquals(List.of(2), pe.best(), "gold itself is best on Pleural Effusion");
        Row micro = rows.get(14);
        assertEquals(441, micro.support());
        assertEquals(876.0 / 881, micro.cells().get(1).f1(), 1e-12);
        assertEquals(1.0, micro.cells().get(2).f1(), 1e-12);
        Row cardiomegaly = rows.stream().filter(r -> r.label().equals("Cardiomegaly")).findFirst().orElseThrow();
        assertEquals(List.of(1, 2), cardiomegaly.best(), "student and gold tie at 1.0");

        EvaluationView.Verdict verdict = v.verdict().orElseThrow();
        assertEquals(teacher, verdict.teacher());
        assertEquals(CompareFixture.STUDENT, verdict.student());
        assertEquals("micro-f1", verdict.metric());
        assertEquals(876.0 / 881 - rows.get(14).cells().get(0).f1(), verdict.difference(), 1e-12);
        assertEquals(200, verdict.resamples());
    }

    @Test
    void aStoredEvaluationShowsAgainExactly() throws Exception {
        EvaluationView v = EvaluationService.evaluate(session, request(Split.DEV, Task.LABELS, 100), p -> { },
                () -> false);
        List<EvaluationRecord> history = EvaluationService.history(session);
        EvaluationRecord stored = history.get(history.size() - 1);
        assertEquals(v.evaluationId(), stored.id());
        assertEquals("dev", stored.split());

        EvaluationView again = EvaluationService.show(stored);

        assertEquals(v.rows(), again.rows());
        assertEquals(v.verdict(), again.verdict());
        assertEquals("dev", again.split());
        assertEquals(60, again.reports());
        assertEquals(100, again.resamples());
        assertEquals(42, again.seed());
        assertEquals(stored.metricsJson(), again.render("json"));
    }

    @Test
    void reportsProgressAndStoresNothingWhenCancelled() {
        int before = EvaluationService.history(session).size();
        List<Progress> seen = new ArrayList<>();

        assertThrows(CancellationException.class, () -> EvaluationService.evaluate(session,
                request(null, Task.LABELS, 10), seen::add, () -> !seen.isEmpty()));

        assertEquals(before, EvaluationService.history(session).size());
        assertEquals("Reading gold set sample-gold@1…", seen.get(0).message());
    }

    @Test
    void progressGoesStepByStepToTheStoredEvaluation() {
        List<Progress> seen = new ArrayList<>();
        EvaluationView v = EvaluationService.evaluate(session, request(Split.TEST, Task.LABELS, 10), seen::add,
                () -> false);
        assertEquals(List.of("Reading gold set sample-gold@1…", "Reading " + teacher + "…",
                "Reading " + CompareFixture.STUDENT + "…", "Reading gold…",
                "Scoring 60 reports with 10 bootstrap resamples…", "Stored evaluation #" + v.evaluationId()),
                seen.stream().map(Progress::message).toList());
        assertEquals(1.0, seen.get(seen.size() - 1).fraction());
    }

    @Test
    void exportsByExtension() throws Exception {
        EvaluationView v = EvaluationService.evaluate(session, request(null, Task.MULTIPLE_CHOICE, 20), p -> { },
                () -> false);
        Path csv = dir.resolve("out/e.csv");
        Path json = dir.resolve("out/e.json");
        Path html = dir.resolve("out/e.html");
        EvaluationService.export(v, csv);
        EvaluationService.export(v, json);
        EvaluationService.export(v, html);

        assertTrue(Files.readString(csv).startsWith("source,kind,finding,precision,recall,f1,f1_ci95_lo,f1_ci95_hi,"
                + "support,tp,fp,fn,tn\r\n" + teacher + ",finding,Enlarged Cardiomediastinum,"));
        assertTrue(Files.readString(csv).contains("\r\n" + CompareFixture.STUDENT + ",finding,Normal,"));
        assertTrue(Files.readString(json).startsWith("{\n  \"task\" : \"multiple-choice\",\n  \"gold\" : \"sample-gold@1\""));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertFalse(page.contains("<script"));
        assertTrue(page.contains("<text x=\"58\" y=\"13\">" + teacher + "</text>"), "one legend line per source");
        assertTrue(page.contains("<text x=\"58\" y=\"29\">" + CompareFixture.STUDENT + "</text>"));
        assertTrue(page.contains("<text x=\"58\" y=\"45\">gold</text>"));
    }

    @Test
    void refusesABadRequest() {
        assertThrows(IllegalArgumentException.class, () -> new CompareRequest(CompareFixture.GOLD_SET, null,
                UncertaintyPolicy.U_ZEROS, Task.LABELS, List.of(teacher), teacher, teacher, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new CompareRequest(CompareFixture.GOLD_SET, null,
                UncertaintyPolicy.U_ZEROS, Task.LABELS, List.of(), null, null, 10, 1));
    }
}
