package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.testing.TestFiles;
import org.radcurate.testing.WorkspaceState;

/** The label-import refusals as the command line shows them, the workspace untouched (issue 10). */
class StrictLabelImportCliTest {
    @TempDir
    Path dir;
    final CliHarness cli = new CliHarness();
    Path ws;

    @BeforeEach
    void workspace() {
        ws = dir.resolve("ws.radcurate");
        Path reports = TestFiles.lines(dir.resolve("reports.csv"), "id,text", "A1,No effusion.", "A2,Effusion.");
        assertEquals(0, cli.run("import", "-w", ws, reports), cli.err.toString());
        Path gold = TestFiles.lines(dir.resolve("gold.csv"), "id,Effusion", "A1,0", "A2,1");
        assertEquals(0, cli.run("import", "-w", ws, "--source", "gold", "--kind", "gold", "--schema", "nih14", gold),
                cli.err.toString());
    }

    private void assertRefused(String error, Object... args) {
        WorkspaceState before = WorkspaceState.of(ws);
        byte[] bytes = TestFiles.read(ws);
        assertEquals(1, cli.run(args));
        assertEquals(List.of("error: " + error), cli.errorLines());
        assertEquals(before, WorkspaceState.of(ws));
        assertArrayEquals(bytes, TestFiles.read(ws));
    }

    @Test
    void goldOverGoldNeedsReplaceGold() {
        Path again = TestFiles.lines(dir.resolve("gold2.csv"), "id,Effusion", "A1,1", "A2,1");
        assertRefused("source 'gold' already holds gold labels for 2 reports; importing over them needs "
                + "--replace-gold (every changed label is then written to the audit log)",
                "import", "-w", ws, "--source", "gold", "--kind", "gold", "--schema", "nih14", again);
        assertEquals(0, cli.run("import", "-w", ws, "--source", "gold", "--kind", "gold", "--schema", "nih14",
                "--replace-gold", again), cli.err.toString());
        assertEquals(List.of("gold2.csv: 2 labels written"), cli.outLines());
    }

    @Test
    void emptySourceNameAndMisspeltColumnAreRefused() {
        Path labels = TestFiles.lines(dir.resolve("l.csv"), "id,Efusion", "A1,1");
        assertRefused("the source name is empty; name the label source (for example --source rules)",
                "import", "-w", ws, "--source", "", labels);
        assertRefused("l.csv, line 1, field 'Efusion': 'Efusion' is not a finding of schema nih14; the closest is "
                + "'Effusion'. Rename or remove the column",
                "import", "-w", ws, "--source", "rules", "--schema", "nih14", labels);
    }
}
