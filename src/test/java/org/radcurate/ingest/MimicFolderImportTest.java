package org.radcurate.ingest;

import org.radcurate.domain.ReportLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radcurate.testing.ImportErrors.assertNames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.Report;
import org.radcurate.domain.Split;
import org.radcurate.service.ImportResult;
import org.radcurate.testing.SeededImportTest;
import org.radcurate.testing.TestFiles;

class MimicFolderImportTest extends SeededImportTest {
    static final String S1 = String.join("\n",
            "                                 FINAL REPORT",
            " EXAMINATION:  CHEST (PA AND LAT)",
            " ",
            " INDICATION:  ___F with new onset ascites  // eval for infection",
            " ",
            " TECHNIQUE:  Chest PA and lateral",
            " ",
            " COMPARISON:  None.",
            " ",
            " FINDINGS: ",
            " ",
            " There is no focal consolidation, pleural effusion or pneumothorax.",
            " ",
            " IMPRESSION: ",
            " ",
            " No acute cardiopulmonary process.",
            "");
    static final String S2 = "                                 FINAL REPORT\n"
            + " INDICATION:  Shortness of breath.\n\n IMPRESSION:  Small left pleural effusion.\n";
    static final Path S1_PATH = Path.of("files", "p10", "p10000032", "s50414267.txt");
    static final Path S2_PATH = Path.of("files", "p11", "p11000011", "s51234567.txt");

    private Path mimic() {
        Path root = dir.resolve("mimic-cxr-reports");
        TestFiles.text(root.resolve(S1_PATH), S1);
        TestFiles.text(root.resolve(S2_PATH), S2);
        return root;
    }

    @Test
    void importsNestedStudiesWithSectionsAndDataset() throws Exception {
        ImportResult result = importReports(mimic(), ReportLayout.MIMIC);
        assertEquals(new ImportResult("mimic-cxr-reports", 2, 0, 0), result);
        Report s1 = ws.reports().find("s50414267").orElseThrow();
        assertEquals(S1, s1.text());
        assertEquals("mimic-cxr", s1.dataset());
        assertEquals(Split.NONE, s1.split());
        assertEquals(List.of("EXAMINATION", "INDICATION", "TECHNIQUE", "COMPARISON", "FINDINGS", "IMPRESSION"),
                s1.sections().stream().map(s -> s.name()).toList());
        assertEquals(Optional.of("CHEST (PA AND LAT)"), s1.section("EXAMINATION"));
        assertEquals(Optional.of("___F with new onset ascites  // eval for infection"), s1.section("INDICATION"));
        assertEquals(Optional.of("There is no focal consolidation, pleural effusion or pneumothorax."),
                s1.section("FINDINGS"));
        assertEquals(Optional.of("No acute cardiopulmonary process."), s1.section("IMPRESSION"));
        assertEquals(Optional.of("Small left pleural effusion."),
                ws.reports().find("s51234567").orElseThrow().section("IMPRESSION"));
    }

    @Test
    void detectsMimicLayout() {
        assertEquals(ReportLayout.MIMIC, org.radcurate.ingest.Layouts.detectReports(mimic()));
    }

    @Test
    void importRejectsFolderWithoutStudyFiles() {
        Path root = dir.resolve("not-mimic");
        TestFiles.text(root.resolve("notes.txt"), "IMPRESSION: Normal.");
        TestFiles.text(root.resolve("files/p10/readme.txt"), "About these files.");
        ImportException e = assertRejected(() -> importReports(root, ReportLayout.MIMIC));
        assertNames(e, root.toString(), 0, "");
        assertEquals(root + ": the folder holds no MIMIC-CXR reports (files/pNN/pNNNNNNNN/sNNNNNNNN.txt)",
                e.getMessage());
    }

    @Test
    void importRejectsInvalidUtf8NamingFileAndLine() {
        Path root = mimic();
        Path bad = S1_PATH.resolveSibling("s59999999.txt");
        long at = TestFiles.withInvalidByte(root.resolve(bad), "  FINAL REPORT\n INDICATION: caf", "\n");
        ImportException e = assertRejected(() -> importReports(root, ReportLayout.MIMIC));
        assertNames(e, bad.toString(), 2, "");
        assertEquals(bad + ", line 2: invalid UTF-8 byte sequence at byte " + at + "; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void importRejectsReimportAfterStudyTextChanged() throws Exception {
        Path root = mimic();
        importReports(root, ReportLayout.MIMIC);
        TestFiles.text(root.resolve(S2_PATH), S2.replace("Small", "Large"));
        ImportException e = assertRejected(() -> importReports(root, ReportLayout.MIMIC));
        assertNames(e, S2_PATH.toString(), 1, "");
    }

    @Test
    void importRejectsStudyCutInsideMultiByteCharacter() {
        Path root = mimic();
        Path cut = S2_PATH.resolveSibling("s52000000.txt");
        TestFiles.cutInsideCharacter(root.resolve(cut), "  FINAL REPORT\n IMPRESSION: No change since ");
        ImportException e = assertRejected(() -> importReports(root, ReportLayout.MIMIC));
        assertNames(e, cut.toString(), 2, "");
    }

    @Test
    void importRejectsEmptyStudyFile() throws Exception {
        Path root = mimic();
        Path empty = S2_PATH.resolveSibling("s52000000.txt");
        Files.createFile(root.resolve(empty));
        ImportException e = assertRejected(() -> importReports(root, ReportLayout.MIMIC));
        assertNames(e, empty.toString(), 0, "");
        assertEquals(empty + ": the file is empty", e.getMessage());
    }
}
