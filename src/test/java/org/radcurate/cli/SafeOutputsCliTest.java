package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.testing.TestFiles;
import org.radcurate.testing.WorkspaceState;

/** export and label --out never write over what they must not (issue 10). */
class SafeOutputsCliTest {
    @TempDir
    Path dir;
    final CliHarness cli = new CliHarness();
    Path ws;
    Path reports;

    @BeforeEach
    void workspace() {
        ws = dir.resolve("ws.radcurate");
        reports = TestFiles.lines(dir.resolve("reports.csv"), "id,text", "A1,No effusion.", "A2,Small effusion.");
        assertEquals(0, cli.run("import", "-w", ws, reports), cli.err.toString());
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertRefused(String expectedError, Object... args) throws Exception {
        WorkspaceState before = WorkspaceState.of(ws);
        byte[] bytes = TestFiles.read(ws);
        List<String> listing = files();
        assertEquals(1, cli.run(args));
        assertEquals(List.of("error: " + expectedError), cli.errorLines());
        assertArrayEquals(bytes, TestFiles.read(ws));
        assertEquals(before, WorkspaceState.of(ws));
        assertEquals(listing, files());
    }

    @Test
    void exportOntoTheWorkspaceItselfIsRefused() throws Exception {
        assertRefused("cannot write " + ws + ": it is a RadCurate workspace (a SQLite database) and would be "
                + "destroyed; choose another file.", "export", "-w", ws, "-o", ws, "--format", "csv");
    }

    @Test
    void exportOntoAWorkspaceSidecarIsRefused() throws Exception {
        for (String suffix : List.of("-wal", "-shm", ".lock")) {
            Path sidecar = dir.resolve("ws.radcurate" + suffix);
            assertRefused("cannot write " + sidecar + ": it is the " + suffix + " file of the workspace "
                    + ws.toRealPath() + ", which must not be overwritten; choose another file.",
                    "export", "-w", ws, "-o", sidecar, "--format", "csv");
        }
    }

    @Test
    void labelOutOntoAWorkspaceOrItsInputIsRefused() throws Exception {
        assertRefused("cannot write " + ws + ": it is a RadCurate workspace (a SQLite database) and would be "
                + "destroyed; choose another file.", "label", "--in", reports, "--out", ws, "--format", "csv");
        byte[] input = TestFiles.read(reports);
        assertRefused("cannot write " + reports + ": it is the input file " + reports
                + "; choose another output file.", "label", "--in", reports, "--out", reports);
        assertArrayEquals(input, TestFiles.read(reports));
    }

    @Test
    void symbolicLinkToTheWorkspaceIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), ws);
        assertRefused("cannot write " + link + ": it is a RadCurate workspace (a SQLite database) and would be "
                + "destroyed; choose another file.", "export", "-w", ws, "-o", link);
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void symbolicLinkToAFileIsWrittenThroughAndStaysALink() throws Exception {
        Path target = Files.writeString(dir.resolve("real.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
        assertEquals(0, cli.run("export", "-w", ws, "-o", link), cli.err.toString());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("id,split,dataset,text\r\nA1,none,reports,No effusion.\r\nA2,none,reports,Small effusion.\r\n",
                Files.readString(target));
        assertFalse(files().stream().anyMatch(f -> f.endsWith(".part")), files().toString());
    }

    @Test
    void readOnlyTargetIsRefusedAndKeepsItsContentAndMode() throws Exception {
        Path target = Files.writeString(dir.resolve("frozen.csv"), "keep me\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        assertRefused("cannot write " + target + ": it is read-only; choose another file or make it writable.",
                "export", "-w", ws, "-o", target);
        assertEquals("keep me\n", Files.readString(target));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void overwrittenTargetKeepsItsPermissions() throws Exception {
        Path target = Files.writeString(dir.resolve("shared.csv"), "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(0, cli.run("label", "--in", reports, "--out", target, "--schema", "nih14"), cli.err.toString());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertTrue(Files.readString(target).startsWith("id,"));
    }

    @Test
    void folderTargetIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        assertRefused("cannot write " + folder + ": it is a folder; give a file name.",
                "export", "-w", ws, "-o", folder, "--format", "csv");
    }

    @Test
    void fifoIsWrittenThroughNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mk.waitFor(30, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(Files.readAllBytes(fifo), StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(0, cli.run("export", "-w", ws, "-o", fifo), cli.err.toString());
        assertEquals("id,split,dataset,text\r\nA1,none,reports,No effusion.\r\nA2,none,reports,Small effusion.\r\n",
                read.get(60, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo));
        assertTrue(Files.exists(fifo));
    }

    @Test
    void failedImportIntoANewWorkspaceLeavesNothingBehind() throws Exception {
        Path bad = TestFiles.lines(dir.resolve("bad.csv"), "id,text", "B1,ok", ",missing id");
        Path fresh = dir.resolve("fresh.radcurate");
        List<String> listing = files();
        assertEquals(1, cli.run("import", "-w", fresh, bad));
        assertEquals(List.of("error: bad.csv, line 3, field 'id': empty report id"), cli.errorLines());
        assertEquals(listing, files());
    }
}
