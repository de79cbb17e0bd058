package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radcurate.domain.MentionState.ABSENT;
import static org.radcurate.domain.MentionState.NEGATIVE;
import static org.radcurate.domain.MentionState.POSITIVE;
import static org.radcurate.domain.MentionState.UNCERTAIN;
import static org.radcurate.service.AnnotationFixtures.label;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.TimeLedger.AnnotatorTime;
import org.radcurate.domain.TimeLedger.Kind;
import org.radcurate.service.LedgerService.TeacherCorrections;
import org.radcurate.service.report.LedgerFormats;

/** The ledger from recorded edit and view times in a workspace, corrections per teacher, and feedback. */
class LedgerServiceTest {
    private static final Instant T0 = Instant.parse("2020-01-06T09:00:00Z");
    @TempDir
    Path dir;
    private WorkspaceSession session;

    @BeforeEach
    void open() throws Exception {
        session = WorkspaceSession.open(AnnotationFixtures.sampleCopy(dir, "w.radcurate"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void secondsFromRecordedTimesWithIdleLeftOut() {
        var ws = session.workspace();
        ws.transaction(() -> {
            ws.annotationEvents().shown("ann", "S0001", T0);
            ws.audit().append(T0.plusSeconds(12), "ann", "set", "S0001", "Cardiomegaly", "ABSENT", "POSITIVE");
            ws.annotationEvents().shown("ann", "S0002", T0.plusSeconds(20));
            // back after a break of 480 s: idle
            ws.audit().append(T0.plusSeconds(500), "ann", "status", "S0002", "", "TODO", "DONE");
            ws.annotationEvents().shown("ann", "S0003", T0.plusSeconds(530));
        });
        AnnotatorTime ann = LedgerService.ledger(session, Duration.ofSeconds(120)).annotators().stream()
                .filter(a -> a.annotator().equals("ann")).findFirst().orElseThrow();
        assertEquals(12 + 8 + 30, ann.activeSeconds(), 1e-9);
        assertEquals(480, ann.idleSeconds(), 1e-9);
        assertEquals(Map.of("S0001", 20.0, "S0002", 30.0, "S0003", 0.0), ann.secondsPerReport());
        assertEquals(12.0, ann.perKind().stream().filter(k -> k.kind() == Kind.ADDED_POSITIVE).findFirst()
                .orElseThrow().seconds(), 1e-9);
        AnnotatorTime relaxed = LedgerService.ledger(session, Duration.ofSeconds(600)).annotators().stream()
                .filter(a -> a.annotator().equals("ann")).findFirst().orElseThrow();
        assertEquals(530, relaxed.activeSeconds(), 1e-9);
        String csv = LedgerFormats.write(LedgerService.ledger(session, Duration.ofSeconds(120)), "csv");
        assertTrue(csv.contains("annotator,ann,,,50.000,480.000,1,3,,"), csv);
        assertTrue(csv.contains("report,ann,S0001,,20.000,"), csv);
    }

    @Test
    void showingAReportInAnnotateIsRecorded() {
        AnnotationService svc = new AnnotationService(session);
        svc.open("S0004", "ann");
        svc.load("S0005", "ann");
        List<String> shown = new java.util.ArrayList<>();
        session.workspace().annotationEvents().forEach(s -> shown.add(s.annotator() + " " + s.reportId()));
        assertEquals(List.of("ann S0004"), shown);
    }

    @Test
    void correctionsPerHundredReportsOfATeacherAndFeedbackAfterAdjudication() {
        AnnotationFixtures.source(session, "t", SourceKind.TEACHER, List.of(
                label("S0001", "Cardiomegaly", NEGATIVE, null), label("S0001", "Edema", POSITIVE, null),
                label("S0001", "Pleural Effusion", POSITIVE, null), label("S0002", "Cardiomegaly", ABSENT, null),
                label("S0003", "Edema", POSITIVE, null)));
        AnnotationService svc = new AnnotationService(session);
        svc.setState("carol", "S0001", "Cardiomegaly", POSITIVE);
        svc.setState("carol", "S0001", "Edema", UNCERTAIN);
        svc.setState("carol", "S0002", "Cardiomegaly", NEGATIVE);
        TeacherCorrections c = LedgerService.ledger(session, Duration.ofSeconds(120)).teachers().stream()
                .filter(t -> t.annotator().equals("carol") && t.teacher().equals("t")).findFirst().orElseThrow();
        // S0001: negative to positive, positive to uncertain; S0002: not mentioned vs negative is no correction
        assertEquals(2, c.reports());
        assertEquals(2, c.corrections());
        assertEquals(100.0, c.per100(), 1e-12);
        assertEquals(Map.of(Kind.ADDED_POSITIVE, 1, Kind.MARKED_UNCERTAIN, 1), c.byKind());

        assertEquals(0, FeedbackService.feedback(session, "carol").total());
        svc.adjudicate("adj", "S0001", "Cardiomegaly", NEGATIVE);
        FeedbackService.Feedback f = FeedbackService.feedback(session, "carol");
        assertEquals(Map.of("Cardiomegaly", List.of(new FeedbackService.Difference("S0001", "Cardiomegaly", POSITIVE,
                NEGATIVE))), f.byFinding());
        assertEquals(2, f.reports());
        assertThrows(IllegalArgumentException.class, () -> FeedbackService.feedback(session, "nobody"));
    }
}
