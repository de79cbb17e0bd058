package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.testing.TestFiles;

/** Help without format warnings; numbers out of range refused (issue 10). */
class SmallCliChecksTest {
    @TempDir
    Path dir;
    final CliHarness cli = new CliHarness();

    @Test
    void helpOfEveryCommandPrintsNoPicocliWarning() {
        // picocli's own warnings go to System.err, not to the command line's error writer
        java.io.ByteArrayOutputStream systemErr = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(systemErr, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : List.of("import", "export", "info", "schema", "label", "eval", "train", "predict",
                    "bench")) {
                assertEquals(0, cli.run("help", command), command);
                assertEquals("", cli.err.toString(), command);
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", systemErr.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, cli.run("help", "eval"));
        assertTrue(cli.out.toString().contains("bootstrap 95% intervals"), cli.out.toString());
    }

    @Test
    void negativeThreadsAreRefused() {
        Path in = TestFiles.lines(dir.resolve("r.csv"), "id,text", "A1,No effusion.");
        Path out = dir.resolve("labels.csv");
        assertEquals(1, cli.run("label", "--in", in, "--out", out, "--threads", "-1"));
        assertEquals(List.of("error: --threads must be 0 (every core) or more, not -1"), cli.errorLines());
        assertFalse(out.toFile().exists());
    }

    @Test
    void negativeResamplesAndUnknownFormatAreSaidPlainly() {
        Path gold = TestFiles.lines(dir.resolve("g.csv"), "id,Edema", "A1,1");
        assertEquals(1, cli.run("eval", "--gold", gold, "--pred", gold, "--schema", "nih14", "--resamples", "-5"));
        assertEquals(List.of("error: --resamples must be 0 (none) or more, not -5"), cli.errorLines());
        Path in = TestFiles.lines(dir.resolve("r.csv"), "id,text", "A1,No effusion.");
        assertEquals(1, cli.run("label", "--in", in, "--out", dir.resolve("x.out"), "--format", "xml"));
        assertEquals(List.of("error: unknown format 'xml'; use csv or jsonl"), cli.errorLines());
    }
}
