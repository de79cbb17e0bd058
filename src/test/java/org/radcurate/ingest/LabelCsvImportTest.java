package org.radcurate.ingest;

import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ReportLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radcurate.testing.ImportErrors.assertNames;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.service.ImportResult;
import org.radcurate.testing.SeededImportTest;
import org.radcurate.testing.TestFiles;

class LabelCsvImportTest extends SeededImportTest {
    static final String NIH_HEADER = "filename," + String.join(",", BuiltInSchemas.NIH14.csvColumns());

    private long sourceId(String name) {
        return ws.sources().find(name).orElseThrow().id();
    }

    @Test
    void importsIdAndOneColumnPerFindingIgnoringOtherColumns() throws Exception {
        Path csv = TestFiles.lines(dir.resolve("labels.csv"),
                "id,Edema,comment,Pleural Effusion", "R1,0,fine,", "R2,,checked,1.0", "R3,-1,,0");
        ImportResult result = importLabels(csv, LabelLayout.LABEL_CSV, "rules", BuiltInSchemas.CHEXPERT14);
        assertEquals(new ImportResult("labels.csv", 0, 0, 6,
                List.of("column comment not read (not findings of chexpert14)")), result);
        assertEquals("labels.csv: 6 labels written; column comment not read (not findings of chexpert14)",
                result.describe());
        assertEquals(Map.of(
                "R1", List.of(Label.of("R1", "Edema", MentionState.NEGATIVE),
                        Label.of("R1", "Pleural Effusion", MentionState.ABSENT)),
                "R2", List.of(Label.of("R2", "Edema", MentionState.ABSENT),
                        Label.of("R2", "Pleural Effusion", MentionState.POSITIVE)),
                "R3", List.of(Label.of("R3", "Edema", MentionState.UNCERTAIN),
                        Label.of("R3", "Pleural Effusion", MentionState.NEGATIVE))),
                ws.labels().bySource(sourceId("rules")));
    }

    @Test
    void importsNihGoldLayoutWhereZeroMeansNotCoded() throws Exception {
        importReports(TestFiles.lines(dir.resolve("openi.csv"), OpenICsvImportTest.MIRROR_HEADER,
                "1,normal,normal,x,,,Clear.,Normal.", "2,Cardiomegaly,Cardiomegaly,x,,,Big heart.,Cardiomegaly."),
                ReportLayout.OPENI);
        Path gold = TestFiles.lines(dir.resolve("nih-gold.csv"), NIH_HEADER,
                "CXR1,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
                "CXR2,0,1,0,0,0,0,0,0,0,0,0,0,0,0");
        importLabels(gold, LabelLayout.LABEL_CSV, "nih-gold", BuiltInSchemas.NIH14);
        assertEquals(Label.of("2", "Cardiomegaly", MentionState.POSITIVE), label("nih-gold", "2", "Cardiomegaly"));
        assertEquals(Label.of("2", "Atelectasis", MentionState.ABSENT), label("nih-gold", "2", "Atelectasis"));
        assertEquals(Label.of("1", "Pleural_Thickening", MentionState.ABSENT),
                label("nih-gold", "1", "Pleural_Thickening"));
        assertEquals(28, ws.labels().count(sourceId("nih-gold")));
    }

    @Test
    void detectsLabelCsvLayout() {
        assertEquals(LabelLayout.LABEL_CSV, Layouts.detectLabels(TestFiles.lines(dir.resolve("a.csv"), "id,Edema")));
        assertEquals(LabelLayout.LABEL_CSV, Layouts.detectLabels(TestFiles.lines(dir.resolve("b.csv"), NIH_HEADER)));
        assertEquals(LabelLayout.CHEXPERT, Layouts.detectLabels(TestFiles.lines(dir.resolve("c.csv"), "Reports,Edema")));
        assertEquals(LabelLayout.CHEXPERT,
                Layouts.detectLabels(TestFiles.lines(dir.resolve("d.csv"), "\uFEFFReports,Edema")));
        assertEquals(LabelLayout.LABEL_JSONL, Layouts.detectLabels(dir.resolve("e.jsonl")));
    }

    @Test
    void importRejectsMissingIdColumn() {
        Path csv = TestFiles.lines(dir.resolve("labels.csv"), "study,Edema", "R1,1");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.LABEL_CSV, "rules",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labels.csv", 1, "id");
        assertEquals("labels.csv, line 1, field 'id': missing column (id or filename); the header has [study, Edema]",
                e.getMessage());
    }

    @Test
    void importRejectsFileWithoutAnyFindingColumn() {
        Path csv = TestFiles.lines(dir.resolve("labels.csv"), "id,remark", "R1,1");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.LABEL_CSV, "rules",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labels.csv", 1, "No Finding");
    }

    @Test
    void importRejectsInvalidUtf8NamingLine() {
        Path csv = dir.resolve("labels.csv");
        long at = TestFiles.withInvalidByte(csv, "id,Edema\nR1,1\nR2", ",0\n");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.LABEL_CSV, "rules",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labels.csv", 3, "");
        assertEquals("labels.csv, line 3: invalid UTF-8 byte sequence at byte " + at + "; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void importRejectsDuplicateIdWithOtherLabels() {
        Path csv = TestFiles.lines(dir.resolve("labels.csv"), "id,Edema", "R1,1", "R2,0", "R1,0");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.LABEL_CSV, "rules",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labels.csv", 4, "id");
        assertEquals("labels.csv, line 4, field 'id': report R1 is labelled again with other values "
                + "(first on line 2); nothing was imported", e.getMessage());
    }

    @Test
    void importRejectsUnknownReportIdNamingTheFilenameColumn() {
        Path csv = TestFiles.lines(dir.resolve("nih-gold.csv"), NIH_HEADER,
                "CXR9,0,1,0,0,0,0,0,0,0,0,0,0,0,0");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.LABEL_CSV, "nih-gold",
                BuiltInSchemas.NIH14));
        assertNames(e, "nih-gold.csv", 2, "filename");
        assertEquals("nih-gold.csv, line 2, field 'filename': no report with id CXR9 in the workspace; "
                + "import the reports first", e.getMessage());
    }

    @Test
    void importRejectsTruncatedLine() {
        Path csv = TestFiles.text(dir.resolve("labels.csv"), "id,Edema,Pneumonia\nR1,1,0\nR2,1");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.LABEL_CSV, "rules",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labels.csv", 3, "Pneumonia");
    }

    @Test
    void importRejectsEmptyFile() {
        Path csv = TestFiles.text(dir.resolve("labels.csv"), "");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.LABEL_CSV, "rules",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labels.csv", 0, "");
    }

    @Test
    void importRejectsSourceNameUsedForAnotherSchema() {
        Path csv = TestFiles.lines(dir.resolve("labels.csv"), "id,Edema", "R1,1");
        org.radcurate.persistence.WorkspaceException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.radcurate.persistence.WorkspaceException.class,
                () -> importLabels(csv, LabelLayout.LABEL_CSV, "seed-teacher", BuiltInSchemas.NIH14));
        assertEquals("Source 'seed-teacher' already exists as TEACHER for schema chexpert14, not TEACHER for nih14. "
                + "Choose another name.", e.getMessage());
    }
}
