package org.radcurate.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.EOFException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns any failure into one plain sentence for the user, for the command line and the window
 * alike: never "null", never an exception's class name, never a raw SQLite result code.
 */
public final class UserMessages {
    private static final Pattern SQLITE_CODE = Pattern.compile("\\[SQLITE_[A-Z_]+\\]\\s*");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("No enum constant (?:[\\w$]+\\.)*([\\w$]+)\\.(\\S*)");
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*");

    private UserMessages() {}

    /** One line a user can act on. */
    public static String describe(Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (t instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (t instanceof FileAlreadyExistsException f) {
            return "already exists: " + f.getFile();
        }
        if (t instanceof NotDirectoryException n) {
            return "not a folder: " + n.getFile();
        }
        if (t instanceof DirectoryNotEmptyException d) {
            return "folder not empty: " + d.getFile();
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return (f.getFile() == null ? "" : f.getFile() + ": ") + lowerFirst(f.getReason());
        }
        if (t instanceof EOFException) {
            return "a file ended before it was complete (it may be truncated or not of the expected kind)";
        }
        if (t instanceof CharacterCodingException) {
            return "a file is not valid UTF-8 text; save it as UTF-8";
        }
        if (t instanceof JsonProcessingException j) {
            String where = j.getLocation() == null ? "" : "line " + j.getLocation().getLineNr() + ", column "
                    + j.getLocation().getColumnNr() + ": ";
            return "invalid JSON: " + where + clean(j.getOriginalMessage());
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory; close other programs or start RadCurate with a larger -Xmx";
        }
        if (t instanceof StackOverflowError) {
            return "the input is nested too deeply to read";
        }
        if (t instanceof CancellationException) {
            return t.getMessage() == null ? "cancelled" : clean(t.getMessage());
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            Throwable cause = t.getCause();
            if (cause != null && cause != t) {
                return describe(cause);
            }
            return "an internal error stopped the command (" + words(t.getClass().getSimpleName())
                    + "); nothing was changed by the failed step. Please report this.";
        }
        return clean(m);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof UncheckedIOException || t instanceof CompletionException
                || t instanceof ExecutionException || t instanceof java.lang.reflect.InvocationTargetException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Removes what means nothing to a user: SQLite codes, class-name prefixes, enum constant spelling. */
    static String clean(String message) {
        String m = SQLITE_CODE.matcher(message.strip()).replaceAll("");
        m = CLASS_PREFIX.matcher(m).replaceFirst("");
        Matcher enumMatch = ENUM_CONSTANT.matcher(m);
        if (enumMatch.find()) {
            m = enumMatch.replaceFirst(Matcher.quoteReplacement(
                    "'" + enumMatch.group(2) + "' is not a known " + words(enumMatch.group(1))));
        }
        return m;
    }

    /** "SourceKind" to "source kind". */
    private static String words(String camel) {
        return camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
