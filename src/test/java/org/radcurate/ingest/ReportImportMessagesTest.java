package org.radcurate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radcurate.testing.ImportErrors.assertNames;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.ReportLayout;
import org.radcurate.service.ImportResult;
import org.radcurate.testing.SeededImportTest;
import org.radcurate.testing.TestFiles;

/** Report imports say what they do, in words naming file, line and field (issue 10). */
class ReportImportMessagesTest extends SeededImportTest {

    private static final String UTF16 = "reports.csv, line 1: the file is UTF-16 text; UTF-16 is not supported: "
            + "save it as UTF-8";

    @Test
    void duplicateHeaderNameIsRefused() {
        Path csv = TestFiles.lines(dir.resolve("reports.csv"), "id,text,split,Text", "N1,First.,train,Second.");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "reports.csv", 1, "Text");
        assertEquals("reports.csv, line 1, field 'Text': the header names this column twice (columns 2 and 4); "
                + "rename or remove one", e.getMessage());
    }

    @Test
    void nulByteInTextOrIdIsRefusedNamingLineAndByte() {
        Path csv = TestFiles.bytes(dir.resolve("reports.csv"),
                "id,text\nN1,No\0 effusion.\n".getBytes(StandardCharsets.UTF_8));
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertEquals("reports.csv, line 2: a NUL byte (byte 14) is not text; remove it, or save the file as UTF-8 "
                + "text if it is in another encoding", e.getMessage());

        Path jsonl = TestFiles.bytes(dir.resolve("reports.jsonl"),
                "{\"id\": \"N1\", \"text\": \"ok\"}\n{\"id\": \"N\0\", \"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, assertRejected(() -> importReports(jsonl, ReportLayout.JSONL)).line());
    }

    @Test
    void headerOnlyReportFileIsAnError() {
        Path csv = TestFiles.lines(dir.resolve("reports.csv"), "id,text");
        assertEquals("reports.csv, line 1: the file has a header but no reports; nothing was imported",
                assertRejected(() -> importReports(csv, ReportLayout.CSV)).getMessage());
    }

    @Test
    void fileOfNulBytesIsNotText() {
        Path csv = TestFiles.bytes(dir.resolve("reports.csv"), new byte[4096]);
        assertEquals("reports.csv, line 1: the file holds only NUL bytes, not text",
                assertRejected(() -> importReports(csv, null)).getMessage());
    }

    @Test
    void utf16IsNamedWithOrWithoutByteOrderMark() {
        byte[] le = "id,text\nN1,Clear.\n".getBytes(StandardCharsets.UTF_16LE);
        Path withBom = TestFiles.bytes(dir.resolve("reports.csv"), TestFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le));
        assertEquals(UTF16, assertRejected(() -> importReports(withBom, null)).getMessage());
        Path bare = TestFiles.bytes(dir.resolve("reports.csv"), le);
        assertEquals(UTF16, assertRejected(() -> importReports(bare, ReportLayout.CSV)).getMessage());
        Path be = TestFiles.bytes(dir.resolve("reports.csv"), "id,text\nN1,Clear.\n".getBytes(StandardCharsets.UTF_16));
        assertEquals(UTF16, assertRejected(() -> importReports(be, ReportLayout.CSV)).getMessage());
    }

    @Test
    void jsonIdsAreKeptAsWrittenOrRefused() throws Exception {
        Path bad = TestFiles.lines(dir.resolve("r.jsonl"), "{\"id\": 1e2, \"text\": \"Clear.\"}");
        ImportException e = assertRejected(() -> importReports(bad, ReportLayout.JSONL));
        assertNames(e, "r.jsonl", 1, "id");
        assertEquals("r.jsonl, line 1, field 'id': a report id must be a JSON string or a whole number, not 100.0; "
                + "write it in quotes as it should read, e.g. \"id\": \"R12\"", e.getMessage());

        Path good = TestFiles.lines(dir.resolve("ok.jsonl"), "{\"id\": 12, \"text\": \"Clear.\"}",
                "{\"id\": \"1e2\", \"text\": \"Clear too.\"}");
        assertEquals(2, importReports(good, ReportLayout.JSONL).added());
        assertEquals(List.of("12", "1e2"), List.of(ws.reports().find("12").orElseThrow().id(),
                ws.reports().find("1e2").orElseThrow().id()));
    }

    @Test
    void textFilesInSubfoldersAreCountedNotSkippedSilently() throws Exception {
        Path folder = dir.resolve("notes");
        TestFiles.text(folder.resolve("N1.txt"), "FINDINGS: Clear.");
        TestFiles.text(folder.resolve("old/N2.txt"), "FINDINGS: Effusion.");
        TestFiles.text(folder.resolve("old/deeper/N3.txt"), "FINDINGS: Edema.");
        ImportResult result = importReports(folder, ReportLayout.TEXT_FOLDER);
        assertEquals("notes: 1 reports added, 0 already present; 2 .txt files in subfolders not imported (import "
                + "each subfolder, or use --layout mimic for the MIMIC-CXR layout)", result.describe());
    }

    @Test
    void symbolicLinkOutOfTheFolderIsRefused() throws Exception {
        Path outside = TestFiles.text(dir.resolve("private/secret.txt"), "not a report");
        Path folder = dir.resolve("notes");
        TestFiles.text(folder.resolve("N1.txt"), "FINDINGS: Clear.");
        Files.createSymbolicLink(folder.resolve("N2.txt"), outside);
        ImportException e = assertRejected(() -> importReports(folder, ReportLayout.TEXT_FOLDER));
        assertEquals("N2.txt: it is a symbolic link to " + outside.toRealPath() + ", outside the folder being "
                + "imported; copy the file into the folder instead. Nothing was imported", e.getMessage());
    }
}
