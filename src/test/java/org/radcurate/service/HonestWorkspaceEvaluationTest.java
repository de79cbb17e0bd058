package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.Resampling;
import org.radcurate.persistence.Workspace;
import org.radcurate.testing.TestFiles;
import org.radcurate.testing.WorkspaceState;

/** A workspace evaluation with nothing in common is refused and stores nothing (issue 10). */
class HonestWorkspaceEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void sourceWithNoReportInCommonWithTheGoldSetIsRefused() throws Exception {
        Path file = dir.resolve("ws.radcurate");
        try (WorkspaceSession session = WorkspaceSession.open(file)) {
            session.useSchema("nih14");
            ImportService imports = session.imports();
            imports.importReports(TestFiles.lines(dir.resolve("r.csv"), "id,text", "A1,Effusion.", "A2,Clear.",
                    "A3,Edema."), ReportLayout.CSV, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
            imports.importLabels(TestFiles.lines(dir.resolve("gold.csv"), "id,Effusion", "A1,1", "A2,0"),
                    LabelLayout.LABEL_CSV, "gold", SourceKind.GOLD, BuiltInSchemas.NIH14, null, ProgressListener.NONE,
                    () -> false);
            imports.importLabels(TestFiles.lines(dir.resolve("t.csv"), "id,Effusion", "A3,1"),
                    LabelLayout.LABEL_CSV, "teacher", SourceKind.TEACHER, BuiltInSchemas.NIH14, null,
                    ProgressListener.NONE, () -> false);
            Workspace ws = session.workspace();
            ws.transaction(() -> ws.goldSets().freeze("g", "", ws.sources().find("gold").orElseThrow().id(), "nih14"));
            WorkspaceState before = WorkspaceState.of(file);

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                    EvaluationService.compareWorkspace(session, "g", List.of("teacher"), null,
                            UncertaintyPolicy.U_ZEROS, Resampling.NONE, EvaluationService.Task.LABELS));

            assertEquals("source teacher and gold g@1 have no report ids in common (gold 2 reports, e.g. A1, A2; "
                    + "teacher 1 reports, e.g. A3); check that both name reports the same way. Nothing was scored",
                    e.getMessage());
            assertEquals(before, WorkspaceState.of(file));
        }
    }
}
