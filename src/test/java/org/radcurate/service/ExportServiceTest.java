package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Schema;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.persistence.Workspace;
import org.radcurate.testing.SeededWorkspace;
import org.radcurate.testing.TestFiles;

class ExportServiceTest {
    @TempDir
    Path dir;
    Workspace ws;
    ExportService exports;

    @BeforeEach
    void open() throws Exception {
        ws = SeededWorkspace.open(dir);
        exports = new ExportService(ws);
        Path openi = TestFiles.lines(dir.resolve("openi.csv"),
                "uid,MeSH,Problems,image,indication,comparison,findings,impression",
                "1,normal,normal,x,Cough.,None.,\"The heart is normal, \"\"clear\"\" lungs.\",No acute disease.",
                "2,normal,normal,x,,,,Stable.");
        new ImportService(ws).importReports(openi, ReportLayout.OPENI, ReportReadOptions.defaults(),
                ProgressListener.NONE, () -> false);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Workspace fresh(String name) {
        return Workspace.open(dir.resolve(name));
    }

    private static void importLabels(Workspace target, Path file, LabelLayout layout, String source, Schema schema)
            throws Exception {
        new ImportService(target).importLabels(file, layout, source, SourceKind.TEACHER, schema, null,
                ProgressListener.NONE, () -> false);
    }

    @Test
    void reportsCsvExportImportsIntoNewWorkspaceAsIdenticalReports() throws Exception {
        Path out = dir.resolve("out/reports.csv");
        assertEquals(5, exports.exportReports(out, ExportService.Format.CSV));
        try (Workspace copy = fresh("copy.radcurate")) {
            new ImportService(copy).importReports(out, ReportLayout.CSV, ReportReadOptions.defaults(),
                    ProgressListener.NONE, () -> false);
            assertEquals(ws.reports().list(null), copy.reports().list(null));
        }
    }

    @Test
    void reportsJsonlExportImportsIntoNewWorkspaceAsIdenticalReports() throws Exception {
        Path out = dir.resolve("out/reports.jsonl");
        assertEquals(5, exports.exportReports(out, ExportService.Format.JSONL));
        try (Workspace copy = fresh("copy.radcurate")) {
            new ImportService(copy).importReports(out, ReportLayout.JSONL, ReportReadOptions.defaults(),
                    ProgressListener.NONE, () -> false);
            assertEquals(ws.reports().list(null), copy.reports().list(null));
        }
    }

    @Test
    void labelsCsvExportWritesOneColumnPerFindingWithCheXpertCodes() throws Exception {
        Path out = dir.resolve("seed.csv");
        assertEquals(3, exports.exportLabels(SeededWorkspace.SEED_SOURCE, out, ExportService.Format.CSV));
        assertEquals(List.of(
                "id," + String.join(",", BuiltInSchemas.CHEXPERT14.csvColumns()),
                "R1,,,0,,,,,,,,0,,,",
                "R2,,,,,,,,,,,1,,,",
                "R3,,,,,,,,-1,,,,,,"), Files.readAllLines(out));
    }

    @Test
    void labelsCsvRoundTripGivesIdenticalLabels() throws Exception {
        Path in = TestFiles.lines(dir.resolve("full.csv"),
                "id," + String.join(",", BuiltInSchemas.CHEXPERT14.csvColumns()),
                "R1,1,0,0,,0,0,,,,0,0,,,",
                "R2,,,1,,,,,,-1,,1,,,1",
                "1,,,,1,1,,1,-1,,,,,,");
        importLabels(ws, in, LabelLayout.LABEL_CSV, "full", BuiltInSchemas.CHEXPERT14);
        Path out = dir.resolve("out/full.csv");
        exports.exportLabels("full", out, ExportService.Format.CSV);
        try (Workspace copy = copyOfReports()) {
            importLabels(copy, out, LabelLayout.LABEL_CSV, "full", BuiltInSchemas.CHEXPERT14);
            assertEquals(ws.labels().bySource(sourceId(ws, "full")), copy.labels().bySource(sourceId(copy, "full")));
            assertEquals(42, copy.labels().count(sourceId(copy, "full")));
        }
    }

    @Test
    void labelsJsonlRoundTripKeepsStatesProbabilitiesAndConcepts() throws Exception {
        Path in = TestFiles.lines(dir.resolve("llm.jsonl"),
                "{\"id\": \"R1\", \"labels\": {\"Edema\": \"NEGATIVE\", \"No Finding\": {\"state\": \"POSITIVE\", "
                        + "\"probability\": 0.9125}}}",
                "{\"id\": \"R2\", \"probabilities\": {\"Pleural Effusion\": 0.71, \"Cardiomegaly\": 0.05}, "
                        + "\"icd10\": [{\"code\": \"J90\", \"phrase\": \"left effusion\"}]}",
                "{\"id\": \"1\", \"icd10\": [\"R91.8\", {\"code\": \"I517\", \"phrase\": \"heart \\\"big\\\"\"}]}");
        importLabels(ws, in, LabelLayout.LABEL_JSONL, "llm", BuiltInSchemas.CHEXPERT14);
        Path out = dir.resolve("out/llm.jsonl");
        assertEquals(3, exports.exportLabels("llm", out, ExportService.Format.JSONL));
        try (Workspace copy = copyOfReports()) {
            importLabels(copy, out, LabelLayout.LABEL_JSONL, "llm", BuiltInSchemas.CHEXPERT14);
            assertEquals(ws.labels().bySource(sourceId(ws, "llm")), copy.labels().bySource(sourceId(copy, "llm")));
            assertEquals(ws.labels().conceptsBySource(sourceId(ws, "llm")),
                    copy.labels().conceptsBySource(sourceId(copy, "llm")));
            assertEquals(2, copy.labels().conceptsBySource(sourceId(copy, "llm")).size());
            assertEquals(0.9125, copy.labels().find(sourceId(copy, "llm"), "R1", "No Finding").orElseThrow()
                    .probability());
        }
    }

    @Test
    void exportOfUnknownSourceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> exports.exportLabels("nope", dir.resolve("x.csv"), ExportService.Format.CSV));
        assertEquals("no source named 'nope' in seeded.radcurate", e.getMessage());
        assertEquals(false, Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void exportLeavesNoPartialFilesBehind() throws Exception {
        Path outDir = dir.resolve("out");
        exports.exportReports(outDir.resolve("r.csv"), ExportService.Format.CSV);
        try (Stream<Path> files = Files.list(outDir)) {
            assertEquals(List.of("r.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void formatFollowsFileNameWhenNotGiven() {
        assertEquals(ExportService.Format.JSONL, ExportService.Format.parse(null, Path.of("a.JSONL")));
        assertEquals(ExportService.Format.CSV, ExportService.Format.parse("", Path.of("a.txt")));
        assertEquals(ExportService.Format.JSONL, ExportService.Format.parse("jsonl", Path.of("a.csv")));
    }

    private Workspace copyOfReports() throws Exception {
        Path reports = dir.resolve("out/all-reports.jsonl");
        exports.exportReports(reports, ExportService.Format.JSONL);
        Workspace copy = fresh("copy.radcurate");
        new ImportService(copy).importReports(reports, ReportLayout.JSONL, ReportReadOptions.defaults(),
                ProgressListener.NONE, () -> false);
        return copy;
    }

    private static long sourceId(Workspace w, String name) {
        return w.sources().find(name).orElseThrow().id();
    }
}
