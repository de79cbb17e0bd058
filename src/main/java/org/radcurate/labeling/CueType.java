package org.radcurate.labeling;

import java.util.Locale;

/** What a trigger phrase does to the mentions in its scope; the JSON key is the lower-case name. */
enum CueType {
    NEGATION_PRE("negation-pre"),
    NEGATION_POST("negation-post"),
    UNCERTAINTY_PRE("uncertainty-pre"),
    UNCERTAINTY_POST("uncertainty-post"),
    /** Hedges both sides of a clause: "atelectasis versus pneumonia". */
    UNCERTAINTY_BOTH("uncertainty-both"),
    /**
     * Joins two findings as alternatives, "atelectasis or pneumonia", "effusion versus thickening":
     * both are hedged, and nothing outside the two (see {@link Scope}).
     */
    UNCERTAINTY_ALTERNATIVES("uncertainty-alternatives"),
    /** Looks like a trigger but is not one ("no change", "not only"); it hides shorter triggers. */
    PSEUDO("pseudo"),
    /** Ends the scope of any trigger ("but", "however", ";"). */
    TERMINATOR("terminator"),
    /** Ends the scope of pre-triggers only: "no pneumothorax and the heart IS enlarged". */
    TERMINATOR_PRE("terminator-pre");

    final String rule;

    CueType(String rule) {
        this.rule = rule;
    }

    String jsonKey() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean negates() {
        return this == NEGATION_PRE || this == NEGATION_POST;
    }

    boolean hedges() {
        return this == UNCERTAINTY_PRE || this == UNCERTAINTY_POST || this == UNCERTAINTY_BOTH;
    }

    boolean scopesForward() {
        return this == NEGATION_PRE || this == UNCERTAINTY_PRE || this == UNCERTAINTY_BOTH;
    }

    boolean scopesBackward() {
        return this == NEGATION_POST || this == UNCERTAINTY_POST || this == UNCERTAINTY_BOTH;
    }

    static CueType fromJsonKey(String key) {
        for (CueType t : values()) {
            if (t.jsonKey().equals(key)) {
                return t;
            }
        }
        return null;
    }
}
