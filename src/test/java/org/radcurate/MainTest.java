package org.radcurate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void oneExistingFileOpensTheWindowOnIt() throws IOException {
        Path ws = Files.createFile(dir.resolve("cohort.radcurate"));
        assertEquals(Optional.of(ws.toAbsolutePath()), Main.workspaceToOpen(new String[] {ws.toString()}));
    }

    @Test
    void aFileWithAnyNameOpensSoThatAssociationsNeverFallIntoTheCli() throws IOException {
        Path ws = Files.createFile(dir.resolve("cohort.sqlite"));
        assertEquals(Optional.of(ws.toAbsolutePath()), Main.workspaceToOpen(new String[] {ws.toString()}));
    }

    @Test
    void commandsOptionsAndMissingFilesGoToTheCli() throws IOException {
        assertTrue(Main.workspaceToOpen(new String[0]).isEmpty());
        assertTrue(Main.workspaceToOpen(new String[] {"info"}).isEmpty());
        assertTrue(Main.workspaceToOpen(new String[] {"--help"}).isEmpty());
        assertTrue(Main.workspaceToOpen(new String[] {dir.resolve("missing.radcurate").toString()}).isEmpty());
        assertTrue(Main.workspaceToOpen(new String[] {dir.toString()}).isEmpty());
        Path ws = Files.createFile(dir.resolve("a.radcurate"));
        assertTrue(Main.workspaceToOpen(new String[] {"info", ws.toString()}).isEmpty());
    }

    @Test
    void aFileNamedLikeACommandStillRunsTheCommand() throws IOException {
        Path info = Files.createFile(dir.resolve("info"));
        assertTrue(Files.exists(info));
        assertTrue(Main.workspaceToOpen(new String[] {"info"}).isEmpty());
    }
}
