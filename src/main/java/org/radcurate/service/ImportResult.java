package org.radcurate.service;

/** What an import did: reports added, reports already present with the same text, labels written. */
public record ImportResult(String file, long added, long unchanged, long labels) {
    public String describe() {
        if (labels > 0 || (added == 0 && unchanged == 0)) {
            return file + ": " + labels + " labels written";
        }
        return file + ": " + added + " reports added, " + unchanged + " already present";
    }
}
