package org.radcurate.domain;

import java.util.Locale;
import java.util.Optional;

/** Which part of an experiment a report belongs to. */
public enum Split {
    TRAIN,
    DEV,
    TEST,
    NONE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses train/dev/test/none (also validation, val, blank); empty for anything else. */
    public static Optional<Split> parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "":
            case "none":
                return Optional.of(NONE);
            case "train":
                return Optional.of(TRAIN);
            case "dev":
            case "val":
            case "valid":
            case "validation":
                return Optional.of(DEV);
            case "test":
                return Optional.of(TEST);
            default:
                return Optional.empty();
        }
    }
}
