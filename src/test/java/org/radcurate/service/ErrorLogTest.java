package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.radcurate.ingest.ImportException;
import org.slf4j.LoggerFactory;

/** Errors reach the log file with their types and stack, and without text RadCurate did not write. */
class ErrorLogTest {
    /** What a library's message may quote: a line of a report. */
    static final String REPORT_TEXT = "Small left pleural effusion. Patient John Doe.";

    /** Thrown outside org.radcurate code, as a parser's exception is. */
    static final class ParseError extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ParseError() {
            super(REPORT_TEXT);
            setStackTrace(new StackTraceElement[] {
                new StackTraceElement("com.example.Parser", "parse", "Parser.java", 12)});
        }
    }

    static RuntimeException libraryError() {
        return new ParseError();
    }

    @Test
    void keepsMessagesRadCurateWroteAndWithholdsOthers() {
        ImportException ours = new ImportException("reports.csv", 3, "id", "empty report id");
        assertEquals("ImportException: reports.csv, line 3, field 'id': empty report id", ErrorLog.summary(ours));
        assertNull(ErrorLog.safeMessage(libraryError()));
        assertEquals("UncheckedIOException <- NoSuchFileException: /data/in.csv",
                ErrorLog.summary(new UncheckedIOException(null, new NoSuchFileException("/data/in.csv"))));
    }

    @Test
    void aWrappedLibraryMessageIsWithheldButItsTypeIsNamed() {
        RuntimeException wrapped = new RuntimeException("label run failed", libraryError());
        assertEquals("RuntimeException: label run failed <- ParseError", ErrorLog.summary(wrapped));
    }

    @Test
    void theWithheldCopyKeepsFramesAndTypes() {
        RuntimeException wrapped = new RuntimeException("label run failed", libraryError());
        Throwable copy = ErrorLog.withheld(wrapped);
        assertEquals("java.lang.RuntimeException: label run failed", copy.getMessage());
        assertEquals(wrapped.getStackTrace()[0], copy.getStackTrace()[0]);
        assertEquals(ParseError.class.getName(), copy.getCause().getMessage());
        assertEquals("com.example.Parser", copy.getCause().getStackTrace()[0].getClassName());
        assertNull(copy.getCause().getCause());
    }

    @Test
    void aCaughtErrorIsWrittenToTheLogFileWithoutReportText() throws IOException {
        String marker = "run-" + UUID.randomUUID();
        RuntimeException error = new RuntimeException(marker, libraryError());
        ErrorLog.caught(LoggerFactory.getLogger(ErrorLogTest.class), "Training", error);
        String log = Files.readString(AppPaths.logFile());
        String entry = log.substring(log.lastIndexOf('\n', log.indexOf(marker)) + 1);
        String first = entry.lines().findFirst().orElseThrow();
        assertTrue(first.endsWith(" ERROR [" + Thread.currentThread().getName()
                + "] org.radcurate.service.ErrorLogTest - Training failed: RuntimeException: " + marker
                + " <- ParseError"), first);
        assertTrue(entry.contains("Caused by: org.radcurate.service.ErrorLog$Withheld: " + ParseError.class.getName()),
                entry);
        assertTrue(entry.contains("at com.example.Parser.parse(Parser.java:12)"), entry);
        assertFalse(entry.contains("effusion"), entry);
    }
}
