package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.AnnotationFixtures;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.WorkspaceSession;

/** What the in-use message offers on the command line: eval --read-only scores while another process writes. */
class ReadOnlyEvalCliTest {
    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness();

    @Test
    void evalReadOnlyScoresAWorkspaceThatIsOpenForWritingAndStoresNothing() throws Exception {
        Path ws = AnnotationFixtures.sampleCopy(dir, "ro.radcurate");
        String readOnly;
        try (WorkspaceSession writer = WorkspaceSession.open(ws)) {
            assertEquals(1, cli.run("eval", "-w", ws, "--gold-set", "sample-gold", "--source", "gold",
                    "--format", "csv", "--resamples", "20"));
            assertEquals(List.of("error: Workspace " + ws.toAbsolutePath() + " is open in another RadCurate window or "
                    + "process. Run eval again with --read-only to score it without storing the evaluation, or close "
                    + "it there first to store it."), cli.errorLines());

            assertEquals(0, cli.run("eval", "-w", ws, "--gold-set", "sample-gold", "--source", "gold",
                    "--format", "csv", "--resamples", "20", "--read-only"));
            readOnly = cli.out.toString();
            assertEquals(List.of(), EvaluationService.history(writer));
        }
        // the same figures as a stored evaluation gives, once the workspace is free
        assertEquals(0, cli.run("eval", "-w", ws, "--gold-set", "sample-gold", "--source", "gold",
                "--format", "csv", "--resamples", "20"));
        assertEquals(readOnly, cli.out.toString());
        assertTrue(readOnly.lines().count() > 14, readOnly);
        try (WorkspaceSession s = WorkspaceSession.openReadOnly(ws)) {
            assertEquals(1, EvaluationService.history(s).size());
        }
    }
}
