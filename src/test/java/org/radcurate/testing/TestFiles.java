package org.radcurate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test input files: UTF-8 lines, raw bytes, a BOM, invalid bytes at a known place. */
public final class TestFiles {
    /** The UTF-8 byte-order mark. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TestFiles() {}

    /** Writes the lines joined by '\n' with a final '\n'; creates parent folders. */
    public static Path lines(Path file, String... lines) {
        return bytes(file, utf8(String.join("\n", lines) + "\n"));
    }

    public static Path text(Path file, String text) {
        return bytes(file, utf8(text));
    }

    public static Path bytes(Path file, byte[] bytes) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same lines preceded by a UTF-8 byte-order mark. */
    public static Path linesWithBom(Path file, String... lines) {
        return bytes(file, concat(BOM, utf8(String.join("\n", lines) + "\n")));
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** A Latin-1 'é' (0xE9): a byte that is never valid where UTF-8 expects a character. */
    public static final byte[] LATIN1_E_ACUTE = {(byte) 0xE9};

    /**
     * Writes before + one invalid byte + after; returns the 1-based byte offset of the invalid
     * byte, as Utf8Reader reports it.
     */
    public static long withInvalidByte(Path file, String before, String after) {
        byte[] head = utf8(before);
        bytes(file, concat(head, LATIN1_E_ACUTE, utf8(after)));
        return head.length + 1;
    }

    /** Writes the text, then only the first byte of a two-byte UTF-8 character ('é' is C3 A9). */
    public static Path cutInsideCharacter(Path file, String text) {
        return bytes(file, concat(utf8(text), new byte[] {(byte) 0xC3}));
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
