package org.radcurate.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The label file layouts RadCurate reads. */
public enum LabelLayout {
    /** CheXpert labeler output: a Reports column (the report text) and the 14 observation columns. */
    CHEXPERT,
    /** An id column (id, or filename = CXR&lt;uid&gt; in the NIH gold layout) and one column per finding. */
    LABEL_CSV,
    /** One JSON object per line: id, labels (states or {state, probability}), probabilities, icd10. */
    LABEL_JSONL;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LabelLayout> parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "chexpert", "chexpert-labels", "chexpert-csv" -> {
                return Optional.of(CHEXPERT);
            }
            case "label-csv", "csv", "nih" -> {
                return Optional.of(LABEL_CSV);
            }
            case "label-jsonl", "jsonl" -> {
                return Optional.of(LABEL_JSONL);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** JSONL by extension; CSV with a Reports column and no id column is CheXpert labeler output. */
    public static LabelLayout detect(Path path, String header) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return LABEL_JSONL;
        }
        String h = header.toLowerCase(Locale.ROOT);
        boolean hasReports = h.startsWith("reports,") || h.contains(",reports,") || h.startsWith("\"reports\"");
        boolean hasId = h.startsWith("id,") || h.contains(",id,") || h.startsWith("filename,");
        return hasReports && !hasId ? CHEXPERT : LABEL_CSV;
    }
}
