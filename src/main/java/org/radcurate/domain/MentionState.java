package org.radcurate.domain;

import java.util.Optional;

/** How a report mentions a finding. CSV code follows the CheXpert labeler: 1, 0, -1, blank. */
public enum MentionState {
    POSITIVE("1"),
    NEGATIVE("0"),
    UNCERTAIN("-1"),
    ABSENT("");

    private final String csvCode;

    MentionState(String csvCode) {
        this.csvCode = csvCode;
    }

    public String csvCode() {
        return csvCode;
    }

    /**
     * Which state wins when two mentions of a finding disagree: positive over uncertain over negative
     * over absent (the CheXpert aggregation order).
     */
    public int strength() {
        return switch (this) {
            case POSITIVE -> 3;
            case UNCERTAIN -> 2;
            case NEGATIVE -> 1;
            case ABSENT -> 0;
        };
    }

    /** Parses 1, 0, -1 or blank; also 1.0 / 0.0 / -1.0 as written by pandas. */
    public static Optional<MentionState> fromCsv(String value) {
        String v = value == null ? "" : value.strip();
        switch (v) {
            case "":
                return Optional.of(ABSENT);
            case "1":
            case "1.0":
                return Optional.of(POSITIVE);
            case "0":
            case "0.0":
                return Optional.of(NEGATIVE);
            case "-1":
            case "-1.0":
                return Optional.of(UNCERTAIN);
            default:
                return Optional.empty();
        }
    }

    /** Parses a state name (POSITIVE) or a CSV code. */
    public static Optional<MentionState> parse(String value) {
        if (value == null) {
            return Optional.of(ABSENT);
        }
        for (MentionState s : values()) {
            if (s.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(s);
            }
        }
        return fromCsv(value);
    }
}
