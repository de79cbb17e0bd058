package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.CompareFixture;

/** diagnose, gold-size, ledger and feedback over the compare fixture: formats, figures, and clear errors. */
class DiagnosticsCliTest {
    @TempDir
    static Path dir;
    static Path ws;
    final CliHarness cli = new CliHarness();

    @BeforeAll
    static void create() throws Exception {
        ws = dir.resolve("w.radcurate");
        CompareFixture.create(ws);
    }

    @Test
    void diagnoseWritesCsvWithTheStudentsCounts() throws Exception {
        Path out = dir.resolve("diag.csv");
        assertEquals(0, cli.run("diagnose", "-w", ws, "--gold-set", CompareFixture.GOLD_SET, "--resamples", "50",
                "--format", "csv", "-o", out), cli.err.toString());
        String csv = Files.readString(out);
        assertTrue(csv.contains("accuracy,student-bert,working,Pleural Effusion,,,,,,300,53,2,3,"), csv);
        assertTrue(csv.contains("accuracy,student-bert,sample-gold@1,Pleural Effusion,,,,,,300,53,2,3,"), csv);
        assertTrue(csv.contains("pair,student-bert,weak-teacher,Lung Opacity,,,,"), csv);
    }

    @Test
    void goldSizeLedgerAndFeedback() {
        assertEquals(0, cli.run("gold-size", "-w", ws, "--a", CompareFixture.WEAK, "--b", CompareFixture.STUDENT,
                "--resamples", "100"), cli.err.toString());
        assertTrue(cli.out.toString().startsWith("weak-teacher vs student-bert on 300 gold reports; target ±0.020"),
                cli.out.toString());
        assertEquals(0, cli.run("gold-size", "-w", ws, "--a", CompareFixture.WEAK, "--b", CompareFixture.STUDENT,
                "--resamples", "50", "--format", "json"));
        assertTrue(cli.out.toString().contains("\"goldReports\" : 300"), cli.out.toString());
        assertEquals(0, cli.run("ledger", "-w", ws, "--format", "csv"));
        assertTrue(cli.out.toString().startsWith("kind,annotator,item,events,seconds,idle_seconds,idle_gaps,reports,"
                + "corrections,corrections_per_100_reports"), cli.out.toString());
        assertEquals(1, cli.run("ledger", "-w", ws, "--idle", "0"));
        assertEquals(List.of("error: --idle must be a positive number of seconds, not 0"), cli.errorLines());
        assertEquals(1, cli.run("feedback", "-w", ws, "--annotator", "nobody"));
        assertTrue(cli.errorLines().get(0).startsWith("error: no annotator 'nobody'"), cli.err.toString());
        assertEquals(1, cli.run("gold-size", "-w", ws, "--a", "nope", "--b", CompareFixture.STUDENT));
        assertTrue(cli.errorLines().get(0).startsWith("error: no source 'nope'"), cli.err.toString());
    }
}
