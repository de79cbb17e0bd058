package org.radcurate.service;

import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.radcurate.ingest.ImportException;
import org.slf4j.Logger;

/**
 * Writes a caught error to the log once, where it is caught, without patient data. Reports are
 * PHI and exception messages may quote them (a JSON parser's message quotes the line it read), so
 * only messages RadCurate wrote itself are kept: those thrown from {@code org.radcurate} code (which
 * name files, lines, fields and ids, never report text; a workspace error carries SQLite's message,
 * and statements are parameterised) and file-system errors (a path). Every other message is
 * withheld; the exception type and the stack trace are always logged.
 */
public final class ErrorLog {
    private ErrorLog() {}

    /** A failure the user is told about: logged at ERROR with its stack trace. */
    public static void caught(Logger log, String action, Throwable error) {
        log.error("{} failed: {}", action, summary(error), withheld(error));
    }

    /** Input the user can fix (a bad number in a form): one line at INFO, no stack trace. */
    public static void rejected(Logger log, String action, Throwable error) {
        log.info("{} rejected: {}", action, summary(error));
    }

    /** "ImportException: reports.csv, line 3, field 'id': empty report id" and its causes, each after " <- ". */
    public static String summary(Throwable error) {
        List<String> parts = new ArrayList<>();
        for (Throwable t : chain(error)) {
            String message = safeMessage(t);
            String type = t.getClass().getSimpleName().isEmpty() ? t.getClass().getName() : t.getClass().getSimpleName();
            parts.add(type + (message == null ? "" : ": " + message));
        }
        return String.join(" <- ", parts);
    }

    /** The message if it is safe to log (see the class comment), else null. */
    static String safeMessage(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return null;
        }
        boolean ours = t instanceof ImportException
                || t.getStackTrace().length > 0 && t.getStackTrace()[0].getClassName().startsWith("org.radcurate.");
        return ours || t instanceof FileSystemException ? m : null;
    }

    /**
     * A copy of the exception chain that keeps types and stack frames but only safe messages, for
     * the log's stack trace. Its frames are the original's; its class is {@link Withheld}.
     */
    static Throwable withheld(Throwable error) {
        List<Throwable> chain = chain(error);
        Throwable copy = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable t = chain.get(i);
            String message = safeMessage(t);
            Withheld w = new Withheld(t.getClass().getName() + (message == null ? "" : ": " + message), copy);
            w.setStackTrace(t.getStackTrace());
            copy = w;
        }
        return copy;
    }

    private static List<Throwable> chain(Throwable error) {
        List<Throwable> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            out.add(t);
        }
        return out;
    }

    /** Stands in for a logged exception: its message is the original type and, when safe, message. */
    static final class Withheld extends Exception {
        private static final long serialVersionUID = 1L;

        Withheld(String message, Throwable cause) {
            super(message, cause, false, true);
        }
    }
}
