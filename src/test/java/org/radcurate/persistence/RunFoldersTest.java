package org.radcurate.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;

/** Run folders belong to the workspace they are stored in, wherever it is copied or moved (issue 10). */
class RunFoldersTest {
    @TempDir
    Path dir;

    @Test
    void aNewRunGetsAFolderUnderItsOwnWorkspaceStoredRelative() throws Exception {
        Path file = dir.resolve("ws.radcurate");
        try (Workspace ws = Workspace.open(file)) {
            Run run = ws.transaction(() -> ws.runs().create("run 1", "djl-student", "{}", "cpu"));
            Run other = ws.transaction(() -> ws.runs().create("run_1", "djl-student", "{}", "cpu"));
            assertEquals(dir.toRealPath().resolve("ws.radcurate.runs/run_1").toString(), run.artifactDir());
            assertEquals(dir.toRealPath().resolve("ws.radcurate.runs/run_1-2").toString(), other.artifactDir());
            assertEquals(run, ws.runs().find(run.id()).orElseThrow());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT folder FROM runs ORDER BY id")) {
            rs.next();
            assertEquals("run_1", rs.getString(1));
            rs.next();
            assertEquals("run_1-2", rs.getString(1));
        }
    }

    @Test
    void aCopiedWorkspaceNeverPointsIntoTheOriginalsFolder() throws Exception {
        Path original = dir.resolve("ws.radcurate");
        try (Workspace ws = Workspace.open(original)) {
            ws.transaction(() -> ws.runs().create("run1", "djl-student", "{}", "cpu"));
        }
        Path copy = Files.copy(original, Files.createDirectories(dir.resolve("elsewhere")).resolve("copy.radcurate"));
        try (Workspace ws = Workspace.open(copy)) {
            assertEquals(dir.toRealPath().resolve("elsewhere/copy.radcurate.runs/run1").toString(),
                    ws.runs().findByName("run1").orElseThrow().artifactDir());
        }
    }

    @Test
    void upgradeMakesAbsoluteFoldersRelativeAndKeepsMetrics() throws Exception {
        Path file = dir.resolve("old.radcurate");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            Migrations.apply(c, 3);
            st.execute("INSERT INTO runs (id, name, kind, config, device, status, artifact_dir, created_at) VALUES "
                    + "(1, 'run1', 'djl-student', '{}', 'cpu', 'RUNNING', '/somewhere/else/ws.radcurate.runs/run1', "
                    + "'2024-01-01T00:00:00Z'), "
                    + "(2, 'win', 'djl-student', '{}', 'cpu', 'FINISHED', 'C:\\\\data\\\\ws.radcurate.runs\\\\win', "
                    + "'2024-01-01T00:00:00Z')");
            st.execute("INSERT INTO run_metrics (run_id, epoch, name, value, at) VALUES "
                    + "(1, 1, 'loss', 0.5, '2024-01-01T00:00:00Z')");
        }
        try (Workspace ws = Workspace.open(file)) {
            List<Run> runs = ws.runs().list();
            assertEquals(dir.toRealPath().resolve("old.radcurate.runs/run1").toString(), runs.get(0).artifactDir());
            assertEquals(dir.toRealPath().resolve("old.radcurate.runs/win").toString(), runs.get(1).artifactDir());
            assertEquals(RunStatus.RUNNING, runs.get(0).status());
            assertEquals(Map.of(1, Map.of("loss", 0.5)), ws.runs().metrics(1));
            assertEquals(1, ws.transaction(() -> ws.runs().markInterrupted()));
            assertEquals(RunStatus.INTERRUPTED, ws.runs().find(1).orElseThrow().status());
            assertEquals(RunStatus.FINISHED, ws.runs().find(2).orElseThrow().status());
            assertEquals(0L, ws.jdbc().count("SELECT count(*) FROM pragma_foreign_key_check"));
            assertEquals(1L, ws.jdbc().count("PRAGMA foreign_keys"));
        }
    }
}
