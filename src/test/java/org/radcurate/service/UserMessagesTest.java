package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.SourceKind;

/** Every failure becomes a plain sentence: no "null", no class names, no SQLite codes. */
class UserMessagesTest {
    @Test
    void fileProblemsNameTheFile() {
        assertEquals("no such file: /data/a.csv", UserMessages.describe(new NoSuchFileException("/data/a.csv")));
        assertEquals("permission denied: /data/a.csv", UserMessages.describe(new AccessDeniedException("/data/a.csv")));
        assertEquals("/dev/full: no space left on device",
                UserMessages.describe(new FileSystemException("/dev/full", null, "No space left on device")));
    }

    @Test
    void wrappersAreOpenedAndMessagesCleaned() {
        assertEquals("no such file: x.csv",
                UserMessages.describe(new UncheckedIOException(new NoSuchFileException("x.csv"))));
        assertEquals("no such file: x.csv",
                UserMessages.describe(new ExecutionException(new UncheckedIOException(new NoSuchFileException("x.csv")))));
        assertEquals("database or disk is full",
                UserMessages.describe(new IllegalStateException("[SQLITE_FULL] database or disk is full")));
        assertEquals("bad value", UserMessages.describe(new RuntimeException("java.lang.IllegalArgumentException: bad value")));
    }

    @Test
    void enumConstantsAndMissingMessagesAreWorded() {
        IllegalArgumentException enumFailure = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> SourceKind.valueOf("ROBOT"));
        assertEquals("'ROBOT' is not a known source kind", UserMessages.describe(enumFailure));
        assertEquals("a file ended before it was complete (it may be truncated or not of the expected kind)",
                UserMessages.describe(new EOFException()));
        assertEquals("an internal error stopped the command (null pointer exception); nothing was changed by the "
                + "failed step. Please report this.", UserMessages.describe(new NullPointerException()));
        assertEquals("an internal error stopped the command (null pointer exception); nothing was changed by the "
                + "failed step. Please report this.", UserMessages.describe(
                        new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null")));
        assertEquals("no such file: y", UserMessages.describe(new IOException(null, new NoSuchFileException("y"))));
    }
}
