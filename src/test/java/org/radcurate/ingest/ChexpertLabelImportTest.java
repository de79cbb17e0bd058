package org.radcurate.ingest;

import org.radcurate.domain.LabelLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radcurate.testing.ImportErrors.assertNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.ImportResult;
import org.radcurate.testing.SeededImportTest;
import org.radcurate.testing.SeededWorkspace;
import org.radcurate.testing.TestFiles;

class ChexpertLabelImportTest extends SeededImportTest {
    static final String HEADER = "Reports," + String.join(",", BuiltInSchemas.CHEXPERT14.csvColumns());

    /** One labeler output row: the quoted text, then values for the 14 columns ("" when not given). */
    static String row(String text, String... columnValuePairs) {
        List<String> values = new ArrayList<>();
        for (String c : BuiltInSchemas.CHEXPERT14.csvColumns()) {
            String v = "";
            for (int i = 0; i < columnValuePairs.length; i += 2) {
                if (columnValuePairs[i].equals(c)) {
                    v = columnValuePairs[i + 1];
                }
            }
            values.add(v);
        }
        return "\"" + text.replace("\"", "\"\"") + "\"," + String.join(",", values);
    }

    private Path labelerOutput() {
        return TestFiles.lines(dir.resolve("labeled_reports.csv"), HEADER,
                row("Normal chest.", "No Finding", "1.0", "Pleural Effusion", "0.0"),
                row(SeededWorkspace.R2_TEXT, "Pleural Effusion", "1.0"),
                row("Right lower lobe opacity.   Possible pneumonia.", "Pneumonia", "-1.0", "Lung Opacity", "1.0"));
    }

    @Test
    void aRowWhoseImpressionSeveralReportsShareLabelsEachOfThem() throws Exception {
        Path more = TestFiles.lines(dir.resolve("more.csv"), "id,findings,impression",
                "S1,Heart normal.,No acute process.", "S2,Lungs clear.,No acute process.");
        importReports(more, org.radcurate.domain.ReportLayout.CSV);
        Path out = TestFiles.lines(dir.resolve("labeled.csv"), HEADER,
                row("No acute process.", "No Finding", "1.0"));

        ImportResult result = importLabels(out, LabelLayout.CHEXPERT, "chexpert", BuiltInSchemas.CHEXPERT14);

        assertEquals(28, result.labels());
        assertEquals(Label.of("S1", "No Finding", MentionState.POSITIVE), label("chexpert", "S1", "No Finding"));
        assertEquals(Label.of("S2", "No Finding", MentionState.POSITIVE), label("chexpert", "S2", "No Finding"));
    }

    @Test
    void importsLabelerOutputMatchingReportsByText() throws Exception {
        ImportResult result = importLabels(labelerOutput(), LabelLayout.CHEXPERT, "chexpert",
                BuiltInSchemas.CHEXPERT14);
        assertEquals(new ImportResult("labeled_reports.csv", 0, 0, 42), result);
        assertEquals(Label.of("R1", "No Finding", MentionState.POSITIVE), label("chexpert", "R1", "No Finding"));
        assertEquals(Label.of("R1", "Pleural Effusion", MentionState.NEGATIVE),
                label("chexpert", "R1", "Pleural Effusion"));
        assertEquals(Label.of("R1", "Edema", MentionState.ABSENT), label("chexpert", "R1", "Edema"));
        assertEquals(Label.of("R2", "Pleural Effusion", MentionState.POSITIVE),
                label("chexpert", "R2", "Pleural Effusion"));
        assertEquals(Label.of("R3", "Pneumonia", MentionState.UNCERTAIN), label("chexpert", "R3", "Pneumonia"));
        assertEquals(14, ws.labels().forReport(ws.sources().find("chexpert").orElseThrow().id(), "R3").size());
    }

    @Test
    void detectsLabelerOutputWhenLayoutIsNotGiven() throws Exception {
        imports.importLabels(labelerOutput(), null, "chexpert", SourceKind.TEACHER, BuiltInSchemas.CHEXPERT14, null,
                ProgressListener.NONE, () -> false);
        assertEquals(Label.of("R3", "Lung Opacity", MentionState.POSITIVE), label("chexpert", "R3", "Lung Opacity"));
    }

    @Test
    void detectsLabelerOutputWithByteOrderMark() throws Exception {
        Path bom = TestFiles.linesWithBom(dir.resolve("bom.csv"), HEADER, row("Normal chest.", "No Finding", "1.0"));
        imports.importLabels(bom, null, "chexpert", SourceKind.TEACHER, BuiltInSchemas.CHEXPERT14, null,
                ProgressListener.NONE, () -> false);
        assertEquals(Label.of("R1", "No Finding", MentionState.POSITIVE), label("chexpert", "R1", "No Finding"));
    }

    @Test
    void importRejectsMissingReportsColumn() {
        Path csv = TestFiles.lines(dir.resolve("labeled.csv"), "Text,No Finding", "\"Normal chest.\",1.0");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.CHEXPERT, "chexpert",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labeled.csv", 1, "Reports");
        assertEquals("labeled.csv, line 1, field 'Reports': missing column; the header has [Text, No Finding]",
                e.getMessage());
    }

    @Test
    void importRejectsInvalidUtf8NamingLine() {
        Path csv = dir.resolve("labeled.csv");
        long at = TestFiles.withInvalidByte(csv, HEADER + "\n" + row("Normal chest.") + "\n\"caf",
                "\"" + ",".repeat(14) + "\n");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.CHEXPERT, "chexpert",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labeled.csv", 3, "");
        assertEquals("labeled.csv, line 3: invalid UTF-8 byte sequence at byte " + at + "; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void importRejectsSameReportTwiceWithOtherLabels() {
        Path csv = TestFiles.lines(dir.resolve("labeled.csv"), HEADER,
                row("Normal chest.", "No Finding", "1.0"),
                row("Left effusion.", "Pleural Effusion", "1.0"),
                row("Normal  chest.", "No Finding", "0.0"));
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.CHEXPERT, "chexpert",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labeled.csv", 4, "Reports");
        assertEquals("labeled.csv, line 4, field 'Reports': report R1 is labelled again with other values "
                + "(first on line 2); nothing was imported", e.getMessage());
    }

    @Test
    void acceptsSameReportTwiceWithSameLabels() throws Exception {
        Path csv = TestFiles.lines(dir.resolve("labeled.csv"), HEADER,
                row("Normal chest.", "No Finding", "1.0"), row("Normal chest.", "No Finding", "1.0"));
        importLabels(csv, LabelLayout.CHEXPERT, "chexpert", BuiltInSchemas.CHEXPERT14);
        assertEquals(14, ws.labels().count(ws.sources().find("chexpert").orElseThrow().id()));
    }

    @Test
    void importRejectsTextOfNoWorkspaceReport() {
        Path csv = TestFiles.lines(dir.resolve("labeled.csv"), HEADER,
                row("Normal chest."), row("A report nobody imported.", "Edema", "1.0"));
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.CHEXPERT, "chexpert",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labeled.csv", 3, "Reports");
        assertEquals("labeled.csv, line 3, field 'Reports': no report in the workspace has this text; "
                + "import the reports first", e.getMessage());
    }

    @Test
    void importRejectsTruncatedLine() {
        Path csv = TestFiles.text(dir.resolve("labeled.csv"), HEADER + "\n" + row("Normal chest.") + "\n"
                + "\"Left effusion.\",,,");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.CHEXPERT, "chexpert",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labeled.csv", 3, "Lung Lesion");
        assertEquals("labeled.csv, line 3, field 'Lung Lesion': truncated row: expected 15 fields, found 4",
                e.getMessage());
    }

    @Test
    void importRejectsEmptyFile() {
        Path csv = TestFiles.text(dir.resolve("labeled.csv"), "");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.CHEXPERT, "chexpert",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labeled.csv", 0, "");
        assertEquals("labeled.csv: the file is empty", e.getMessage());
    }

    @Test
    void importRejectsValueOutsideCheXpertCodes() {
        Path csv = TestFiles.lines(dir.resolve("labeled.csv"), HEADER, row("Normal chest.", "Edema", "2"));
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.CHEXPERT, "chexpert",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labeled.csv", 2, "Edema");
        assertEquals("labeled.csv, line 2, field 'Edema': invalid value '2'; use 1, 0, -1 or blank", e.getMessage());
    }
}
