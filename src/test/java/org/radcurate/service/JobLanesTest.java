package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.labeling.RuleLabeler;
import org.radcurate.persistence.Workspace;

/** Lanes of one workspace: own connections, chunked commits into hidden sources, nothing half-shown. */
class JobLanesTest {
    @TempDir
    Path dir;

    private WorkspaceSession workspaceWith(int reports) throws Exception {
        StringBuilder csv = new StringBuilder("id,findings,impression\n");
        for (int i = 1; i <= reports; i++) {
            csv.append(i).append(i % 2 == 0 ? ",Small left pleural effusion.,Effusion.\n"
                    : ",No pleural effusion.,Normal chest.\n");
        }
        Path file = Files.writeString(dir.resolve("reports.csv"), csv);
        WorkspaceSession s = WorkspaceSession.open(dir.resolve("w.radcurate"));
        s.imports().importReports(file, null, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
        return s;
    }

    private static RuleLabeler labeler() throws java.io.IOException {
        return LabelService.labeler(BuiltInSchemas.NIH14, false, false, List.of());
    }

    @Test
    void eachLongLaneHasItsOwnConnectionAndTheInteractiveLaneIsTheSessionItself() throws Exception {
        try (WorkspaceSession s = workspaceWith(2)) {
            assertSame(s, s.lane(JobLane.INTERACTIVE));
            WorkspaceSession train = s.lane(JobLane.TRAIN);
            assertNotSame(s, train);
            assertSame(train, s.lane(JobLane.TRAIN));
            assertNotSame(train, s.lane(JobLane.LABEL));
            assertTrue(train.workspace().isLane());
            assertEquals(2, train.workspace().reports().count());
        }
    }

    @Test
    void aLaneWritesUnderTheSessionsLockAndClosesWithIt() throws Exception {
        Path file = dir.resolve("w.radcurate");
        WorkspaceSession s = workspaceWith(1);
        WorkspaceSession lane = s.lane(JobLane.LABEL);
        assertThrows(org.radcurate.persistence.WorkspaceInUseException.class, () -> Workspace.open(file));
        s.close();
        assertThrows(org.radcurate.persistence.WorkspaceException.class, () -> lane.workspace().reports().count());
        Workspace.open(file).close(); // the lock went with the session
    }

    @Test
    void whileALabellingJobCommitsChunksOtherConnectionsSeeNoneOfItsSourceUntilItFinishes() throws Exception {
        int reports = LabelService.BATCH * 2 + 10;
        try (WorkspaceSession s = workspaceWith(reports)) {
            AtomicInteger chunks = new AtomicInteger();
            List<String> seenMidway = new java.util.ArrayList<>();
            LabelService.Result r = LabelService.labelWorkspace(s.lane(JobLane.LABEL), labeler(), 1, p -> {
                chunks.incrementAndGet();
                // the interactive connection, between two committed chunks
                seenMidway.add(s.workspace().sources().list().size() + " sources, "
                        + s.workspace().info().reportsBySource().size() + " counted");
            }, () -> false);

            assertEquals(3, chunks.get()); // 2,000 + 2,000 + 10 reports
            assertEquals(List.of("0 sources, 0 counted", "0 sources, 0 counted", "0 sources, 0 counted"),
                    seenMidway);
            assertEquals((long) reports, s.workspace().info().reportsBySource().get(r.target()));
            assertEquals(List.of(), s.workspace().sources().leftovers());
        }
    }

    @Test
    void cancellingMidwayLeavesTheOldSourceAndDeletesTheHiddenRows() throws Exception {
        int reports = LabelService.BATCH * 3;
        try (WorkspaceSession s = workspaceWith(reports)) {
            LabelService.Result first = LabelService.labelWorkspace(s, labeler(), 1, ProgressListener.NONE,
                    () -> false);
            Source before = s.workspace().sources().find(first.target()).orElseThrow();
            AtomicInteger seen = new AtomicInteger();

            assertThrows(CancellationException.class, () -> LabelService.labelWorkspace(s.lane(JobLane.LABEL),
                    labeler(), 1, p -> seen.incrementAndGet(), () -> seen.get() >= 1));

            assertEquals(List.of(before), s.workspace().sources().list());
            assertEquals(List.of(), s.workspace().sources().leftovers());
            assertEquals(reports * 1L, s.workspace().info().reportsBySource().get(first.target()));
        }
    }

    @Test
    void relabellingReplacesTheSourceWholeAndDeletesTheOldRows() throws Exception {
        try (WorkspaceSession s = workspaceWith(4)) {
            LabelService.Result r = LabelService.labelWorkspace(s, labeler(), 1, ProgressListener.NONE, () -> false);
            long oldId = s.workspace().sources().find(r.target()).orElseThrow().id();
            LabelService.labelWorkspace(s.lane(JobLane.LABEL), labeler(), 1, ProgressListener.NONE, () -> false);

            Source now = s.workspace().sources().find(r.target()).orElseThrow();
            assertTrue(now.id() != oldId);
            assertEquals(1, s.workspace().sources().list().size());
            assertEquals(0, s.workspace().labels().count(oldId));
            assertEquals(MentionState.POSITIVE, s.workspace().labels().find(now.id(), "2", "Effusion").orElseThrow().state());
        }
    }

    @Test
    void aSourceLeftHiddenByAKilledJobIsDeletedWhenTheWorkspaceNextOpens() throws Exception {
        Path file = dir.resolve("w.radcurate");
        try (WorkspaceSession s = workspaceWith(3)) {
            Workspace ws = s.workspace();
            Source pending = ws.transaction(() -> ws.sources().createPending(SourceKind.TEACHER, "nih14", ""));
            ws.transaction(() -> ws.labels().putAll(pending.id(), List.of(new org.radcurate.domain.Label("1",
                    "Effusion", MentionState.NEGATIVE, null, List.of()))));
            assertEquals(List.of(pending.id()), ws.sources().leftovers());
            assertEquals(List.of(), ws.sources().list());
            assertEquals(Map.of(), ws.labels().forReportAllSources("1"));
        }
        try (Workspace ws = Workspace.open(file)) {
            assertEquals(List.of(), ws.sources().leftovers());
            assertEquals(0, ws.labels().count(1) + ws.labels().count(2));
        }
    }
}
