package org.radcurate.service;

import java.util.List;

/**
 * What an import did: reports added, reports already present with the same text, labels written,
 * and notes on what it left out (columns it did not read, files it skipped).
 */
public record ImportResult(String file, long added, long unchanged, long labels, List<String> notes) {
    public ImportResult {
        notes = List.copyOf(notes);
    }

    public ImportResult(String file, long added, long unchanged, long labels) {
        this(file, added, unchanged, labels, List.of());
    }

    public String describe() {
        String base;
        if (labels > 0 || (added == 0 && unchanged == 0)) {
            base = file + ": " + labels + " labels written";
        } else {
            base = file + ": " + added + " reports added, " + unchanged + " already present";
        }
        return notes.isEmpty() ? base : base + "; " + String.join("; ", notes);
    }
}
