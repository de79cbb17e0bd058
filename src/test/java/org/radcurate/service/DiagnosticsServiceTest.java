package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.Counts;
import org.radcurate.evaluation.GoldSizeEstimator;
import org.radcurate.evaluation.SourceDiagnostics;
import org.radcurate.evaluation.SourceDiagnostics.AccuracyRow;
import org.radcurate.evaluation.SourceDiagnostics.Cell;
import org.radcurate.service.report.DiagnosticsFormats;

/** Diagnostics over the compare fixture, whose student and weak teacher differ from gold in known places. */
class DiagnosticsServiceTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static DiagnosticsService.Result result;

    @BeforeAll
    static void setUp() throws Exception {
        CompareFixture.create(dir.resolve("w.radcurate"));
        session = WorkspaceSession.open(dir.resolve("w.radcurate"));
        result = DiagnosticsService.diagnose(session, new DiagnosticsService.Request(null, UncertaintyPolicy.U_ZEROS,
                List.of(CompareFixture.GOLD_SET), 100, 42));
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    private static AccuracyRow accuracy(String source, String gold, String finding) {
        return result.diagnosis().accuracy().stream().filter(a -> a.source().equals(source) && a.gold().equals(gold)
                && a.finding().equals(finding)).findFirst().orElseThrow();
    }

    @Test
    void accuracyAgainstTheWorkingGoldAndTheFrozenSet() {
        for (String gold : List.of(DiagnosticsService.WORKING, CompareFixture.GOLD_SET)) {
            AccuracyRow pe = accuracy(CompareFixture.STUDENT, gold, CompareFixture.FINDING);
            assertEquals(new Counts(53, 2, 3, 242), pe.counts(), gold);
            assertEquals(300, pe.goldReports());
            AccuracyRow micro = accuracy(CompareFixture.STUDENT, gold, SourceDiagnostics.MICRO);
            assertEquals(438, micro.counts().tp());
            assertEquals(2, micro.counts().fp());
            assertEquals(3, micro.counts().fn());
            AccuracyRow weak = accuracy(CompareFixture.WEAK, gold, SourceDiagnostics.MICRO);
            assertEquals(760.0 / 821, weak.f1(), 1e-12);
            assertTrue(weak.f1Ci().contains(weak.f1()), weak.f1Ci().toString());
        }
    }

    @Test
    void conflictAndTheReportsBehindCells() {
        var lo = result.diagnosis().pairs().stream().filter(p -> p.source().equals(CompareFixture.STUDENT)
                && p.other().equals(CompareFixture.WEAK) && p.finding().equals("Lung Opacity")).findFirst().orElseThrow();
        // the weak teacher says 0 wherever gold (and so the student) says Lung Opacity
        assertEquals(61, lo.conflict());
        var weakLo = result.diagnosis().sources().stream().filter(r -> r.source().equals(CompareFixture.WEAK)
                && r.finding().equals("Lung Opacity")).findFirst().orElseThrow();
        assertEquals(0, weakLo.positives());
        assertEquals(CompareFixture.FALSE_POSITIVES, result.reports(CompareFixture.STUDENT, DiagnosticsService.WORKING,
                CompareFixture.FINDING, Cell.FALSE_POSITIVE));
        assertEquals(CompareFixture.FALSE_NEGATIVES, result.reports(CompareFixture.STUDENT, DiagnosticsService.WORKING,
                CompareFixture.FINDING, Cell.FALSE_NEGATIVE));
        assertEquals(61, result.reports(CompareFixture.WEAK, DiagnosticsService.WORKING, SourceDiagnostics.MICRO,
                Cell.FALSE_NEGATIVE).size());
        assertEquals(61, result.reports(CompareFixture.STUDENT, CompareFixture.WEAK, "Lung Opacity",
                Cell.CONFLICT).size());
        assertThrows(IllegalArgumentException.class, () -> result.reports("nobody", null, "Edema", Cell.COVERED));
    }

    @Test
    void diagnosisFollowsTheGoldAsItGrows() {
        AnnotationService annotate = new AnnotationService(session);
        MentionState before = annotate.setState("ann", "S0005", CompareFixture.FINDING, MentionState.POSITIVE);
        try {
            DiagnosticsService.Result now = DiagnosticsService.diagnose(session, new DiagnosticsService.Request(null,
                    UncertaintyPolicy.U_ZEROS, List.of(), 0, 42));
            AccuracyRow pe = now.diagnosis().accuracy().stream().filter(a -> a.source().equals(CompareFixture.STUDENT)
                    && a.gold().equals(DiagnosticsService.WORKING) && a.finding().equals(CompareFixture.FINDING))
                    .findFirst().orElseThrow();
            // the gold now agrees with the student on S0005: one false positive became a true positive
            assertEquals(new Counts(54, 1, 3, 242), pe.counts());
        } finally {
            annotate.setState("ann", "S0005", CompareFixture.FINDING, before);
        }
    }

    @Test
    void estimateForTheStudentAgainstTheWeakTeacher() {
        GoldSizeEstimator.Estimate e = DiagnosticsService.estimate(session, new DiagnosticsService.EstimateRequest(null,
                null, CompareFixture.WEAK, CompareFixture.STUDENT, UncertaintyPolicy.U_ZEROS, 200, 42, 0.02));
        assertEquals(300, e.goldReports());
        assertEquals(441, e.micro().positives());
        assertEquals(760.0 / 821, e.micro().f1A(), 1e-12);
        assertEquals(876.0 / 881, e.micro().f1B(), 1e-12);
        assertTrue(e.micro().separated(), e.micro().differenceCi().toString());
        assertEquals(15, e.lines().size());
        String table = DiagnosticsFormats.write(e, "table");
        assertTrue(table.contains("weak-teacher vs student-bert on 300 gold reports"), table);
        assertThrows(IllegalArgumentException.class, () -> new DiagnosticsService.EstimateRequest(null, null, "a", "a",
                null, 10, 1, 0.02));
    }

    @Test
    void formatsCarryTheSameFigures() {
        String csv = DiagnosticsFormats.write(result.diagnosis(), "csv");
        assertTrue(csv.startsWith("kind,source,other,finding,reports,covered,positives,overlap,conflict,gold_reports,tp,fp,fn,"), csv.substring(0, 200));
        assertTrue(csv.contains("accuracy,student-bert,working,Pleural Effusion,,,,,,300,53,2,3,"), csv);
        String json = DiagnosticsFormats.write(result.diagnosis(), "json");
        assertTrue(json.contains("\"goldReports\" : 300"), json.substring(0, 300));
        assertThrows(IllegalArgumentException.class, () -> DiagnosticsFormats.write(result.diagnosis(), "xml"));
    }
}
