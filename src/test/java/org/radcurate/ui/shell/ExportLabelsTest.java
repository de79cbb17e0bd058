package org.radcurate.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.cli.RadCurateCli;
import org.radcurate.service.Settings;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** File > Export Labels… writes exactly the rows {@code export --source} writes for the same source. */
class ExportLabelsTest {
    @TempDir
    Path dir;

    private final ImmediateJobs jobs = new ImmediateJobs();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel vm;
    private Path sample;

    @BeforeEach
    void setUp() {
        sample = dir.resolve("sample.radcurate");
        vm = new MainViewModel(new Settings(dir.resolve("settings.properties")), jobs, dialogs, sample);
        vm.start();
    }

    @AfterEach
    void tearDown() {
        vm.close();
    }

    private List<String> fromTheWindow(String source, String file) throws Exception {
        Path out = dir.resolve("window-" + file);
        dialogs.picks.add(source);
        dialogs.files.add(out);
        vm.exportLabels();
        assertEquals(List.of(), dialogs.errors);
        return Files.readAllLines(out);
    }

    private List<String> fromTheCli(String source, String file) throws Exception {
        Path out = dir.resolve("cli-" + file);
        StringWriter err = new StringWriter();
        int rc = RadCurateCli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("export", "-w", sample.toString(), "--source", source, "-o", out.toString());
        assertEquals(0, rc, err.toString());
        return Files.readAllLines(out);
    }

    @Test
    void csvRowsAreTheCommandLinesRows() throws Exception {
        List<String> window = fromTheWindow("gold", "gold.csv");

        assertEquals(fromTheCli("gold", "gold.csv"), window);
        assertEquals(301, window.size(), "a header and the 300 gold reports");
        assertTrue(window.get(0).startsWith("id,"), window.get(0));
        assertEquals("Exported 300 labelled reports of gold to " + dir.resolve("window-gold.csv"),
                vm.statusProperty().get());
    }

    @Test
    void jsonlRowsAreTheCommandLinesRows() throws Exception {
        List<String> window = fromTheWindow("gold-nih14", "nih.jsonl");

        assertEquals(fromTheCli("gold-nih14", "nih.jsonl"), window);
        assertEquals(300, window.size(), "one line per labelled report");
    }
}
