package org.radcurate.domain;

import java.util.Locale;
import java.util.Optional;

/** The report file layouts RadCurate reads. */
public enum ReportLayout {
    /** CSV with a header: an id column and a text column or section columns. */
    CSV,
    /** One JSON object per line. */
    JSONL,
    /** A folder of .txt files, one report each, sections split on common titles. */
    TEXT_FOLDER,
    /** The Open-i / Indiana University CSV (uid, MeSH, Problems, image, indication, comparison, findings, impression). */
    OPENI,
    /** MIMIC-CXR: one .txt per study in nested patient/study folders (files/p10/p10000032/s50414267.txt). */
    MIMIC;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReportLayout> parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("txt") || v.equals("text") || v.equals("folder")) {
            return Optional.of(TEXT_FOLDER);
        }
        if (v.equals("open-i") || v.equals("iu") || v.equals("iu-xray")) {
            return Optional.of(OPENI);
        }
        for (ReportLayout l : values()) {
            if (l.key().equals(v)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
