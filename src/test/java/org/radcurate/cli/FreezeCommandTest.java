package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.service.AnnotationFixtures;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.WorkspaceSession;

/** {@code freeze}: says what it freezes, and with --reviewed-only leaves out the gold nobody reviewed. */
class FreezeCommandTest {
    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness();

    @Test
    void freezesReviewedReportsOnlyOrAllAndSaysWhichAreWhich() throws Exception {
        Path ws = AnnotationFixtures.sampleCopy(dir, "f.radcurate");
        try (WorkspaceSession s = WorkspaceSession.open(ws)) {
            AnnotationService a = new AnnotationService(s);
            a.setStatus("alice", "S0001", AnnotationStatus.DONE);
            a.setStatus("bob", "S0007", AnnotationStatus.DONE);
            a.setStatus("bob", "S0008", AnnotationStatus.SKIPPED);
        }
        assertEquals(0, cli.run("freeze", "-w", ws, "--name", "reviewed", "--reviewed-only", "--as", "carol"));
        assertEquals(List.of("Froze gold set reviewed@1: 2 reports (2 reviewed, 298 not yet reviewed, left out)."),
                cli.outLines());
        assertEquals(0, cli.run("freeze", "-w", ws, "--name", "reviewed", "--note", "everything"));
        assertEquals(List.of("Froze gold set reviewed@2: 300 reports (2 reviewed, 298 not yet reviewed, included)."),
                cli.outLines());
        try (WorkspaceSession s = WorkspaceSession.openReadOnly(ws)) {
            assertEquals("carol", s.annotation().audit().latest(2).get(1).who());
        }
    }

    @Test
    void aMissingWorkspaceIsAnErrorAndIsNotCreated() {
        Path missing = dir.resolve("none.radcurate");
        assertEquals(1, cli.run("freeze", "-w", missing, "--name", "g"));
        assertEquals(List.of("error: no workspace at " + missing), cli.errorLines());
        assertEquals(false, java.nio.file.Files.exists(missing));
    }
}
