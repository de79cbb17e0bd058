package org.radcurate.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The files of one workspace: its real name, its identity on disk, its sidecars. */
final class WorkspaceFiles {
    /** Files SQLite and RadCurate keep beside a workspace. */
    static final List<String> SIDECARS = List.of("-wal", "-shm", "-journal", ".lock");

    private static final Pattern SQLITE_MESSAGE = Pattern.compile("^\\[SQLITE_[A-Z_]+\\]\\s*(.*?)(?:\\s*\\((.*)\\))?$",
            Pattern.DOTALL);

    private WorkspaceFiles() {}

    /** The file to open for writing, and whether this call created it. */
    record Target(Path real, boolean created) {
        void discardIfCreated() {
            if (created) {
                deleteWithSidecars(real);
            }
        }
    }

    static Target resolveForWriting(Path shown) {
        try {
            if (Files.isSymbolicLink(shown) && !Files.exists(shown)) {
                throw new WorkspaceException("Cannot open workspace " + shown + ": it is a symbolic link to "
                        + Files.readSymbolicLink(shown) + ", which does not exist.");
            }
            if (Files.exists(shown)) {
                if (!Files.isRegularFile(shown)) {
                    throw new WorkspaceException("Cannot open workspace " + shown + ": it is "
                            + (Files.isDirectory(shown) ? "a folder" : "not a regular file") + ", not a workspace file.");
                }
                return new Target(shown.toRealPath(), false);
            }
            Path parent = shown.getParent();
            Files.createDirectories(parent);
            Path real = parent.toRealPath().resolve(shown.getFileName().toString());
            try {
                Files.createFile(real);
                return new Target(real, true);
            } catch (FileAlreadyExistsException e) {
                return new Target(real.toRealPath(), false);
            }
        } catch (IOException e) {
            throw new WorkspaceException("Cannot open workspace " + shown + ": " + plain(e), e);
        }
    }

    /** What makes two names one file: device and inode where the platform has them. */
    static Object identity(Path real) {
        try {
            Object key = Files.readAttributes(real, BasicFileAttributes.class).fileKey();
            return key != null ? key : real.toString();
        } catch (IOException e) {
            return real.toString();
        }
    }

    /**
     * Refuses a workspace file with a second hard link: SQLite names its -wal after the name a
     * file was opened by, so two names of one file can each see a different journal and lose
     * committed rows.
     */
    static void refuseHardLinks(Path shown, Path real) throws IOException {
        Object links;
        try {
            links = Files.getAttribute(real, "unix:nlink");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return;
        }
        if (links instanceof Integer n && n > 1) {
            throw new WorkspaceException("Workspace " + shown + " has " + n + " names (hard links) on disk. "
                    + "RadCurate writes a workspace under one name only, or SQLite could lose data: "
                    + "remove the other names, or copy the file to make a separate workspace.");
        }
    }

    static void deleteWithSidecars(Path real) {
        for (String suffix : SIDECARS) {
            deleteQuietly(real.resolveSibling(real.getFileName() + suffix));
        }
        deleteQuietly(real);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: what could not be removed is harmless
        }
    }

    /** An I/O or SQLite failure in words: no SQLite result codes, no exception class names. */
    static String plain(Exception e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT) + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        if (e instanceof SQLException) {
            return sqliteText(e.getMessage());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "the file could not be read or written" : m;
    }

    /** "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)" to the words. */
    static String sqliteText(String message) {
        if (message == null) {
            return "the database could not be read or written";
        }
        Matcher m = SQLITE_MESSAGE.matcher(message.strip());
        if (!m.matches()) {
            return message;
        }
        return m.group(2) != null && !m.group(2).isBlank() ? m.group(2) : m.group(1);
    }
}
