package org.radcurate.ingest;

import org.radcurate.domain.ReportLayout;
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

class OpenICsvImportTest extends SeededImportTest {
    static final String MIRROR_HEADER = "uid,MeSH,Problems,image,indication,comparison,findings,impression";
    static final String ALT_HEADER = "uid,indication,comparison,findings,impression,MeSH,Problems";

    static final Report UID1 = new Report("1",
            "INDICATION: Positive TB test\nCOMPARISON: None.\nFINDINGS: The heart is normal in size.\n"
                    + "IMPRESSION: Normal chest x-XXXX.",
            List.of(new Section("INDICATION", 12, 28), new Section("COMPARISON", 41, 46),
                    new Section("FINDINGS", 57, 85), new Section("IMPRESSION", 98, 118)),
            Split.NONE, "open-i");

    private Path mirrorLayout() {
        return TestFiles.lines(dir.resolve("indiana_reports.csv"),
                MIRROR_HEADER,
                "1,normal,normal,Xray Chest PA and Lateral,Positive TB test,None.,The heart is normal in size.,"
                        + "Normal chest x-XXXX.",
                "2,Cardiomegaly/borderline,Cardiomegaly,Chest 2 views,,,,\"Borderline cardiomegaly.\"",
                "3,normal,normal,Chest,,,,");
    }

    @Test
    void importsMirrorLayoutKeepingReportsWithoutText() throws Exception {
        ImportResult result = importReports(mirrorLayout(), ReportLayout.OPENI);
        assertEquals(new ImportResult("indiana_reports.csv", 3, 0, 0), result);
        assertEquals(UID1, ws.reports().find("1").orElseThrow());
        assertEquals(new Report("2", "IMPRESSION: Borderline cardiomegaly.",
                List.of(new Section("IMPRESSION", 12, 36)), Split.NONE, "open-i"), ws.reports().find("2").orElseThrow());
        assertEquals(new Report("3", "", List.of(), Split.NONE, "open-i"), ws.reports().find("3").orElseThrow());
    }

    @Test
    void importsLayoutWithMeshAndProblemsLast() throws Exception {
        Path csv = TestFiles.lines(dir.resolve("openi.csv"), ALT_HEADER,
                "1,Positive TB test,None.,The heart is normal in size.,Normal chest x-XXXX.,normal,normal");
        importReports(csv, ReportLayout.OPENI);
        assertEquals(UID1, ws.reports().find("1").orElseThrow());
    }

    @Test
    void detectsOpenIForBothHeaderOrders() {
        assertEquals(ReportLayout.OPENI, org.radcurate.ingest.Layouts.detectReports(mirrorLayout()));
        assertEquals(ReportLayout.OPENI, org.radcurate.ingest.Layouts.detectReports(TestFiles.lines(dir.resolve("alt.csv"), ALT_HEADER)));
    }

    @Test
    void importRejectsMissingUidColumn() {
        Path csv = TestFiles.lines(dir.resolve("openi.csv"), "id,MeSH,Problems,image,indication,comparison,findings,"
                + "impression", "1,normal,normal,x,a,b,c,d");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.OPENI));
        assertNames(e, "openi.csv", 1, "uid");
    }

    @Test
    void importRejectsInvalidUtf8NamingLine() {
        Path csv = dir.resolve("openi.csv");
        long at = TestFiles.withInvalidByte(csv, MIRROR_HEADER + "\n1,normal,normal,x,a,b,c,d\n2,normal,normal,x,caf",
                ",b,c,d\n");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.OPENI));
        assertNames(e, "openi.csv", 3, "");
        assertEquals("openi.csv, line 3: invalid UTF-8 byte sequence at byte " + at + "; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void importRejectsDuplicateUidWithOtherText() throws Exception {
        importReports(mirrorLayout(), ReportLayout.OPENI);
        Path csv = TestFiles.lines(dir.resolve("openi-v2.csv"), MIRROR_HEADER,
                "4,normal,normal,x,,,Clear.,Normal.",
                "1,normal,normal,x,Positive TB test,None.,The heart is enlarged.,Cardiomegaly.");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.OPENI));
        assertNames(e, "openi-v2.csv", 3, "uid");
        assertEquals("openi-v2.csv, line 3, field 'uid': report id 1 is already in the workspace with different "
                + "text; nothing was imported", e.getMessage());
    }

    @Test
    void importRejectsTruncatedLine() {
        Path csv = TestFiles.text(dir.resolve("openi.csv"), MIRROR_HEADER + "\n1,normal,normal,x,a,b,c,d\n"
                + "2,normal,normal,x,a,b");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.OPENI));
        assertNames(e, "openi.csv", 3, "findings");
        assertEquals("openi.csv, line 3, field 'findings': truncated row: expected 8 fields, found 6", e.getMessage());
    }

    @Test
    void importRejectsEmptyFile() {
        Path csv = TestFiles.text(dir.resolve("openi.csv"), "");
        ImportException e = assertRejected(() -> importReports(csv, ReportLayout.OPENI));
        assertNames(e, "openi.csv", 0, "");
    }
}
