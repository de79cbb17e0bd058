package org.radcurate.domain;

import java.util.Locale;

/**
 * Which gold reports a source is scored on: every gold report (one it did not label counts as all not
 * mentioned), or only the gold reports it labelled, so an annotator who labelled 5 of 300 reports is scored
 * on those 5. A paired test under {@link #LABELLED} uses the gold reports both sources labelled.
 */
public enum ScoringScope {
    ALL("all"),
    LABELLED("labelled");

    private final String key;

    ScoringScope(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ScoringScope parse(String value) {
        String v = value == null ? "all" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "all" -> ALL;
            case "labelled", "labeled" -> LABELLED;
            default -> throw new IllegalArgumentException("unknown scope '" + value + "'; use labelled or all");
        };
    }
}
