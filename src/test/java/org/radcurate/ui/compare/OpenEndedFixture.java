package org.radcurate.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.WorkspaceSession;

/**
 * A hand-made workspace for the open-ended task: five reports (four test, one train), three sources with codes.
 *
 * <pre>
 * report  gold          teacher   student
 * R1      J90, I51.7    J90       J90, I51.7
 * R2      J18.9         J18.0     J18.9
 * R3      (none)        J90       (none)
 * R4      J90           (none)    J90
 * </pre>
 * Teacher, full code: tp 1, fp 2, fn 3 (P 1/3, R 1/4, F1 2/7); category (J90, I51, J18): tp 2, fp 1,
 * fn 2 (F1 4/7). The student matches gold: F1 1 at both levels. R5 (train) is outside the split.
 */
final class OpenEndedFixture {
    private OpenEndedFixture() {}

    /** Creates the workspace in dir and returns it open. */
    static WorkspaceSession create(Path dir) throws Exception {
        WorkspaceSession workspace = WorkspaceSession.open(dir.resolve("w.radcurate"));
        Path reports = Files.writeString(dir.resolve("reports.csv"), """
                id,split,text
                R1,test,Small left effusion. Enlarged heart.
                R2,test,Right lower lobe pneumonia.
                R3,test,No acute findings.
                R4,test,Small effusion.
                R5,train,Pneumonia and effusion.
                """);
        workspace.imports().importReports(reports, null, ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
        source(workspace, dir, "gold", SourceKind.GOLD, """
                {"id": "R1", "icd10": ["J90", "I51.7"]}
                {"id": "R2", "icd10": ["J18.9"]}
                {"id": "R3", "labels": {"Pleural Effusion": "NEGATIVE"}, "icd10": []}
                {"id": "R4", "icd10": ["J90"]}
                {"id": "R5", "icd10": ["J18.9", "J90"]}
                """);
        source(workspace, dir, "llm teacher", SourceKind.TEACHER, """
                {"id": "R1", "icd10": ["J90"]}
                {"id": "R2", "icd10": ["J18.0"]}
                {"id": "R3", "icd10": ["J90"]}
                {"id": "R5", "icd10": ["J90"]}
                """);
        source(workspace, dir, "student:lora", SourceKind.STUDENT, """
                {"id": "R1", "icd10": ["I51.7", "J90"]}
                {"id": "R2", "icd10": ["J18.9"]}
                {"id": "R4", "icd10": ["J90"]}
                """);
        return workspace;
    }

    private static void source(WorkspaceSession workspace, Path dir, String name, SourceKind kind, String jsonl) throws Exception {
        Path file = Files.writeString(dir.resolve(name.replace(':', '-') + ".jsonl"), jsonl);
        workspace.imports().importLabels(file, LabelLayout.LABEL_JSONL, name, kind, BuiltInSchemas.CHEXPERT14, null,
                ProgressListener.NONE, () -> false);
    }
}
