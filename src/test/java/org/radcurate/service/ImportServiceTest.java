package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.SourceKind;
import org.radcurate.ingest.ImportException;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.persistence.Workspace;
import org.radcurate.testing.SeededWorkspace;
import org.radcurate.testing.TestFiles;
import org.radcurate.testing.WorkspaceState;

class ImportServiceTest {
    static final String[] REPORTS = {
        "id,split,findings,impression",
        "N1,train,Clear lungs.,Normal.",
        "N2,dev,\"Small effusion, left.\",Effusion.",
        "N3,test,Café-au-lait opacity.,Ünusual."};

    @TempDir
    Path dir;
    Workspace ws;
    ImportService imports;

    @BeforeEach
    void open() {
        ws = SeededWorkspace.open(dir);
        imports = new ImportService(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ImportResult importCsv(Path file, BooleanSupplier cancelled) throws Exception {
        return imports.importReports(file, ReportLayout.CSV, ReportReadOptions.defaults(), ProgressListener.NONE,
                cancelled);
    }

    @Test
    void byteOrderMarkImportsTheSameAsWithout() throws Exception {
        Path plain = TestFiles.lines(dir.resolve("plain/reports.csv"), REPORTS);
        Path bom = TestFiles.linesWithBom(dir.resolve("bom/reports.csv"), REPORTS);
        try (Workspace a = Workspace.open(dir.resolve("a.radcurate"));
                Workspace b = Workspace.open(dir.resolve("b.radcurate"))) {
            new ImportService(a).importReports(plain, null, ReportReadOptions.defaults(), ProgressListener.NONE,
                    () -> false);
            new ImportService(b).importReports(bom, null, ReportReadOptions.defaults(), ProgressListener.NONE,
                    () -> false);
            assertEquals(3, a.reports().count());
            assertEquals(a.reports().list(null), b.reports().list(null));
        }
    }

    @Test
    void importingSameReportFileTwiceChangesNothing() throws Exception {
        Path file = TestFiles.lines(dir.resolve("reports.csv"), REPORTS);
        assertEquals(new ImportResult("reports.csv", 3, 0, 0), importCsv(file, () -> false));
        WorkspaceState once = WorkspaceState.of(ws.file());
        ImportResult second = importCsv(file, () -> false);
        assertEquals(new ImportResult("reports.csv", 0, 3, 0), second);
        assertEquals("reports.csv: 0 reports added, 3 already present", second.describe());
        assertEquals(once, WorkspaceState.of(ws.file()));
    }

    @Test
    void importingSameLabelFileTwiceChangesNothing() throws Exception {
        Path file = TestFiles.lines(dir.resolve("labels.csv"), "id,Edema,Pneumonia", "R1,0,", "R2,1,-1");
        ImportResult first = imports.importLabels(file, null, "rules", SourceKind.TEACHER, BuiltInSchemas.CHEXPERT14,
                null, ProgressListener.NONE, () -> false);
        WorkspaceState once = WorkspaceState.of(ws.file());
        ImportResult second = imports.importLabels(file, null, "rules", SourceKind.TEACHER,
                BuiltInSchemas.CHEXPERT14, null, ProgressListener.NONE, () -> false);
        assertEquals(new ImportResult("labels.csv", 0, 0, 4), first);
        assertEquals(first, second);
        assertEquals("labels.csv: 4 labels written", second.describe());
        assertEquals(once, WorkspaceState.of(ws.file()));
    }

    @Test
    void clashInALaterBatchLeavesEarlierBatchesUnimported() throws Exception {
        Path file = generate(dir.resolve("big.csv"), 2500, 1701);
        WorkspaceState before = WorkspaceState.of(ws.file());
        ImportException e = assertThrows(ImportException.class, () -> importCsv(file, () -> false));
        assertEquals("big.csv, line 1702, field 'id': report id R1 is already in the workspace with different text; "
                + "nothing was imported", e.getMessage());
        assertEquals(before, WorkspaceState.of(ws.file()));
    }

    @Test
    void cancelBeforeFirstBatchLeavesWorkspaceUnchanged() throws Exception {
        Path file = TestFiles.lines(dir.resolve("reports.csv"), REPORTS);
        WorkspaceState before = WorkspaceState.of(ws.file());
        CancellationException e = assertThrows(CancellationException.class, () -> importCsv(file, () -> true));
        assertEquals("import cancelled; the workspace is unchanged", e.getMessage());
        assertEquals(before, WorkspaceState.of(ws.file()));
    }

    @Test
    void cancelAfterFirstBatchRollsBackWhatWasWritten() throws Exception {
        Path file = generate(dir.resolve("big.csv"), 2500, -1);
        AtomicInteger checks = new AtomicInteger();
        WorkspaceState before = WorkspaceState.of(ws.file());
        assertThrows(CancellationException.class, () -> importCsv(file, () -> checks.incrementAndGet() > 1));
        assertEquals(2, checks.get());
        assertEquals(before, WorkspaceState.of(ws.file()));
    }

    @Test
    void cancelledLabelImportLeavesWorkspaceUnchanged() throws Exception {
        Path file = TestFiles.lines(dir.resolve("labels.csv"), "id,Edema", "R1,1", "R2,0");
        WorkspaceState before = WorkspaceState.of(ws.file());
        assertThrows(CancellationException.class, () -> imports.importLabels(file, LabelLayout.LABEL_CSV, "new",
                SourceKind.TEACHER, BuiltInSchemas.CHEXPERT14, null, ProgressListener.NONE, () -> true));
        assertEquals(before, WorkspaceState.of(ws.file()));
    }

    @Test
    void importsTwentyThousandGeneratedRowsWithExactCountsAndProgress() throws Exception {
        Path file = generate(dir.resolve("big.csv"), 20_000, -1);
        List<Progress> events = new ArrayList<>();
        ImportResult result = imports.importReports(file, ReportLayout.CSV, ReportReadOptions.defaults(),
                events::add, () -> false);
        assertEquals(new ImportResult("big.csv", 20_000, 0, 0), result);
        assertEquals(20_003, ws.reports().count());
        assertEquals(20, events.size());
        long size = Files.size(file);
        assertEquals(new Progress(size, size, "20000 reports added, 0 already present", null),
                events.get(19));
        assertEquals("Findings number 12345.", ws.reports().find("G12345").orElseThrow().text());
    }

    /** Writes n reports G1..Gn; at row clashAt (1-based, or never when negative) the seeded id R1 with new text. */
    private static Path generate(Path file, int n, int clashAt) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,text\n");
            for (int i = 1; i <= n; i++) {
                w.write(i == clashAt ? "R1,Other text.\n" : "G" + i + ",Findings number " + i + ".\n");
            }
        }
        return file;
    }
}
