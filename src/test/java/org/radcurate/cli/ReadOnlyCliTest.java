package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.AnnotationFixtures;
import org.radcurate.service.CompareFixture;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine;

/**
 * Every command that takes a workspace, while another process (here a writer session) holds it: the
 * commands that only read work, by themselves or with --read-only, and print what they print when the
 * workspace is free; the commands that write are refused with a message that says so, and the
 * message offers --read-only exactly where the command has it.
 */
class ReadOnlyCliTest {
    @TempDir
    static Path dir;
    static Path ws;
    final CliHarness cli = new CliHarness();

    /** The commands that only read (or read with --read-only), by their qualified name. */
    static final Set<String> READS = Set.of("info", "export", "diagnose", "gold-size", "ledger", "feedback", "eval",
            "schema", "llm template", "llm dataset", "llm score", "llm consent", "llm label");
    /** The commands that take a workspace and only write to it (or write in every mode that takes one). */
    static final Set<String> WRITES = Set.of("import", "label", "freeze", "train", "predict", "llm train",
            "llm predict");

    @BeforeAll
    static void create() throws Exception {
        ws = dir.resolve("w.radcurate").toAbsolutePath();
        CompareFixture.create(ws);
        try (WorkspaceSession s = WorkspaceSession.open(ws)) {
            // S0003 is a Pleural Effusion in gold: this annotator said not, so feedback has one difference
            AnnotationFixtures.source(s, "annotator:dr.ada", SourceKind.ANNOTATOR, List.of(
                    new Label("S0003", CompareFixture.FINDING, MentionState.NEGATIVE, null, List.of())));
        }
    }

    /** A read command: its arguments, and the output files it writes (compared, not printed). */
    private record Read(List<Object> args, List<Path> files) {}

    private static List<Read> reads(String tag) {
        Path out = dir.resolve(tag);
        List<Read> r = new ArrayList<>();
        r.add(new Read(List.of("info", "-w", ws), List.of()));
        r.add(new Read(List.of("export", "-w", ws, "-o", out.resolve("reports.csv")), List.of(out.resolve("reports.csv"))));
        r.add(new Read(List.of("export", "-w", ws, "--source", CompareFixture.STUDENT, "-o", out.resolve("student.csv")),
                List.of(out.resolve("student.csv"))));
        r.add(new Read(List.of("diagnose", "-w", ws, "--gold-set", CompareFixture.GOLD_SET, "--resamples", "20",
                "--format", "csv"), List.of()));
        r.add(new Read(List.of("gold-size", "-w", ws, "--a", CompareFixture.WEAK, "--b", CompareFixture.STUDENT,
                "--resamples", "20"), List.of()));
        r.add(new Read(List.of("ledger", "-w", ws, "--format", "csv"), List.of()));
        r.add(new Read(List.of("feedback", "-w", ws, "--annotator", "dr.ada", "--format", "csv"), List.of()));
        r.add(new Read(List.of("eval", "-w", ws, "--gold-set", CompareFixture.GOLD_SET, "--source", CompareFixture.STUDENT,
                "--resamples", "20", "--format", "csv", "--read-only"), List.of()));
        r.add(new Read(List.of("schema", "-w", ws, "--read-only"), List.of()));
        r.add(new Read(List.of("llm", "template", "-w", ws, "--task", "mc"), List.of()));
        r.add(new Read(List.of("llm", "dataset", "-w", ws, "--source", "gold", "--open", "2", "--mc", "2", "-o",
                out.resolve("data"), "--name", "d"), List.of(out.resolve("data/d.alpaca.json"))));
        r.add(new Read(List.of("llm", "score", "-w", ws, "--gold", "gold", "--source", CompareFixture.STUDENT,
                "--resamples", "0"), List.of()));
        r.add(new Read(List.of("llm", "consent", "-w", ws, "--list", "--read-only"), List.of()));
        r.add(new Read(List.of("llm", "label", "-w", ws, "--endpoint", "http://localhost:9/v1", "--model", "m",
                "--estimate"), List.of()));
        r.add(new Read(List.of("llm", "label", "-w", ws, "--endpoint", "http://localhost:9/v1", "--model", "m",
                "--dry-run"), List.of()));
        return r;
    }

    /** What one run printed and wrote, with the run's folder in paths made neutral. */
    private List<String> outcome(Read read, int rc, String tag) throws Exception {
        List<String> o = new ArrayList<>();
        o.add("rc " + rc);
        o.add(cli.out.toString().replace(dir.resolve(tag).toString(), "OUT"));
        o.add(String.join("\n", cli.errorLines()));
        for (Path f : read.files()) {
            o.add(Files.readString(f));
        }
        return o;
    }

    @Test
    void everyReadCommandWorksWhileAWriterHoldsTheWorkspaceAndPrintsWhatItPrintsWhenItIsFree() throws Exception {
        Map<String, List<String>> held = new LinkedHashMap<>();
        try (WorkspaceSession writer = WorkspaceSession.open(ws)) {
            for (Read r : reads("held")) {
                int rc = cli.run(r.args().toArray());
                held.put(r.args().toString(), outcome(r, rc, "held"));
                assertEquals(0, rc, r.args() + ": " + cli.err);
            }
            // a few whole outputs, to the letter
            assertEquals(0, cli.run("schema", "-w", ws, "--read-only"));
            assertEquals(List.of("* chexpert14", "  nih14"), cli.outLines());
            assertEquals(0, cli.run("llm", "consent", "-w", ws, "--list", "--read-only"));
            assertEquals(List.of("no endpoint allowed; report text goes only to endpoints on this machine"),
                    cli.outLines());
            assertEquals(0, cli.run("feedback", "-w", ws, "--annotator", "dr.ada", "--format", "csv"));
            assertEquals(List.of("annotator,finding,report,mine,gold",
                    "dr.ada,Pleural Effusion,S0003,NEGATIVE,POSITIVE"), cli.outLines());
            assertEquals(0, cli.run("info", "-w", ws));
            assertTrue(cli.outLines().contains("  student-bert                 STUDENT   chexpert14      300"),
                    cli.out.toString());
            assertTrue(cli.outLines().contains("  annotator:dr.ada             ANNOTATOR chexpert14        1"),
                    cli.out.toString());
            assertEquals(0, cli.run("llm", "label", "-w", ws, "--endpoint", "http://localhost:9/v1", "--model", "m",
                    "--estimate"));
            assertEquals(1, cli.outLines().size(), cli.out.toString());
            assertTrue(cli.outLines().get(0).startsWith("estimate: 300 reports x tasks: 0 cached, 300 to ask; about "),
                    cli.out.toString());
        }
        for (Read r : reads("free")) {
            int rc = cli.run(r.args().toArray());
            assertEquals(held.get(r.args().toString().replace("/free", "/held")), outcome(r, rc, "free"),
                    r.args().toString());
        }
    }

    private String writes(String command) {
        return "error: Workspace " + ws + " is open in another RadCurate window or process, and radcurate " + command
                + " writes to it: close it there first, then run the command again.";
    }

    @Test
    void writeCommandsSayTheyNeedTheWorkspaceClosedAndReadCommandsOfferReadOnly() throws Exception {
        Path reports = Files.writeString(dir.resolve("more.csv"), "id,text\nX1,No effusion.\n");
        Map<List<Object>, String> expected = new LinkedHashMap<>();
        expected.put(List.of("import", "-w", ws, reports), writes("import"));
        expected.put(List.of("import", "-w", ws, "--source", "t2", reports), writes("import"));
        expected.put(List.of("label", "-w", ws), writes("label"));
        expected.put(List.of("freeze", "-w", ws, "--name", "g2"), writes("freeze"));
        expected.put(List.of("train", "-w", ws, "--teacher", "gold"), writes("train"));
        expected.put(List.of("predict", "-w", ws, "--run", "r"), writes("predict"));
        expected.put(List.of("llm", "label", "-w", ws, "--endpoint", "http://localhost:9/v1", "--model", "m"),
                writes("llm label"));
        expected.put(List.of("llm", "train", "-w", ws, "--name", "r", "--dataset", reports, "--base-model", dir),
                writes("llm train"));
        expected.put(List.of("llm", "predict", "-w", ws, "--run", "r", "--answers", reports), writes("llm predict"));
        String held = "error: Workspace " + ws + " is open in another RadCurate window or process. ";
        String eval = held + "Run eval again with --read-only to score it without storing the evaluation, or close "
                + "it there first to store it.";
        expected.put(List.of("eval", "-w", ws, "--gold-set", CompareFixture.GOLD_SET, "--source", "gold"), eval);
        String schema = held + "Run schema again with --read-only to list its schemas; --add and --use write, so "
                + "close it there first for them.";
        expected.put(List.of("schema", "-w", ws), schema);
        expected.put(List.of("schema", "-w", ws, "--use", "nih14"), schema);
        String consent = held + "Run llm consent --list again with --read-only to list the allowed endpoints; --grant "
                + "and --withdraw write, so close it there first for them.";
        expected.put(List.of("llm", "consent", "-w", ws, "--list"), consent);
        expected.put(List.of("llm", "consent", "-w", ws, "--grant", "https://llm.example.org/v1"), consent);
        String before;
        try (WorkspaceSession s = WorkspaceSession.openReadOnly(ws)) {
            before = s.summary().render();
        }
        try (WorkspaceSession writer = WorkspaceSession.open(ws)) {
            for (Map.Entry<List<Object>, String> e : expected.entrySet()) {
                assertEquals(1, cli.run(e.getKey().toArray()), e.getKey().toString());
                assertEquals(List.of(e.getValue()), cli.errorLines(), e.getKey().toString());
                assertEquals("", cli.out.toString(), e.getKey().toString());
            }
        }
        try (WorkspaceSession s = WorkspaceSession.openReadOnly(ws)) {
            assertEquals(before, s.summary().render());
        }
    }

    @Test
    void readOnlyRefusesTheModesThatWrite() {
        assertEquals(1, cli.run("schema", "-w", ws, "--read-only", "--use", "nih14"));
        assertEquals(List.of("error: --read-only only lists the schemas; --add and --use change the workspace"),
                cli.errorLines());
        assertEquals(1, cli.run("llm", "consent", "-w", ws, "--read-only", "--grant", "https://llm.example.org/v1"));
        assertEquals(List.of("error: --read-only only goes with --list; --grant and --withdraw change the workspace"),
                cli.errorLines());
    }

    @Test
    void everyCommandThatTakesAWorkspaceIsClassedAndTheReadOnlyFlagAndItsMessageGoTogether() {
        Set<String> withWorkspace = new TreeSet<>();
        Set<String> withFlag = new TreeSet<>();
        Set<String> withHint = new TreeSet<>();
        walk(RadCurateCli.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter())), withWorkspace, withFlag, withHint);
        Set<String> classed = new TreeSet<>(READS);
        classed.addAll(WRITES);
        assertEquals(classed, withWorkspace);
        assertEquals(Set.of("eval", "schema", "llm consent"), withFlag);
        assertEquals(withFlag, withHint);
    }

    private static void walk(CommandLine c, Set<String> withWorkspace, Set<String> withFlag, Set<String> withHint) {
        String name = c.getCommandSpec().qualifiedName().replaceFirst("^radcurate ?", "");
        if (c.getCommandSpec().findOption("--workspace") != null) {
            withWorkspace.add(name);
        }
        if (c.getCommandSpec().findOption("--read-only") != null) {
            withFlag.add(name);
        }
        if (c.getCommand() instanceof ReadsWhileInUse) {
            withHint.add(name);
        }
        c.getSubcommands().values().forEach(s -> walk(s, withWorkspace, withFlag, withHint));
    }
}
