package org.radcurate.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Writes an output file so that it appears whole or not at all, and never over what it must not:
 * a workspace or its -wal, -shm, -journal and .lock files, an input of the same command, a folder,
 * or a read-only file. A symbolic link is written through (its target is replaced, the link
 * stays); a FIFO or a device is written to directly, since it cannot be replaced.
 */
public final class OutputFiles {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> SIDECARS = List.of("-wal", "-shm", "-journal", ".lock");

    private OutputFiles() {}

    /**
     * Writes {@code out} through {@code body}; {@code inputs} are files the command reads, which
     * the output must not be. Throws {@link IllegalArgumentException} with a message for the user
     * when the target is refused; the target is then untouched and no temporary file is left.
     */
    public static void write(Path out, Consumer<BufferedWriter> body, Path... inputs) throws IOException {
        Path target = check(out, inputs);
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            writeThrough(target, body);
            return;
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = tempBeside(target);
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.accept(w);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            copyPermissions(target, tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes a whole text. */
    public static void writeString(Path out, String text, Path... inputs) throws IOException {
        write(out, w -> {
            try {
                w.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, inputs);
    }

    /** The file that will be written (a symbolic link resolved), or a refusal in words. */
    static Path check(Path out, Path... inputs) throws IOException {
        Path abs = out.toAbsolutePath();
        if (Files.isSymbolicLink(abs) && !Files.exists(abs)) {
            throw refuse(out, "it is a symbolic link to " + Files.readSymbolicLink(abs) + ", which does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw refuse(out, "it is a folder; give a file name");
        }
        Path target = Files.exists(abs) ? abs.toRealPath() : realParent(abs).resolve(abs.getFileName().toString());
        if (isSqlite(target)) {
            throw refuse(out, "it is a RadCurate workspace (a SQLite database) and would be destroyed; "
                    + "choose another file");
        }
        for (Path in : inputs) {
            if (in != null && Files.exists(in) && Files.exists(target) && Files.isSameFile(in, target)) {
                throw refuse(out, "it is the input file " + in + "; choose another output file");
            }
        }
        String name = target.getFileName().toString();
        for (String suffix : SIDECARS) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                Path base = target.resolveSibling(name.substring(0, name.length() - suffix.length()));
                if (isSqlite(base) || Files.exists(target) && suffix.equals(".lock")) {
                    throw refuse(out, "it is the " + suffix + " file of the workspace " + base
                            + ", which must not be overwritten; choose another file");
                }
            }
        }
        if (Files.isRegularFile(target) && readOnly(target)) {
            throw refuse(out, "it is read-only; choose another file or make it writable");
        }
        return target;
    }

    private static Path realParent(Path abs) throws IOException {
        Path parent = abs.getParent();
        Path existing = parent;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return parent;
        }
        return existing.toRealPath().resolve(existing.relativize(parent));
    }

    private static IllegalArgumentException refuse(Path out, String why) {
        return new IllegalArgumentException("cannot write " + out + ": " + why + ".");
    }

    private static boolean isSqlite(Path p) {
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(p)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** No write permission for the owner (checked by mode bits, so it holds for root too). */
    private static boolean readOnly(Path p) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (posix != null) {
            return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(p);
    }

    private static Path tempBeside(Path target) throws IOException {
        while (true) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, perms);
        }
    }

    private static void writeThrough(Path target, Consumer<BufferedWriter> body) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(target, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
            body.accept(w);
        } catch (UncheckedIOException e) {
            throw failed(target, e.getCause());
        } catch (IOException e) {
            throw failed(target, e);
        }
    }

    private static IOException failed(Path target, IOException e) {
        String why = e.getMessage() == null ? "the write failed" : e.getMessage();
        return new IOException("cannot write " + target + ": " + Character.toLowerCase(why.charAt(0))
                + why.substring(1), e);
    }
}
