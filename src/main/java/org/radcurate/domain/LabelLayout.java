package org.radcurate.domain;

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
}
