package org.radcurate.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.Report;
import org.radcurate.domain.Split;
import org.radcurate.testing.TestFiles;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void openCreatesWorkspaceAtLatestVersionOnNewPath() {
        Path file = dir.resolve("nested/folder/new.radcurate");
        try (Workspace ws = Workspace.open(file)) {
            assertEquals(Migrations.LATEST, ws.schemaVersion());
            assertEquals(0, ws.reports().count());
            assertFalse(ws.readOnly());
        }
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void openMigratesEmptyZeroByteFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.radcurate"));
        try (Workspace ws = Workspace.open(file)) {
            assertEquals(Migrations.LATEST, ws.schemaVersion());
            assertEquals(0, ws.reports().count());
        }
    }

    @Test
    void schemaVersionIsTheLastMigrationsNumberAndNumbersOnlyGrow() {
        assertEquals(8, Workspace.SCHEMA_VERSION);
        List<Integer> versions = Migrations.FILES.stream().map(Migrations::version).toList();
        assertEquals(versions.stream().sorted().distinct().toList(), versions);
        assertEquals(Workspace.SCHEMA_VERSION, versions.get(versions.size() - 1));
    }

    @Test
    void openRefusesNonSqliteFileAndLeavesItUntouched() {
        Path file = TestFiles.lines(dir.resolve("notes.radcurate"), "id,text", "1,this is a CSV, not a database");
        byte[] before = TestFiles.read(file);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file));
        assertEquals("Cannot open workspace " + file.toAbsolutePath()
                + ": not a RadCurate workspace (not a SQLite database)", e.getMessage());
        assertArrayEquals(before, TestFiles.read(file));
    }

    @Test
    void openRefusesSqliteDatabaseOfAnotherProgram() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        }
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file));
        assertEquals(file.toAbsolutePath() + " is a SQLite database but not a RadCurate workspace.", e.getMessage());
    }

    @Test
    void openRefusesNewerSchemaVersionAndLeavesFileUntouched() throws Exception {
        Path file = dir.resolve("future.radcurate");
        Workspace.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + (Migrations.LATEST + 1) + ", '2030-01-01T00:00:00Z')");
        }
        byte[] before = TestFiles.read(file);

        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(file));

        assertEquals("Workspace " + file.toAbsolutePath() + " was written by a newer RadCurate (schema version "
                + (Migrations.LATEST + 1) + "; this version reads up to " + Migrations.LATEST + "). Update RadCurate to open it.", e.getMessage());
        assertArrayEquals(before, TestFiles.read(file));
    }

    @Test
    void openReadOnlyRefusesNewerSchemaVersion() throws Exception {
        Path file = dir.resolve("future.radcurate");
        Workspace.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + (Migrations.LATEST + 1) + ", '2030-01-01T00:00:00Z')");
        }
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.openReadOnly(file));
        assertTrue(e.getMessage().contains("schema version " + (Migrations.LATEST + 1) + "; this version reads up to " + Migrations.LATEST), e.getMessage());
    }

    @Test
    void secondOpenInSameJvmIsRefusedAsInUse() {
        Path file = dir.resolve("ws.radcurate");
        try (Workspace first = Workspace.open(file)) {
            WorkspaceInUseException e = assertThrows(WorkspaceInUseException.class, () -> Workspace.open(file));
            assertEquals("Workspace " + file.toAbsolutePath() + " is open in another RadCurate window or process. "
                    + "Close it there first, or open it read-only (File > Open Read-Only in the window; on the "
                    + "command line, the commands that only read need nothing, and eval, schema and llm consent "
                    + "--list take --read-only).", e.getMessage());
        }
    }

    @Test
    void openSucceedsAgainAfterFirstIsClosed() {
        Path file = dir.resolve("ws.radcurate");
        Workspace.open(file).close();
        try (Workspace again = Workspace.open(file)) {
            assertEquals(Migrations.LATEST, again.schemaVersion());
        }
    }

    @Test
    void openReadOnlyWorksWhileAWriterHasItOpenAndSeesCommittedReports() {
        Path file = dir.resolve("ws.radcurate");
        try (Workspace writer = Workspace.open(file)) {
            writer.transaction(() -> writer.reports().add(new Report("A1", "No effusion.", List.of(), Split.DEV, "d")));
            try (Workspace reader = Workspace.openReadOnly(file)) {
                assertTrue(reader.readOnly());
                assertEquals(List.of(new Report("A1", "No effusion.", List.of(), Split.DEV, "d")),
                        reader.reports().list(null));
            }
        }
    }

    @Test
    void readOnlyWorkspaceRefusesTransactions() {
        Path file = dir.resolve("ws.radcurate");
        Workspace.open(file).close();
        try (Workspace reader = Workspace.openReadOnly(file)) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> reader.transaction(() -> { }));
            assertEquals("Workspace " + file.toAbsolutePath() + " is open read-only.", e.getMessage());
        }
    }

    @Test
    void openReadOnlyRefusesMissingFile() {
        Path file = dir.resolve("missing.radcurate");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.openReadOnly(file));
        assertEquals("No workspace at " + file.toAbsolutePath(), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void transactionRollsBackEverythingWhenWorkFails() {
        try (Workspace ws = Workspace.open(dir.resolve("ws.radcurate"))) {
            assertThrows(IllegalStateException.class, () -> ws.transaction(() -> {
                ws.reports().add(new Report("A1", "text", List.of(), Split.NONE, ""));
                throw new IllegalStateException("boom");
            }));
            assertEquals(0, ws.reports().count());
        }
    }

    @Test
    void refusedSecondOpenKeepsOtherProcessesLockedOut() throws Exception {
        Path file = dir.resolve("ws.radcurate");
        try (Workspace first = Workspace.open(file)) {
            assertThrows(WorkspaceInUseException.class, () -> Workspace.open(file));

            assertEquals(LockProbe.IN_USE, runLockProbe(file));
        }
    }

    @Test
    void otherProcessCanOpenOnceWorkspaceIsClosed() throws Exception {
        Path file = dir.resolve("ws.radcurate");
        Workspace.open(file).close();
        assertEquals(LockProbe.OPENED, runLockProbe(file));
    }

    private static int runLockProbe(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "lock probe did not finish");
        return p.exitValue();
    }

    record Probe(int exit, String message) {}
}
