package org.radcurate.service;

import java.nio.file.Path;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.SourceKind;
import org.radcurate.persistence.Workspace;
import org.radcurate.testing.TestFiles;

/**
 * A hand-made nih14 workspace of six reports R1..R6, frozen gold set {@value #GOLD_SET} (Effusion, Edema):
 * <pre>
 *        gold   teacher  annotator
 *   R1   1,0    1,0      1,1
 *   R2   0,1    0,0      0,1
 *   R3   1,1    1,1      -
 *   R4   1,0    0,0      -
 *   R5   0,1    0,1      -
 *   R6   1,0    1,1      -
 * </pre>
 * The teacher labels every report: micro tp 5, fp 1, fn 2, F1 10/13. The annotator labels R1 and R2 only: on
 * those two, tp 2 (R1 Effusion, R2 Edema), fp 1 (R1 Edema), fn 0, F1 4/5; scored on all six (the four it did not
 * label counted as not mentioned), fn 5 more, F1 4/10. On R1 and R2 the teacher has tp 1, fp 0, fn 1 (F1 2/3),
 * so the paired difference "annotator beats teacher" on the two reports both labelled is 4/5 - 2/3.
 */
public final class LabelledScopeFixture {
    public static final String GOLD_SET = "g@1";
    public static final String TEACHER = "teacher";
    public static final String ANNOTATOR = "ann";

    private LabelledScopeFixture() {}

    public static void create(Path file) throws Exception {
        Path dir = file.getParent();
        try (WorkspaceSession session = WorkspaceSession.open(file)) {
            session.useSchema("nih14");
            ImportService imports = session.imports();
            imports.importReports(TestFiles.lines(dir.resolve("r.csv"), "id,text", "R1,Effusion.", "R2,Edema.",
                    "R3,Both.", "R4,Effusion.", "R5,Edema.", "R6,Effusion."), ReportLayout.CSV,
                    ReportReadOptions.defaults(), ProgressListener.NONE, () -> false);
            label(imports, dir, "gold", SourceKind.GOLD, "R1,1,0", "R2,0,1", "R3,1,1", "R4,1,0", "R5,0,1", "R6,1,0");
            label(imports, dir, TEACHER, SourceKind.TEACHER, "R1,1,0", "R2,0,0", "R3,1,1", "R4,0,0", "R5,0,1",
                    "R6,1,1");
            label(imports, dir, ANNOTATOR, SourceKind.ANNOTATOR, "R1,1,1", "R2,0,1");
            Workspace ws = session.workspace();
            ws.transaction(() -> ws.goldSets().freeze("g", "", ws.sources().find("gold").orElseThrow().id(), "nih14"));
        }
    }

    private static void label(ImportService imports, Path dir, String name, SourceKind kind, String... rows)
            throws Exception {
        String[] lines = new String[rows.length + 1];
        lines[0] = "id,Effusion,Edema";
        System.arraycopy(rows, 0, lines, 1, rows.length);
        imports.importLabels(TestFiles.lines(dir.resolve(name + ".csv"), lines),
                LabelLayout.LABEL_CSV, name, kind, BuiltInSchemas.NIH14, null, ProgressListener.NONE, () -> false);
    }
}
