package org.radcurate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.persistence.Workspace;
import org.radcurate.service.ImportService;

/**
 * A workspace that already holds three reports (R1..R3) and a teacher source labelling them, so
 * a failed import has something it could have damaged.
 */
public final class SeededWorkspace {
    public static final String SEED_SOURCE = "seed-teacher";
    public static final String R1_TEXT = "FINDINGS: Heart size is normal. No effusion.\nIMPRESSION: Normal chest.";
    public static final String R2_TEXT = "FINDINGS: Small left pleural effusion.\nIMPRESSION: Left effusion.";
    public static final String R3_TEXT = "FINDINGS: Right lower lobe opacity.\nIMPRESSION: Possible pneumonia.";

    private SeededWorkspace() {}

    /** Opens a new workspace in dir and fills it; the caller closes it. */
    public static Workspace open(Path dir) {
        Workspace ws = Workspace.open(dir.resolve("seeded.radcurate"));
        try {
            ImportService imports = new ImportService(ws);
            Path reports = TestFiles.lines(dir.resolve("seed/seed-reports.csv"),
                    "id,split,text",
                    "R1,train,\"" + R1_TEXT + "\"",
                    "R2,dev,\"" + R2_TEXT + "\"",
                    "R3,test,\"" + R3_TEXT + "\"");
            imports.importReports(reports, ReportLayout.CSV, ReportReadOptions.defaults(), ProgressListener.NONE,
                    () -> false);
            Path labels = TestFiles.lines(dir.resolve("seed/seed-labels.csv"),
                    "id,Cardiomegaly,Pleural Effusion,Pneumonia",
                    "R1,0,0,",
                    "R2,,1,",
                    "R3,,,-1");
            imports.importLabels(labels, LabelLayout.LABEL_CSV, SEED_SOURCE, SourceKind.TEACHER,
                    BuiltInSchemas.CHEXPERT14, null, ProgressListener.NONE, () -> false);
            return ws;
        } catch (IOException e) {
            ws.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }
}
