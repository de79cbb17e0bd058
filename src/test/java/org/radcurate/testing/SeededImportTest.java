package org.radcurate.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.Label;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Schema;
import org.radcurate.domain.SourceKind;
import org.radcurate.ingest.ImportException;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.persistence.Workspace;
import org.radcurate.service.ImportResult;
import org.radcurate.service.ImportService;

/** Base of the importer tests: a seeded workspace, and "rejected and left exactly as it was". */
public abstract class SeededImportTest {
    @TempDir
    protected Path dir;
    protected Workspace ws;
    protected ImportService imports;

    @BeforeEach
    void openSeededWorkspace() {
        ws = SeededWorkspace.open(dir);
        imports = new ImportService(ws);
    }

    @AfterEach
    void closeWorkspace() {
        ws.close();
    }

    protected ImportResult importReports(Path path, ReportLayout layout) throws IOException {
        return importReports(path, layout, ReportReadOptions.defaults());
    }

    protected ImportResult importReports(Path path, ReportLayout layout, ReportReadOptions options)
            throws IOException {
        return imports.importReports(path, layout, options, ProgressListener.NONE, () -> false);
    }

    protected ImportResult importLabels(Path path, LabelLayout layout, String source, Schema schema)
            throws IOException {
        return imports.importLabels(path, layout, source, SourceKind.TEACHER, schema, null, ProgressListener.NONE,
                () -> false);
    }

    protected Label label(String source, String reportId, String finding) {
        long id = ws.sources().find(source).orElseThrow().id();
        return ws.labels().find(id, reportId, finding).orElseThrow();
    }

    /** Runs the import, expects an ImportException, and checks the workspace did not change at all. */
    protected ImportException assertRejected(Executable importCall) {
        WorkspaceState before = WorkspaceState.of(ws.file());
        ImportException e = assertThrows(ImportException.class, importCall);
        WorkspaceState after = WorkspaceState.of(ws.file());
        assertTrue(before.reports() >= 3 && before.labels() > 0, "the workspace held data before: " + before);
        assertEquals(before, after);
        return e;
    }
}
