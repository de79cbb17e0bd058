package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.RunStatus;
import org.radcurate.persistence.Workspace;

/** Runs a crash left RUNNING come back INTERRUPTED (and resumable); a missing model is said plainly. */
class RunRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void runLeftRunningIsMarkedInterruptedWhenTheWorkspaceOpensForWriting() throws Exception {
        Path file = dir.resolve("ws.radcurate");
        try (Workspace ws = Workspace.open(file)) {
            ws.transaction(() -> {
                long id = ws.runs().create("crashed", TrainingService.KIND, "{}", "cpu").id();
                ws.runs().setStatus(id, RunStatus.RUNNING);
                long done = ws.runs().create("done", TrainingService.KIND, "{}", "cpu").id();
                ws.runs().setStatus(done, RunStatus.FINISHED);
            });
        }
        try (WorkspaceSession reader = WorkspaceSession.openReadOnly(file)) {
            assertEquals(RunStatus.RUNNING, TrainingService.runs(reader).get(0).status());
        }
        try (WorkspaceSession session = WorkspaceSession.open(file)) {
            assertEquals(RunStatus.INTERRUPTED, TrainingService.runs(session).get(0).status());
            assertEquals(RunStatus.FINISHED, TrainingService.runs(session).get(1).status());

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TrainingService.predict(session, "crashed", p -> { }, () -> false));
            assertEquals("run 'crashed' has no model in " + dir.toRealPath().resolve("ws.radcurate.runs/crashed")
                    + " (status interrupted); a workspace keeps its models in the ws.radcurate.runs folder beside it: "
                    + "move or copy that folder with it, or train the run again", e.getMessage());
        }
    }
}
