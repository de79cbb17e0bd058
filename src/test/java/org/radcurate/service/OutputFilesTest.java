package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the target as it was and no temporary file behind. */
class OutputFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void failureHalfWayKeepsTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("labels.csv"), "old\n");
        IOException e = assertThrows(IOException.class, () -> OutputFiles.write(target, w -> {
            try {
                w.write("half of the new ");
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new UncheckedIOException(new IOException("the input ended early"));
        }));
        assertEquals("the input ended early", e.getMessage());
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("labels.csv"), names());
    }

    @Test
    void newFileInNewFoldersAppearsWhole() throws Exception {
        Path target = dir.resolve("a/b/out.txt");
        OutputFiles.writeString(target, "whole\n");
        assertEquals("whole\n", Files.readString(target));
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(List.of("out.txt"), s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
