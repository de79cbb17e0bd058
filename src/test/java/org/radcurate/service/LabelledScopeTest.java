package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.Counts;
import org.radcurate.evaluation.EvaluationResult;
import org.radcurate.evaluation.PairedTest;
import org.radcurate.evaluation.Resampling;
import org.radcurate.service.EvaluationService.Task;
import org.radcurate.service.report.ComparisonJsonReader;
import org.radcurate.service.report.ComparisonJsonWriter;

/** Each source scored only where it has labels (issue 17): figures hand-computed in {@link LabelledScopeFixture}. */
class LabelledScopeTest {
    private static final String T = LabelledScopeFixture.TEACHER;
    private static final String A = LabelledScopeFixture.ANNOTATOR;

    @TempDir
    static Path dir;
    static WorkspaceSession session;

    @BeforeAll
    static void setUp() throws Exception {
        LabelledScopeFixture.create(dir.resolve("w.radcurate"));
        session = WorkspaceSession.open(dir.resolve("w.radcurate"));
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    private static Comparison compare(ScoringScope scope) {
        return EvaluationService.compareWorkspace(session, LabelledScopeFixture.GOLD_SET, List.of(T, A), null,
                UncertaintyPolicy.U_ZEROS, new Resampling(200, 42), Task.LABELS, T, A, scope);
    }

    @Test
    void anAnnotatorIsScoredOnlyOnTheTwoReportsItLabelled() {
        EvaluationResult a = compare(ScoringScope.LABELLED).source(A).orElseThrow();

        assertEquals(new Counts(2, 1, 0, a.microCounts().tn()), a.microCounts());
        assertEquals(0.8, a.micro().f1(), 1e-12);
        assertEquals(1.0, a.finding("Effusion").orElseThrow().f1(), 1e-12);
        assertEquals(2.0 / 3, a.finding("Edema").orElseThrow().f1(), 1e-12);
    }

    @Test
    void scoredOnEveryGoldReportTheAnnotatorMissesWhatItNeverLabelled() {
        EvaluationResult a = compare(ScoringScope.ALL).source(A).orElseThrow();

        assertEquals(new Counts(2, 1, 5, a.microCounts().tn()), a.microCounts());
        assertEquals(0.4, a.micro().f1(), 1e-12);
    }

    @Test
    void aTeacherThatLabelledEveryReportGetsTheSameFiguresInBothScopes() {
        EvaluationResult labelled = compare(ScoringScope.LABELLED).source(T).orElseThrow();
        EvaluationResult all = compare(ScoringScope.ALL).source(T).orElseThrow();

        assertEquals(5, labelled.microCounts().tp());
        assertEquals(1, labelled.microCounts().fp());
        assertEquals(2, labelled.microCounts().fn());
        assertEquals(10.0 / 13, labelled.micro().f1(), 1e-12);
        assertEquals(all, labelled, "counts, F1 and the intervals from the same resamples");
    }

    @Test
    void thePairedTestUsesTheReportsBothLabelled() {
        PairedTest p = compare(ScoringScope.LABELLED).paired().orElseThrow();

        assertEquals(2, p.reports(), "R1 and R2");
        assertEquals(4.0 / 5 - 2.0 / 3, p.difference(), 1e-12);
        assertEquals(6, compare(ScoringScope.ALL).paired().orElseThrow().reports());
    }

    @Test
    void coverageSaysWhatEachSourceWasScoredOn() {
        Comparison c = compare(ScoringScope.LABELLED);

        assertEquals(List.of("coverage of teacher: gold 6 reports, predicted 6, in common 6, scored 6",
                "coverage of ann: gold 6 reports, predicted 2, in common 2, scored 2 of 6 gold reports "
                        + "(only those it labelled)"), org.radcurate.service.report.Formats.coverage(c));
        assertEquals(List.of("coverage of teacher: gold 6 reports, predicted 6, in common 6, scored 6",
                "coverage of ann: gold 6 reports, predicted 2, in common 2, scored 6 (4 without a prediction, "
                        + "counted as not mentioned)"), org.radcurate.service.report.Formats.coverage(
                                compare(ScoringScope.ALL)));
    }

    @Test
    void aStoredLabelledEvaluationReadsBackExactly() {
        Comparison c = compare(ScoringScope.LABELLED);
        String json = ComparisonJsonWriter.write(c);

        Comparison read = ComparisonJsonReader.read(json);

        assertEquals(ScoringScope.LABELLED, read.scope());
        assertEquals(2, read.paired().orElseThrow().reports());
        assertEquals(json, ComparisonJsonWriter.write(read));
    }

    @Test
    void theWindowsRequestScoresWhereEachSourceLabelled() {
        CompareRequest r = new CompareRequest(LabelledScopeFixture.GOLD_SET, null, UncertaintyPolicy.U_ZEROS,
                Task.LABELS, List.of(T, A), T, A, 200, 42, ScoringScope.LABELLED);

        EvaluationView v = EvaluationService.evaluate(session, r, p -> { }, () -> false);
        ErrorCases errors = ErrorCases.of(session, v, A, null);

        assertEquals(ScoringScope.LABELLED, v.scope());
        assertEquals(2, v.verdict().orElseThrow().reports());
        assertEquals(List.of("R1"), errors.falsePositives().stream().map(ErrorCases.ErrorCase::reportId).toList());
        assertEquals(List.of(), errors.falseNegatives(), "R3..R6 were not scored for the annotator");
        assertEquals(false, errors.stale());
    }

    @Test
    void twoSourcesWithNoLabelledReportInCommonHaveNoPairedTest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                org.radcurate.evaluation.ScopedComparison.compare(false, "g", goldOf("X1", "X2"),
                        java.util.Map.of("a", goldOf("X1"), "b", goldOf("X2")), UncertaintyPolicy.U_ZEROS,
                        new Resampling(10, 1), "a", "b", ScoringScope.LABELLED));
        assertEquals("a and b labelled no gold report in common, so there is nothing to pair them on; choose "
                + "another teacher or student, or score every gold report", e.getMessage());
    }

    private static org.radcurate.evaluation.LabelMatrix goldOf(String... ids) {
        org.radcurate.evaluation.LabelMatrix.Builder b = org.radcurate.evaluation.LabelMatrix.builder(List.of("F"));
        for (String id : ids) {
            b.put(id, "F", org.radcurate.domain.MentionState.POSITIVE);
        }
        return b.build();
    }
}
