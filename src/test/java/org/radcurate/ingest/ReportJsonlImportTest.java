package org.radcurate.ingest;

import org.radcurate.domain.ReportLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

class ReportJsonlImportTest extends SeededImportTest {

    @Test
    void importsTextSectionsAndNestedSections() throws Exception {
        Path jsonl = TestFiles.lines(dir.resolve("batch.jsonl"),
                "{\"id\": \"J1\", \"text\": \"IMPRESSION: Normal.\", \"split\": \"dev\", \"dataset\": \"cohort\"}",
                "",
                "{\"id\": 2, \"findings\": \"Clear.\", \"impression\": \"Normal.\"}",
                "{\"id\": \"J3\", \"sections\": {\"indication\": \"Cough.\", \"impression\": \"Normal.\"}}");
        ImportResult result = importReports(jsonl, ReportLayout.JSONL);
        assertEquals(new ImportResult("batch.jsonl", 3, 0, 0), result);
        assertEquals(new Report("J1", "IMPRESSION: Normal.", List.of(new Section("IMPRESSION", 12, 19)), Split.DEV,
                "cohort"), ws.reports().find("J1").orElseThrow());
        assertEquals(new Report("2", "FINDINGS: Clear.\nIMPRESSION: Normal.",
                List.of(new Section("FINDINGS", 10, 16), new Section("IMPRESSION", 29, 36)), Split.NONE, "batch"),
                ws.reports().find("2").orElseThrow());
        assertEquals("INDICATION: Cough.\nIMPRESSION: Normal.", ws.reports().find("J3").orElseThrow().text());
    }

    @Test
    void importRejectsLineWithoutTextOrSections() {
        Path jsonl = TestFiles.lines(dir.resolve("bad.jsonl"),
                "{\"id\": \"J1\", \"text\": \"ok\"}", "{\"id\": \"J2\", \"body\": \"wrong field\"}");
        ImportException e = assertRejected(() -> importReports(jsonl, ReportLayout.JSONL));
        assertNames(e, "bad.jsonl", 2, "text");
        assertEquals("bad.jsonl, line 2, field 'text': missing text: give \"text\" or section fields such as "
                + "\"findings\" and \"impression\"", e.getMessage());
    }

    @Test
    void importRejectsLineWithoutId() {
        Path jsonl = TestFiles.lines(dir.resolve("bad.jsonl"),
                "{\"id\": \"J1\", \"text\": \"ok\"}", "{\"uid\": \"J2\", \"text\": \"ok\"}");
        ImportException e = assertRejected(() -> importReports(jsonl, ReportLayout.JSONL));
        assertNames(e, "bad.jsonl", 2, "id");
        assertEquals("bad.jsonl, line 2, field 'id': missing or empty report id", e.getMessage());
    }

    @Test
    void importRejectsInvalidUtf8NamingLine() {
        Path jsonl = dir.resolve("latin1.jsonl");
        long at = TestFiles.withInvalidByte(jsonl, "{\"id\": \"J1\", \"text\": \"ok\"}\n{\"id\": \"J2\", \"text\": \"caf",
                "\"}\n");
        ImportException e = assertRejected(() -> importReports(jsonl, ReportLayout.JSONL));
        assertNames(e, "latin1.jsonl", 2, "");
        assertEquals("latin1.jsonl, line 2: invalid UTF-8 byte sequence at byte " + at + "; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void importRejectsDuplicateIdWithOtherText() {
        Path jsonl = TestFiles.lines(dir.resolve("clash.jsonl"),
                "{\"id\": \"J1\", \"text\": \"ok\"}", "{\"id\": \"R2\", \"text\": \"Not the seeded text.\"}");
        ImportException e = assertRejected(() -> importReports(jsonl, ReportLayout.JSONL));
        assertNames(e, "clash.jsonl", 2, "id");
        assertEquals("clash.jsonl, line 2, field 'id': report id R2 is already in the workspace with different "
                + "text; nothing was imported", e.getMessage());
    }

    @Test
    void importRejectsTruncatedLine() {
        Path jsonl = TestFiles.text(dir.resolve("cut.jsonl"),
                "{\"id\": \"J1\", \"text\": \"ok\"}\n{\"id\": \"J2\", \"text\": \"The heart is");
        ImportException e = assertRejected(() -> importReports(jsonl, ReportLayout.JSONL));
        assertNames(e, "cut.jsonl", 2, "");
        assertTrue(e.getMessage().startsWith("cut.jsonl, line 2: invalid JSON (truncated line?): "), e.getMessage());
    }

    @Test
    void importRejectsLineThatIsNotAnObject() {
        Path jsonl = TestFiles.lines(dir.resolve("array.jsonl"), "{\"id\": \"J1\", \"text\": \"ok\"}", "[1, 2]");
        ImportException e = assertRejected(() -> importReports(jsonl, ReportLayout.JSONL));
        assertEquals("array.jsonl, line 2: expected one JSON object per line", e.getMessage());
    }

    @Test
    void importRejectsEmptyFile() {
        Path jsonl = TestFiles.text(dir.resolve("empty.jsonl"), "");
        ImportException e = assertRejected(() -> importReports(jsonl, ReportLayout.JSONL));
        assertNames(e, "empty.jsonl", 0, "");
        assertEquals("empty.jsonl: the file is empty", e.getMessage());
    }
}
