package org.radcurate.ingest;

import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radcurate.testing.ImportErrors.assertNames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.Report;
import org.radcurate.domain.Section;
import org.radcurate.domain.Split;
import org.radcurate.service.ImportResult;
import org.radcurate.testing.SeededImportTest;
import org.radcurate.testing.TestFiles;

class TextFolderImportTest extends SeededImportTest {

    private Path folder() {
        Path f = dir.resolve("notes");
        TestFiles.text(f.resolve("a.txt"), "FINDINGS: Clear lungs.\r\nIMPRESSION: Normal.\r\n");
        TestFiles.text(f.resolve("b.txt"), "No acute disease.");
        TestFiles.text(f.resolve("readme.md"), "not a report");
        return f;
    }

    @Test
    void importsOneReportPerTxtFileWithSectionsAndUnixNewlines() throws Exception {
        Path f = folder();
        ImportResult result = importReports(f, ReportLayout.TEXT_FOLDER,
                ReportReadOptions.defaults().withDataset(null));
        assertEquals(new ImportResult("notes", 2, 0, 0), result);
        assertEquals(new Report("a", "FINDINGS: Clear lungs.\nIMPRESSION: Normal.\n",
                List.of(new Section("FINDINGS", 10, 22), new Section("IMPRESSION", 35, 42)), Split.NONE, "notes"),
                ws.reports().find("a").orElseThrow());
        assertEquals(new Report("b", "No acute disease.", List.of(), Split.NONE, "notes"),
                ws.reports().find("b").orElseThrow());
    }

    @Test
    void detectsTextFolderLayout() {
        assertEquals(ReportLayout.TEXT_FOLDER, org.radcurate.ingest.Layouts.detectReports(folder()));
    }

    @Test
    void importRejectsFolderWithoutTxtFiles() throws Exception {
        Path f = dir.resolve("empty-folder");
        TestFiles.text(f.resolve("readme.md"), "nothing here");
        ImportException e = assertRejected(() -> importReports(f, ReportLayout.TEXT_FOLDER));
        assertNames(e, f.toString(), 0, "");
        assertEquals(f + ": the folder holds no .txt files", e.getMessage());
    }

    @Test
    void importRejectsInvalidUtf8NamingFileAndLine() {
        Path f = folder();
        long at = TestFiles.withInvalidByte(f.resolve("c.txt"), "FINDINGS: Clear.\nIMPRESSION: caf", "\n");
        ImportException e = assertRejected(() -> importReports(f, ReportLayout.TEXT_FOLDER));
        assertNames(e, "c.txt", 2, "");
        assertEquals("c.txt, line 2: invalid UTF-8 byte sequence at byte " + at + "; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void importRejectsReimportAfterFileTextChanged() throws Exception {
        Path f = folder();
        importReports(f, ReportLayout.TEXT_FOLDER);
        TestFiles.text(f.resolve("b.txt"), "Small left effusion.");
        ImportException e = assertRejected(() -> importReports(f, ReportLayout.TEXT_FOLDER));
        assertNames(e, "b.txt", 1, "");
        assertEquals("b.txt, line 1: report id b is already in the workspace with different text; "
                + "nothing was imported", e.getMessage());
    }

    @Test
    void importRejectsFileCutInsideMultiByteCharacter() {
        Path f = folder();
        TestFiles.cutInsideCharacter(f.resolve("c.txt"), "FINDINGS: Clear.\nIMPRESSION: caf");
        long at = "FINDINGS: Clear.\nIMPRESSION: caf".length() + 1;
        ImportException e = assertRejected(() -> importReports(f, ReportLayout.TEXT_FOLDER));
        assertNames(e, "c.txt", 2, "");
        assertEquals("c.txt, line 2: invalid UTF-8 byte sequence at byte " + at + "; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void importRejectsEmptyTxtFile() throws Exception {
        Path f = folder();
        Files.createFile(f.resolve("c.txt"));
        ImportException e = assertRejected(() -> importReports(f, ReportLayout.TEXT_FOLDER));
        assertNames(e, "c.txt", 0, "");
        assertEquals("c.txt: the file is empty", e.getMessage());
    }

    @Test
    void importRejectsMissingFolder() {
        Path f = dir.resolve("nowhere");
        ImportException e = assertRejected(() -> importReports(f, ReportLayout.TEXT_FOLDER));
        assertEquals(f + ": no such file or folder", e.getMessage());
    }
}
