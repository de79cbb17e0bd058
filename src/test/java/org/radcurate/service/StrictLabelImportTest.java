package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.radcurate.testing.ImportErrors.assertNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.radcurate.domain.AuditEvent;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Report;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.SourceKind;
import org.radcurate.ingest.ImportException;
import org.radcurate.testing.SeededImportTest;
import org.radcurate.testing.TestFiles;
import org.radcurate.testing.WorkspaceState;

/** Label imports refuse what they cannot store faithfully (issue 10). */
class StrictLabelImportTest extends SeededImportTest {

    private <T extends Throwable> T assertUnchanged(Class<T> type, Executable call) {
        WorkspaceState before = WorkspaceState.of(ws.file());
        T e = assertThrows(type, call);
        assertEquals(before, WorkspaceState.of(ws.file()));
        return e;
    }

    private ImportResult gold(Path file, String source, boolean replace) throws Exception {
        return imports.importLabels(file, LabelLayout.LABEL_CSV, source, SourceKind.GOLD, BuiltInSchemas.NIH14,
                null, replace, ProgressListener.NONE, () -> false);
    }

    @Test
    void misspeltFindingColumnIsAnErrorNamingTheClosestFinding() {
        Path csv = TestFiles.lines(dir.resolve("labels.csv"), "id,Edema,Efusion", "R1,0,1", "R2,1,1");
        ImportException e = assertRejected(() -> imports.importLabels(csv, LabelLayout.LABEL_CSV, "typo",
                SourceKind.TEACHER, BuiltInSchemas.NIH14, null, ProgressListener.NONE, () -> false));
        assertNames(e, "labels.csv", 1, "Efusion");
        assertEquals("labels.csv, line 1, field 'Efusion': 'Efusion' is not a finding of schema nih14; the closest is "
                + "'Effusion'. Rename or remove the column", e.getMessage());
    }

    @Test
    void misspeltChexpertColumnNamesItsClosestFinding() {
        Path csv = TestFiles.lines(dir.resolve("labels.csv"), "id,Pleural Efusion,Edema", "R1,1,0");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.LABEL_CSV, "typo",
                BuiltInSchemas.CHEXPERT14));
        assertEquals("labels.csv, line 1, field 'Pleural Efusion': 'Pleural Efusion' is not a finding of schema "
                + "chexpert14; the closest is 'Pleural Effusion'. Rename or remove the column",
                e.getMessage());
    }

    @Test
    void headerOnlyLabelFileCreatesNoSource() {
        Path csv = TestFiles.lines(dir.resolve("labels.csv"), "id,Edema");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.LABEL_CSV, "empty",
                BuiltInSchemas.CHEXPERT14));
        assertEquals("labels.csv, line 1: the file has a header but no label rows; nothing was imported",
                e.getMessage());
    }

    @Test
    void emptySourceNameIsRefused() {
        Path csv = TestFiles.lines(dir.resolve("labels.csv"), "id,Edema", "R1,1");
        for (String name : new String[] {"", "   "}) {
            IllegalArgumentException e = assertUnchanged(IllegalArgumentException.class, () -> importLabels(csv,
                    LabelLayout.LABEL_CSV, name, BuiltInSchemas.CHEXPERT14));
            assertEquals("the source name is empty; name the label source (for example --source rules)",
                    e.getMessage());
        }
    }

    @Test
    void goldOverGoldNeedsTheFlagAndEveryChangeIsAudited() throws Exception {
        Path first = TestFiles.lines(dir.resolve("gold1.csv"), "id,Effusion,Edema", "R1,0,0", "R2,1,0");
        assertEquals(4, gold(first, "gold", false).labels());
        List<AuditEvent> afterFirst = new ArrayList<>();
        ws.audit().forEach(afterFirst::add);
        assertEquals(1, afterFirst.size());
        assertEquals(List.of("import", "import gold", "", "gold1.csv", "", "4 labels"), row(afterFirst.get(0)));

        Path second = TestFiles.lines(dir.resolve("gold2.csv"), "id,Effusion,Edema", "R1,0,1", "R2,1,0", "R3,1,");
        IllegalArgumentException e = assertUnchanged(IllegalArgumentException.class, () -> gold(second, "gold", false));
        assertEquals("source 'gold' already holds gold labels for 2 reports; importing over them needs "
                + "--replace-gold (every changed label is then written to the audit log)", e.getMessage());

        assertEquals(6, gold(second, "gold", true).labels());
        List<List<String>> audit = new ArrayList<>();
        ws.audit().forEach(a -> audit.add(row(a)));
        assertEquals(List.of(
                List.of("import", "import gold", "", "gold1.csv", "", "4 labels"),
                List.of("import", "import gold", "R1", "gold: Edema", "NEGATIVE", "POSITIVE"),
                List.of("import", "import gold", "R3", "gold: Effusion", "", "POSITIVE"),
                List.of("import", "import gold", "R3", "gold: Edema", "", "ABSENT")), audit);
        long id = ws.sources().find("gold").orElseThrow().id();
        assertEquals(MentionState.POSITIVE, ws.labels().states(id).get("R1").get("Edema"));
    }

    private static List<String> row(AuditEvent a) {
        return List.of(a.who(), a.action(), a.reportId(), a.target(), a.before(), a.after());
    }

    @Test
    void idMatchingTwoWorkspaceReportsIsAmbiguous() throws Exception {
        Path reports = TestFiles.lines(dir.resolve("more.csv"), "id,text", "CXR1,First.", "1,Second.");
        importReports(reports, ReportLayout.CSV);
        Path csv = TestFiles.lines(dir.resolve("labels.csv"), "id,Edema", "R2,0", "CXR1,1");
        ImportException e = assertRejected(() -> importLabels(csv, LabelLayout.LABEL_CSV, "nih",
                BuiltInSchemas.CHEXPERT14));
        assertNames(e, "labels.csv", 3, "id");
        assertEquals("labels.csv, line 3, field 'id': report id CXR1 is ambiguous: the workspace has reports 1 and "
                + "CXR1, and both match it (CXR12 and 12 name one report); nothing was imported", e.getMessage());
        assertEquals(List.of(new Report("CXR1", "First.", List.of(), org.radcurate.domain.Split.NONE, "more")),
                ws.reports().find("CXR1").stream().toList());
    }
}
