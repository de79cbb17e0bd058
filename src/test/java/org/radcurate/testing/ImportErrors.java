package org.radcurate.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.radcurate.ingest.ImportException;

/** One assertion for the three places an import error names. */
public final class ImportErrors {
    private ImportErrors() {}

    public static void assertNames(ImportException e, String file, long line, String field) {
        assertEquals(file + " / " + line + " / " + field, e.file() + " / " + e.line() + " / " + e.field(),
                "file / line / field of: " + e.getMessage());
    }
}
