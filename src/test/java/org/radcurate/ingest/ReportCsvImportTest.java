package org.radcurate.ingest;

import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radcurate.testing.ImportErrors.assertNames;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.Report;
import org.radcurate.domain.Section;
import org.radcurate.domain.Split;
import org.radcurate.service.ImportResult;
import org.radcurate.testing.SeededImportTest;
import org.radcurate.testing.TestFiles;

class ReportCsvImportTest extends SeededImportTest {

    @Test
    void importsIdAndTextColumns() throws Exception {
        Path csv = TestFiles.lines(dir.resolve("batch.csv"),
                "id,text",
                "C1,\"FINDINGS: Clear lungs.\nIMPRESSION: Normal.\"",
                "C2,No effusion.");
        ImportResult result = importReports(csv, ReportLayout.CSV);
        assertEquals(new ImportResult("batch.csv", 2, 0, 0), result);
        assertEquals(new Report("C1", "FINDINGS: Clear lungs.\nIMPRESSION: Normal.",
                List.of(new Section("FINDINGS", 10, 22), new Section("IMPRESSION", 35, 42)), Split.NONE, "batch"),
                ws.reports().find("C1").orElseThrow());
        assertEquals(new Report("C2", "No effusion.", List.of(), Split.NONE, "batch"),
                ws.reports().find("C2").orElseThrow());
        assertEquals(5, ws.reports().count());
    }

    @Test
    void importsIdAndSectionColumnsWithSplit() throws Exception {
        Path csv = TestFiles.lines(dir.resolve("sections.csv"),
                "id,split,indication,comparison,findings,impression",
                "C1,train,Cough.,,Clear lungs.,Normal.");
        importReports(csv, ReportLayout.CSV);
        assertEquals(new Report("C1", "INDICATION: Cough.\nFINDINGS: Clear lungs.\nIMPRESSION: Normal.",
                List.of(new Section("INDICATION", 12, 18), new Section("FINDINGS", 29, 41),
                        new Section("IMPRESSION", 54, 61)), Split.TRAIN, "sections"),
                ws.reports().find("C1").orElseThrow());
    }

    @Test
    void importsNamedIdTextAndSplitColumnsWithDefaultSplitAndDataset() throws Exception {
        Path csv = TestFiles.lines(dir.resolve("custom.csv"),
                "study,body,fold",
                "K1,No effusion.,",
                "K2,Effusion.,val");
        importReports(csv, ReportLayout.CSV,
                new ReportReadOptions("study", "body", null, "fold", Split.TEST, "cohort-a"));
        assertEquals(List.of(new Report("K1", "No effusion.", List.of(), Split.TEST, "cohort-a"),
                new Report("K2", "Effusion.", List.of(), Split.DEV, "cohort-a")),
                ws.reports().list(null).subList(3, 5));
    }

    @Test
    void importRejectsMissingTextColumn() {
        Path csv = TestFiles.lines(dir.resolve("bad.csv"), "id,notes", "C1,hello");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "bad.csv", 1, "text");
        assertEquals("bad.csv, line 1, field 'text': missing column: need a text column (--text-column) or section "
                + "columns such as findings and impression; the header has [id, notes]", e.getMessage());
    }

    @Test
    void importRejectsMissingIdColumn() {
        Path csv = TestFiles.lines(dir.resolve("bad.csv"), "study,text", "C1,hello");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "bad.csv", 1, "id");
        assertEquals("bad.csv, line 1, field 'id': missing column; the header has [study, text]", e.getMessage());
    }

    @Test
    void importRejectsInvalidUtf8NamingLine() {
        Path csv = dir.resolve("latin1.csv");
        long at = TestFiles.withInvalidByte(csv, "id,text\nC1,Clear.\nC2,caf", " normal.\n");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "latin1.csv", 3, "");
        assertEquals("latin1.csv, line 3: invalid UTF-8 byte sequence at byte " + at + "; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void importRejectsDuplicateIdWithOtherText() {
        Path csv = TestFiles.lines(dir.resolve("clash.csv"), "id,text", "C1,New report.", "R1,Different text.");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "clash.csv", 3, "id");
        assertEquals("clash.csv, line 3, field 'id': report id R1 is already in the workspace with different text; "
                + "nothing was imported", e.getMessage());
    }

    @Test
    void importRejectsDuplicateIdWithOtherTextWithinOneFile() {
        Path csv = TestFiles.lines(dir.resolve("twice.csv"), "id,text", "D1,First.", "D2,Other.", "D1,Second.");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "twice.csv", 4, "id");
    }

    @Test
    void importRejectsTruncatedLine() {
        Path csv = TestFiles.text(dir.resolve("cut.csv"), "id,split,text\nC1,train,Clear.\nC2,tr");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "cut.csv", 3, "text");
        assertEquals("cut.csv, line 3, field 'text': truncated row: expected 3 fields, found 2", e.getMessage());
    }

    @Test
    void importRejectsQuoteLeftOpenByTruncation() {
        Path csv = TestFiles.text(dir.resolve("cut.csv"), "id,text\nC1,Clear.\nC2,\"The heart is");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "cut.csv", 3, "");
    }

    @Test
    void importRejectsEmptyFile() {
        Path csv = TestFiles.text(dir.resolve("empty.csv"), "");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "empty.csv", 0, "");
        assertEquals("empty.csv: the file is empty", e.getMessage());
    }

    @Test
    void importRejectsUnknownSplit() {
        Path csv = TestFiles.lines(dir.resolve("split.csv"), "id,split,text", "C1,train,a", "C2,training,b");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "split.csv", 3, "split");
        assertEquals("split.csv, line 3, field 'split': unknown split 'training'; use train, dev, test or none",
                e.getMessage());
    }

    @Test
    void importRejectsReportWithoutText() {
        Path csv = TestFiles.lines(dir.resolve("blank.csv"), "id,text", "C1,a", "C2,\"  \"");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "blank.csv", 3, "text");
        assertEquals("blank.csv, line 3, field 'text': report C2 has no text", e.getMessage());
    }

    @Test
    void importRejectsEmptyId() {
        Path csv = TestFiles.lines(dir.resolve("noid.csv"), "id,text", "C1,a", " ,b");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "noid.csv", 3, "id");
    }

    @Test
    void lineNumbersCountLinesInsideQuotedFields() {
        Path csv = TestFiles.lines(dir.resolve("multi.csv"), "id,split,text",
                "C1,train,\"FINDINGS: a\nIMPRESSION: b\"", "C2,bogus,c");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.CSV));
        assertNames(e, "multi.csv", 4, "split");
    }
}
