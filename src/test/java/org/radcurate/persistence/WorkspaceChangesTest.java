package org.radcurate.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.Report;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.domain.WorkspaceChange;

/** Screens follow the workspace through these announcements: once per commit, never for a rollback. */
class WorkspaceChangesTest {
    @TempDir
    Path dir;

    @Test
    void aCommitOnALaneIsAnnouncedOnceToTheOwnersListenersWithWhatItChanged() {
        try (Workspace ws = Workspace.open(dir.resolve("w.radcurate"))) {
            List<Set<WorkspaceChange>> heard = new ArrayList<>();
            ws.addChangeListener(heard::add);
            try (Workspace lane = ws.openLane()) {
                lane.transaction(() -> {
                    lane.reports().add(new Report("r1", "Small effusion.", List.of(), Split.TRAIN, "t"));
                    lane.sources().findOrCreate("rules", SourceKind.TEACHER, "chexpert14", "");
                    assertEquals(List.of(), heard, "nothing is announced before the commit");
                });
            }
            assertEquals(List.of(Set.of(WorkspaceChange.REPORTS, WorkspaceChange.SOURCES)), heard);
        }
    }

    @Test
    void aRolledBackTransactionIsNotAnnouncedAndAnEditOfAnExistingSourceIsNoNews() {
        try (Workspace ws = Workspace.open(dir.resolve("w.radcurate"))) {
            ws.transaction(() -> ws.sources().findOrCreate("gold", SourceKind.GOLD, "chexpert14", ""));
            List<Set<WorkspaceChange>> heard = new ArrayList<>();
            ws.addChangeListener(heard::add);
            assertThrows(IllegalStateException.class, () -> ws.transaction(() -> {
                ws.sources().findOrCreate("rules", SourceKind.TEACHER, "chexpert14", "");
                throw new IllegalStateException("bad row");
            }));
            ws.transaction(() -> ws.sources().findOrCreate("gold", SourceKind.GOLD, "chexpert14", ""));
            assertEquals(List.of(), heard);
            ws.goldSets().freeze("g", "", ws.sources().find("gold").orElseThrow().id(), "chexpert14");
            assertEquals(List.of(Set.of(WorkspaceChange.GOLD_SETS)), heard);
        }
    }
}
