package org.radcurate.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.Report;
import org.radcurate.domain.Split;
import org.radcurate.testing.TestFiles;
import org.radcurate.testing.WorkspaceState;

/** One writer per workspace file, whatever name it is opened by (ADR 0007). */
class WorkspaceIdentityTest {
    @TempDir
    Path dir;

    private Path workspaceWithOneReport() {
        Path file = dir.resolve("ws.radcurate");
        try (Workspace ws = Workspace.open(file)) {
            ws.transaction(() -> ws.reports().add(new Report("A1", "No effusion.", List.of(), Split.DEV, "d")));
        }
        return file;
    }

    private static String inUse(Path shown) {
        return "Workspace " + shown + " is open in another RadCurate window or process. "
                + "Close it there first, or open it read-only (File > Open Read-Only in the window; "
                + "on the command line, the commands that only read need nothing, and eval, schema and llm consent "
                + "--list take --read-only).";
    }

    @Test
    void hardLinkIsRefusedForWritingWithoutTouchingTheFile() throws Exception {
        Path file = workspaceWithOneReport();
        Path link = Files.createLink(dir.resolve("other-name.radcurate"), file);
        WorkspaceState before = WorkspaceState.of(file);
        byte[] bytes = TestFiles.read(file);
        String expected = "Workspace " + link + " has 2 names (hard links) on disk. RadCurate writes a workspace "
                + "under one name only, or SQLite could lose data: remove the other names, or copy the file to make "
                + "a separate workspace.";

        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(link));

        assertEquals(expected, e.getMessage());
        assertEquals(expected.replace(link.toString(), file.toString()),
                assertThrows(WorkspaceException.class, () -> Workspace.open(file)).getMessage());
        assertArrayEquals(bytes, TestFiles.read(file));
        assertEquals(before, WorkspaceState.of(file));
        assertFalse(Files.exists(dir.resolve("other-name.radcurate.lock")));
    }

    @Test
    void hardLinkMadeWhileOpenLetsNoSecondProcessWrite() throws Exception {
        Path file = workspaceWithOneReport();
        try (Workspace first = Workspace.open(file)) {
            Path link = Files.createLink(dir.resolve("other-name.radcurate"), file);
            WorkspaceTest.Probe p = probe(link.toString(), null);
            assertEquals(LockProbe.REFUSED, p.exit());
            assertTrue(p.message().startsWith("Workspace " + link + " has 2 names (hard links) on disk."), p.message());
            first.transaction(() -> first.reports().add(new Report("A2", "Edema.", List.of(), Split.DEV, "d")));
        }
        try (Workspace ro = Workspace.openReadOnly(file)) {
            assertEquals(2, ro.reports().count());
        }
    }

    @Test
    void symbolicLinkNamesTheSameWorkspace() throws Exception {
        Path file = workspaceWithOneReport();
        Path link = Files.createSymbolicLink(dir.resolve("link.radcurate"), file);
        try (Workspace first = Workspace.open(file)) {
            WorkspaceInUseException e = assertThrows(WorkspaceInUseException.class, () -> Workspace.open(link));
            assertEquals(inUse(link), e.getMessage());
            WorkspaceTest.Probe p = probe(link.toString(), null);
            assertEquals(LockProbe.IN_USE, p.exit());
            assertEquals(inUse(link), p.message());
        }
        try (Workspace viaLink = Workspace.open(link)) {
            assertEquals(file.toRealPath(), viaLink.file());
            assertEquals(1, viaLink.reports().count());
        }
        assertFalse(Files.exists(dir.resolve("link.radcurate.lock")));
        assertFalse(Files.exists(dir.resolve("link.radcurate-wal")));
    }

    @Test
    void relativeAndRoundaboutPathsNameTheSameWorkspace() throws Exception {
        Path file = workspaceWithOneReport();
        Files.createDirectories(dir.resolve("sub"));
        Path roundabout = dir.resolve("sub/../ws.radcurate");
        try (Workspace first = Workspace.open(file)) {
            assertEquals(inUse(roundabout),
                    assertThrows(WorkspaceInUseException.class, () -> Workspace.open(roundabout)).getMessage());
            WorkspaceTest.Probe p = probe("ws.radcurate", dir);
            assertEquals(LockProbe.IN_USE, p.exit());
            assertEquals(inUse(dir.toRealPath().resolve("ws.radcurate")), p.message());
            assertEquals(LockProbe.IN_USE, probe("./sub/../ws.radcurate", dir).exit());
        }
        assertEquals(LockProbe.OPENED, probe("ws.radcurate", dir).exit());
    }

    @Test
    void deletedLockFileLetsNoSecondWriterIn() throws Exception {
        Path file = workspaceWithOneReport();
        try (Workspace first = Workspace.open(file)) {
            Files.delete(dir.resolve("ws.radcurate.lock"));
            WorkspaceTest.Probe p = probe(file.toString(), null);
            assertEquals(LockProbe.IN_USE, p.exit());
            assertEquals(inUse(file), p.message());
            first.transaction(() -> first.reports().add(new Report("A2", "Edema.", List.of(), Split.DEV, "d")));
        }
        try (Workspace again = Workspace.open(file)) {
            assertEquals(2, again.reports().count());
        }
    }

    @Test
    void replacedLockFileLetsNoSecondWriterIn() throws Exception {
        Path file = workspaceWithOneReport();
        try (Workspace first = Workspace.open(file)) {
            Path fresh = Files.writeString(dir.resolve("fresh"), "");
            Files.move(fresh, dir.resolve("ws.radcurate.lock"), StandardCopyOption.REPLACE_EXISTING);
            assertEquals(LockProbe.IN_USE, probe(file.toString(), null).exit());
        }
        assertEquals(LockProbe.OPENED, probe(file.toString(), null).exit());
    }

    @Test
    void folderOrDanglingLinkIsRefusedAndNothingIsCreated() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.radcurate"));
        assertEquals("Cannot open workspace " + folder + ": it is a folder, not a workspace file.",
                assertThrows(WorkspaceException.class, () -> Workspace.open(folder)).getMessage());
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.radcurate"), dir.resolve("gone.radcurate"));
        assertEquals("Cannot open workspace " + dangling + ": it is a symbolic link to " + dir.resolve("gone.radcurate")
                + ", which does not exist.",
                assertThrows(WorkspaceException.class, () -> Workspace.open(dangling)).getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("dangling.radcurate", "folder.radcurate"), files.map(p -> p.getFileName().toString())
                    .sorted().toList());
        }
    }

    @Test
    void aWorkspaceNamedLikeAnotherOnesJournalIsRefused() throws Exception {
        Path file = workspaceWithOneReport();
        WorkspaceState before = WorkspaceState.of(file);
        List<String> listing = names();
        for (String suffix : List.of("-wal", "-shm", "-journal", ".lock")) {
            Path sidecar = dir.resolve("ws.radcurate" + suffix);
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(sidecar));
            assertEquals("Cannot open workspace " + sidecar + ": a name ending in " + suffix + " is kept for the "
                    + "files SQLite and RadCurate keep beside a workspace; choose another name.", e.getMessage());
        }
        assertEquals(listing, names());
        assertEquals(before, WorkspaceState.of(file));
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void unusedNewWorkspaceIsRemovedWithItsSidecarsWhenDiscarded() throws Exception {
        Path file = dir.resolve("new.radcurate");
        Workspace ws = Workspace.open(file);
        assertTrue(ws.created());
        ws.closeDiscardingIfUnused();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
        assertEquals(LockProbe.OPENED, probe(file.toString(), null).exit());
    }

    @Test
    void discardKeepsAWorkspaceThatExistedOrHoldsData() throws Exception {
        Path file = workspaceWithOneReport();
        Workspace existing = Workspace.open(file);
        assertFalse(existing.created());
        existing.closeDiscardingIfUnused();
        assertTrue(Files.exists(file));

        Path other = dir.resolve("other.radcurate");
        Workspace fresh = Workspace.open(other);
        fresh.transaction(() -> fresh.reports().add(new Report("B1", "Clear.", List.of(), Split.NONE, "d")));
        fresh.closeDiscardingIfUnused();
        try (Workspace ro = Workspace.openReadOnly(other)) {
            assertEquals(1, ro.reports().count());
        }
    }

    private static WorkspaceTest.Probe probe(String path, Path workingDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), path).redirectErrorStream(true);
        if (workingDir != null) {
            pb.directory(workingDir.toFile());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "lock probe did not finish");
        return new WorkspaceTest.Probe(p.exitValue(), out);
    }
}
