package org.radcurate.ui.common;

import java.util.List;

/** A file type offered in a file chooser: a description and glob patterns such as *.csv. */
public record FileKind(String description, List<String> patterns) {
    public static final FileKind WORKSPACE = new FileKind("RadCurate workspace", List.of("*.radcurate", "*.db", "*.sqlite"));
    public static final FileKind REPORTS = new FileKind("Reports (CSV, JSONL)", List.of("*.csv", "*.jsonl", "*.ndjson"));
    public static final FileKind LABELS = new FileKind("Labels (CSV, JSONL)", List.of("*.csv", "*.jsonl"));
    public static final FileKind ANY = new FileKind("All files", List.of("*.*"));
}
