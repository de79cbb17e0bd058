package org.radcurate.ingest;

import org.radcurate.domain.LabelLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radcurate.testing.ImportErrors.assertNames;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Concept;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.service.ImportResult;
import org.radcurate.testing.SeededImportTest;
import org.radcurate.testing.TestFiles;

class LabelJsonlImportTest extends SeededImportTest {

    private ImportResult importJsonl(Path file) throws Exception {
        return importLabels(file, LabelLayout.LABEL_JSONL, "llm", BuiltInSchemas.CHEXPERT14);
    }

    @Test
    void importsStatesProbabilitiesAndIcd10Codes() throws Exception {
        Path jsonl = TestFiles.lines(dir.resolve("llm.jsonl"),
                "{\"id\": \"R2\", \"labels\": {\"Edema\": \"NEGATIVE\", "
                        + "\"Pleural Effusion\": {\"state\": \"POSITIVE\", \"probability\": 0.83}}, "
                        + "\"probabilities\": {\"Cardiomegaly\": 0.2}, "
                        + "\"icd10\": [\"J90\", {\"code\": \"i517\", \"phrase\": \"mild cardiomegaly\"}]}",
                "{\"id\": \"R3\", \"icd10\": [{\"code\": \"J18.9\", \"phrase\": \"pneumonia\"}]}");
        ImportResult result = importJsonl(jsonl);
        assertEquals(new ImportResult("llm.jsonl", 0, 0, 3), result);
        long llm = ws.sources().find("llm").orElseThrow().id();
        assertEquals(List.of(new Label("R2", "Cardiomegaly", MentionState.NEGATIVE, 0.2, List.of()),
                new Label("R2", "Edema", MentionState.NEGATIVE, null, List.of()),
                new Label("R2", "Pleural Effusion", MentionState.POSITIVE, 0.83, List.of())),
                ws.labels().forReport(llm, "R2"));
        assertEquals(new ConceptSet("R2", List.of(new Concept("I51.7", "mild cardiomegaly", null),
                new Concept("J90", "", null))), ws.labels().concepts(llm, "R2"));
        assertEquals(new ConceptSet("R3", List.of(new Concept("J18.9", "pneumonia", null))),
                ws.labels().concepts(llm, "R3"));
    }

    @Test
    void importRejectsLineWithoutId() {
        Path jsonl = TestFiles.lines(dir.resolve("llm.jsonl"),
                "{\"id\": \"R1\", \"labels\": {\"Edema\": 0}}", "{\"report\": \"R2\", \"labels\": {\"Edema\": 1}}");
        ImportException e = assertRejected(() -> importJsonl(jsonl));
        assertNames(e, "llm.jsonl", 2, "id");
        assertEquals("llm.jsonl, line 2, field 'id': missing or empty report id", e.getMessage());
    }

    @Test
    void importRejectsLineWithoutLabels() {
        Path jsonl = TestFiles.lines(dir.resolve("llm.jsonl"),
                "{\"id\": \"R1\", \"labels\": {\"Edema\": 0}}", "{\"id\": \"R2\", \"findings\": {\"Edema\": 1}}");
        ImportException e = assertRejected(() -> importJsonl(jsonl));
        assertNames(e, "llm.jsonl", 2, "labels");
        assertEquals("llm.jsonl, line 2, field 'labels': no labels, probabilities or icd10 codes in this line",
                e.getMessage());
    }

    @Test
    void importRejectsInvalidUtf8NamingLine() {
        Path jsonl = dir.resolve("llm.jsonl");
        long at = TestFiles.withInvalidByte(jsonl, "{\"id\": \"R1\", \"labels\": {\"Edema\": 0}}\n"
                + "{\"id\": \"R2\", \"icd10\": [{\"code\": \"J90\", \"phrase\": \"caf", "\"}]}\n");
        ImportException e = assertRejected(() -> importJsonl(jsonl));
        assertNames(e, "llm.jsonl", 2, "");
        assertEquals("llm.jsonl, line 2: invalid UTF-8 byte sequence at byte " + at + "; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void importRejectsDuplicateIdWithOtherLabels() {
        Path jsonl = TestFiles.lines(dir.resolve("llm.jsonl"),
                "{\"id\": \"R1\", \"labels\": {\"Edema\": 0}}",
                "{\"id\": \"R1\", \"labels\": {\"Edema\": 0}, \"probabilities\": {\"Edema\": 0.1}}");
        ImportException e = assertRejected(() -> importJsonl(jsonl));
        assertNames(e, "llm.jsonl", 2, "id");
        assertEquals("llm.jsonl, line 2, field 'id': report R1 is labelled again with other values "
                + "(first on line 1); nothing was imported", e.getMessage());
    }

    @Test
    void importRejectsTruncatedLine() {
        Path jsonl = TestFiles.text(dir.resolve("llm.jsonl"),
                "{\"id\": \"R1\", \"labels\": {\"Edema\": 0}}\n{\"id\": \"R2\", \"labels\": {\"Edema\": \"POS");
        ImportException e = assertRejected(() -> importJsonl(jsonl));
        assertNames(e, "llm.jsonl", 2, "");
        assertTrue(e.getMessage().startsWith("llm.jsonl, line 2: invalid JSON (truncated line?): "), e.getMessage());
    }

    @Test
    void importRejectsEmptyFile() {
        Path jsonl = TestFiles.text(dir.resolve("llm.jsonl"), "");
        ImportException e = assertRejected(() -> importJsonl(jsonl));
        assertNames(e, "llm.jsonl", 0, "");
        assertEquals("llm.jsonl: the file is empty", e.getMessage());
    }

    @Test
    void importRejectsProbabilityOutsideZeroToOne() {
        Path jsonl = TestFiles.lines(dir.resolve("llm.jsonl"), "{\"id\": \"R1\", \"probabilities\": {\"Edema\": 1.5}}");
        ImportException e = assertRejected(() -> importJsonl(jsonl));
        assertNames(e, "llm.jsonl", 1, "probabilities.Edema");
        assertEquals("llm.jsonl, line 1, field 'probabilities.Edema': probability must be a number from 0 to 1, "
                + "not 1.5", e.getMessage());
    }

    @Test
    void importRejectsFindingOutsideSchema() {
        Path jsonl = TestFiles.lines(dir.resolve("llm.jsonl"), "{\"id\": \"R1\", \"labels\": {\"Effusion\": 1}}");
        ImportException e = assertRejected(() -> importJsonl(jsonl));
        assertNames(e, "llm.jsonl", 1, "labels.Effusion");
        assertEquals("llm.jsonl, line 1, field 'labels.Effusion': 'Effusion' is not a finding of schema chexpert14; "
                + "the closest is 'Pleural Effusion'",
                e.getMessage());
    }

    @Test
    void importRejectsMalformedIcd10Code() {
        Path jsonl = TestFiles.lines(dir.resolve("llm.jsonl"), "{\"id\": \"R1\", \"icd10\": [\"pleural effusion\"]}");
        ImportException e = assertRejected(() -> importJsonl(jsonl));
        assertNames(e, "llm.jsonl", 1, "icd10");
        assertEquals("llm.jsonl, line 1, field 'icd10': not an ICD-10-CM code: pleural effusion", e.getMessage());
    }
}
