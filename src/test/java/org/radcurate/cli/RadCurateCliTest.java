package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.testing.TestFiles;

class RadCurateCliTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RadCurateCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    /** Error lines only: progress lines on stderr depend on timing. */
    private List<String> errorLines() {
        return err.toString().lines().filter(l -> l.startsWith("error: ")).toList();
    }

    private Path reports() {
        return TestFiles.lines(dir.resolve("reports.csv"), "id,split,text",
                "A1,train,FINDINGS: Clear.", "A2,dev,IMPRESSION: Effusion.", "A3,train,No change.");
    }

    private Path workspace() {
        return dir.resolve("ws.radcurate");
    }

    @Test
    void versionIsTheBuiltOne() {
        assertEquals(0, run("--version"));
        assertEquals(List.of("RadCurate " + System.getProperty("radcurate.expected.version")), outLines());
    }

    @Test
    void anErrorIsPrintedOnceAndLoggedToTheFileNotTheTerminal() throws Exception {
        Path missing = dir.resolve("missing-" + System.nanoTime() + ".csv");
        assertEquals(1, run("label", "--schema", "nih14", "--in", missing.toString(), "--out", dir.resolve("o.csv")
                .toString()));
        assertEquals(List.of("error: " + missing + ": no such file or folder"), err.toString().lines().toList());
        String log = Files.readString(org.radcurate.service.AppPaths.logFile());
        assertEquals(1, log.lines().filter(l -> l.contains("radcurate label failed: ImportException: " + missing
                + ": no such file or folder")).count());
    }

    @Test
    void schemaListsChoosesAndAddsSchemas() throws Exception {
        assertEquals(0, run("schema", "-w", workspace().toString()));
        assertEquals(List.of("* chexpert14", "  nih14"), outLines());

        out.getBuffer().setLength(0);
        Path custom = java.nio.file.Files.writeString(dir.resolve("lines.json"),
                "{\"name\": \"lines\", \"findings\": [{\"name\": \"Central Line\", \"icd10\": [\"Z97.8\"]}]}");
        assertEquals(0, run("schema", "-w", workspace().toString(), "--add", custom.toString(), "--use", "lines"));
        assertEquals(List.of("schema lines added", "the workspace's schema is now lines", "  chexpert14", "  nih14",
                "* lines"), outLines());

        out.getBuffer().setLength(0);
        assertEquals(1, run("schema", "-w", workspace().toString(), "--use", "mimic"));
        assertEquals(List.of("error: unknown schema 'mimic'; this workspace knows [chexpert14, nih14, lines]"),
                errorLines());
    }

    @Test
    void importPrintsOneResultLinePerFile() {
        int code = run("import", "-w", workspace().toString(), reports().toString());
        assertEquals(0, code, err.toString());
        assertEquals(List.of("reports.csv: 3 reports added, 0 already present"), outLines());
    }

    @Test
    void importOfLabelsPrintsLabelsWritten() {
        run("import", "-w", workspace().toString(), reports().toString());
        Path labels = TestFiles.lines(dir.resolve("labels.csv"), "id,Edema,Pneumonia", "A1,0,", "A2,1,-1");
        out.getBuffer().setLength(0);
        int code = run("import", "-w", workspace().toString(), "--source", "rules", labels.toString());
        assertEquals(0, code, err.toString());
        assertEquals(List.of("labels.csv: 4 labels written"), outLines());
    }

    @Test
    void infoPrintsCountsPerDatasetSplitAndSource() {
        run("import", "-w", workspace().toString(), reports().toString());
        run("import", "-w", workspace().toString(), "--source", "rules",
                TestFiles.lines(dir.resolve("labels.csv"), "id,Edema", "A1,0").toString());
        out.getBuffer().setLength(0);
        int code = run("info", "-w", workspace().toString());
        assertEquals(0, code, err.toString());
        assertEquals(List.of(
                "workspace  " + workspace().toAbsolutePath(),
                "version    " + org.radcurate.persistence.Workspace.SCHEMA_VERSION,
                "schema     chexpert14",
                "reports    3",
                "",
                "by dataset",
                String.format("  %-28s %8d", "reports", 3),
                "",
                "by split",
                String.format("  %-28s %8d", "dev", 1),
                String.format("  %-28s %8d", "train", 2),
                "",
                "sources (reports labelled)",
                String.format("  %-28s %-9s %-10s %8d", "rules", "TEACHER", "chexpert14", 1),
                "",
                "gold sets",
                "  none"), outLines());
    }

    @Test
    void exportWritesReportsAndPrintsCount() throws Exception {
        run("import", "-w", workspace().toString(), reports().toString());
        out.getBuffer().setLength(0);
        Path csv = dir.resolve("export/reports.csv");
        int code = run("export", "-w", workspace().toString(), "-o", csv.toString());
        assertEquals(0, code, err.toString());
        assertEquals(List.of(csv + ": 3 reports"), outLines());
        assertEquals(List.of("id,split,dataset,text", "A1,train,reports,FINDINGS: Clear.",
                "A2,dev,reports,IMPRESSION: Effusion.", "A3,train,reports,No change."), Files.readAllLines(csv));
    }

    @Test
    void exportOfSourceLabelsWritesCheXpertCsv() throws Exception {
        run("import", "-w", workspace().toString(), reports().toString());
        run("import", "-w", workspace().toString(), "--source", "rules",
                TestFiles.lines(dir.resolve("labels.csv"), "id,Edema", "A2,1").toString());
        out.getBuffer().setLength(0);
        Path csv = dir.resolve("rules.csv");
        int code = run("export", "-w", workspace().toString(), "--source", "rules", "-o", csv.toString());
        assertEquals(0, code, err.toString());
        assertEquals(List.of(csv + ": 1 reports' labels"), outLines());
        assertEquals(List.of("id," + String.join(",", BuiltInSchemas.CHEXPERT14.csvColumns()),
                "A2,,,,,,1,,,,,,,,"), Files.readAllLines(csv));
    }

    @Test
    void badInputExitsWithOneAndNamesFileLineAndField() {
        Path bad = TestFiles.text(dir.resolve("bad.csv"), "id,split,text\nB1,train,ok\nB2,train");
        int code = run("import", "-w", workspace().toString(), bad.toString());
        assertEquals(1, code);
        assertEquals(List.of("error: bad.csv, line 3, field 'text': truncated row: expected 3 fields, found 2"),
                errorLines());
        assertEquals(List.of(), outLines());
    }

    @Test
    void missingWorkspaceForInfoExitsWithOne() {
        int code = run("info", "-w", dir.resolve("none.radcurate").toString());
        assertEquals(1, code);
        assertEquals(List.of("error: No workspace at " + dir.resolve("none.radcurate").toAbsolutePath()),
                errorLines());
    }

    @Test
    void unknownLayoutExitsWithOne() {
        int code = run("import", "-w", workspace().toString(), "--layout", "xml", reports().toString());
        assertEquals(1, code);
        assertEquals(List.of("error: unknown report layout 'xml'; use csv, jsonl, txt, openi or mimic"),
                errorLines());
    }
}
