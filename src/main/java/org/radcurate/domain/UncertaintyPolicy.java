package org.radcurate.domain;

import java.util.Locale;
import java.util.Optional;

/** How UNCERTAIN counts in a binary metric. */
public enum UncertaintyPolicy {
    /** Uncertain counts as negative: the research default. */
    U_ZEROS,
    /** Uncertain counts as positive. */
    U_ONES,
    /** Pairs where gold or prediction is uncertain are left out. */
    U_IGNORE;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<UncertaintyPolicy> parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (UncertaintyPolicy p : values()) {
            if (p.key().equals(v)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
