package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.GoldCoverage;
import org.radcurate.domain.MentionState;

/** A flag stays until removed, done or not; gold that nobody reviewed can be left out of a frozen set. */
class FlagsAndReviewedGoldTest {
    @TempDir
    Path dir;
    private WorkspaceSession session;
    private AnnotationService service;

    @BeforeEach
    void open() throws Exception {
        session = WorkspaceSession.open(AnnotationFixtures.sampleCopy(dir, "w.radcurate"));
        service = new AnnotationService(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<String> ids(QueueFilter f) {
        return service.queue(f, "alice").items().stream().map(QueueItem::reportId).toList();
    }

    @Test
    void aFlagSurvivesDoneAndTheFlaggedFilterKeepsTheReport() {
        service.setFlag("alice", "S0003", true);
        service.setStatus("alice", "S0003", AnnotationStatus.DONE);
        service.setFlag("bob", "S0004", true);

        ReportWork w = service.load("S0003", "alice");
        assertEquals(AnnotationStatus.DONE, w.status());
        assertTrue(w.flagged());
        assertEquals(List.of("S0003"), ids(QueueFilter.all().withFlaggedOnly(true)));
        assertEquals(List.of("S0003"), ids(QueueFilter.all().withFlaggedOnly(true)
                .withStatuses(Set.of(AnnotationStatus.DONE))));
        assertEquals(List.of(), ids(QueueFilter.all().withFlaggedOnly(true)
                .withStatuses(Set.of(AnnotationStatus.TODO))));
        QueueItem item = service.queue(QueueFilter.all(), "alice").items().get(2);
        assertEquals("S0003", item.reportId());
        assertTrue(item.flagged());
        assertEquals(AnnotationStatus.DONE, item.status());

        service.setFlag("alice", "S0003", false);
        assertEquals(List.of(), ids(QueueFilter.all().withFlaggedOnly(true)));
        assertEquals(AnnotationStatus.DONE, service.load("S0003", "alice").status());
        assertEquals(List.of("flag not flagged>flagged", "status TODO>DONE", "flag flagged>not flagged"),
                service.audit().forReport("S0003").stream().map(a -> a.action() + " " + a.before() + ">" + a.after())
                        .toList());
    }

    @Test
    void goldIsSuggestedUntilTheAnnotatorSetsItOrMarksTheReportDone() {
        ReportWork before = service.load("S0001", "alice");
        assertTrue(before.suggested("Edema"));
        service.setState("alice", "S0001", "Edema", MentionState.UNCERTAIN);
        ReportWork set = service.load("S0001", "alice");
        assertFalse(set.suggested("Edema"));
        assertTrue(set.suggested("Cardiomegaly"));
        // another annotator has not reviewed it: for bob it is still only pre-filled
        assertTrue(service.load("S0001", "bob").suggested("Edema"));
        service.setStatus("alice", "S0001", AnnotationStatus.DONE);
        ReportWork done = service.load("S0001", "alice");
        assertTrue(done.schema().findings().stream().noneMatch(f -> done.suggested(f.name())));
    }

    @Test
    void freezingOnlyReviewedReportsLeavesOutPreFilledGold() {
        assertEquals(new GoldCoverage(300, 0), service.goldCoverage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> service.freeze("alice", "reviewed", "", true));
        assertTrue(none.getMessage().startsWith("no report of the working gold has been reviewed"), none.getMessage());
        assertTrue(service.goldSets().stream().noneMatch(g -> g.name().equals("reviewed")));

        service.setStatus("alice", "S0002", AnnotationStatus.DONE);
        service.setStatus("bob", "S0002", AnnotationStatus.DONE);
        service.setStatus("bob", "S0005", AnnotationStatus.DONE);
        service.setStatus("bob", "S0006", AnnotationStatus.SKIPPED);
        assertEquals(new GoldCoverage(300, 2), service.goldCoverage());
        assertEquals(298, service.goldCoverage().notReviewed());

        var reviewed = service.freeze("alice", "reviewed", "", true);
        assertEquals(2, reviewed.reportCount());
        var all = service.freeze("alice", "everything", "", false);
        assertEquals(300, all.reportCount());
        try (var ws = org.radcurate.persistence.Workspace.openReadOnly(session.file())) {
            assertEquals(Set.of("S0002", "S0005"), ws.goldSets().labels(reviewed.id()).keySet());
        }
    }
}
