package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.Label;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Report;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;

class LabelServiceTest {
    @TempDir
    Path dir;

    private Path reports() throws IOException {
        return Files.writeString(dir.resolve("reports.csv"), """
                id,findings,impression
                1,"No pleural effusion, pneumothorax or consolidation.",Normal chest.
                2,Small left pleural effusion is again seen.,Stable left effusion.
                3,Heart size is normal.,Possible right lower lobe pneumonia.
                """);
    }

    @Test
    void labelsAFileToTheRuleTeachersCsvLayout() throws IOException {
        Path out = dir.resolve("out.csv");
        LabelService.Result r = LabelService.labelFile(reports(), null, ReportReadOptions.defaults(),
                LabelService.labeler(BuiltInSchemas.NIH14, false, false, List.of()), out,
                ExportService.Format.CSV, 1, ProgressListener.NONE);

        assertEquals(3, r.reports());
        assertEquals(List.of(
                "id,Atelectasis,Cardiomegaly,Effusion,Infiltration,Mass,Nodule,Pneumonia,Pneumothorax,Consolidation,"
                        + "Edema,Emphysema,Fibrosis,Pleural_Thickening,Hernia",
                "1,,,0,,,,,0,0,,,,,",
                "2,,,1,,,,,,,,,,,",
                "3,,0,,,,,-1,,,,,,,"), Files.readAllLines(out));
    }

    @Test
    void labelsAWorkspaceIntoATeacherSourceWithEvidenceInTheText() throws IOException {
        Path ws = dir.resolve("w.radcurate");
        try (WorkspaceSession s = WorkspaceSession.open(ws)) {
            s.imports().importReports(reports(), null, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
            LabelService.Result r = LabelService.labelWorkspace(s, false, false, 1, ProgressListener.NONE, () -> false);

            assertEquals("radcurate-rules 1.0 chexpert14", r.target());
            Source teacher = s.workspace().sources().find(r.target()).orElseThrow();
            assertEquals(SourceKind.TEACHER, teacher.kind());
            assertEquals(3 * 14, s.workspace().labels().count(teacher.id()));
            for (String id : List.of("1", "2", "3")) {
                Report report = s.report(id).orElseThrow();
                for (Label l : s.workspace().labels().forReport(teacher.id(), id)) {
                    for (Evidence e : l.evidence()) {
                        String mention = report.text().substring(e.mentionStart(), e.mentionEnd());
                        assertTrue(report.text().substring(e.sentenceStart(), e.sentenceEnd()).contains(mention));
                    }
                }
            }
            assertEquals("J90", s.workspace().labels().concepts(teacher.id(), "2").codes().iterator().next());
        }
    }

    @Test
    void cancelledLabelingLeavesTheWorkspaceUnchanged() throws IOException {
        try (WorkspaceSession s = WorkspaceSession.open(dir.resolve("w.radcurate"))) {
            s.imports().importReports(reports(), null, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);

            assertThrows(CancellationException.class,
                    () -> LabelService.labelWorkspace(s, false, false, 1, ProgressListener.NONE, () -> true));

            assertEquals(List.of(), s.workspace().sources().list());
        }
    }

    @Test
    void theWorkspacesOwnRuleFileIsApplied() throws IOException {
        Path ws = dir.resolve("w.radcurate");
        Files.writeString(LabelService.workspaceRules(ws), """
                {"findings": {"Pleural Effusion": {"mentions": ["hydrothorax"]}}}
                """);
        try (WorkspaceSession s = WorkspaceSession.open(ws)) {
            Path csv = Files.writeString(dir.resolve("r.csv"), "id,findings,impression\n9,Right hydrothorax.,Hydrothorax.\n");
            s.imports().importReports(csv, null, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
            LabelService.Result r = LabelService.labelWorkspace(s, false, false, 1, ProgressListener.NONE, () -> false);
            Source teacher = s.workspace().sources().find(r.target()).orElseThrow();
            assertEquals("POSITIVE",
                    s.workspace().labels().find(teacher.id(), "9", "Pleural Effusion").orElseThrow().state().name());
        }
    }
}
