package org.radcurate.domain;

import java.util.Locale;

/** ICD-10-CM code spelling: upper case with a dot after the category (J98.11, J90). */
public final class Icd10 {
    private Icd10() {}

    public static String normalize(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT).replace(".", "");
        if (!c.matches("[A-Z][0-9][0-9A-Z]{1,5}")) {
            throw new IllegalArgumentException("not an ICD-10-CM code: " + code);
        }
        return c.length() > 3 ? c.substring(0, 3) + "." + c.substring(3) : c;
    }

    /** The three-character category, e.g. J98 for J98.11. */
    public static String category(String code) {
        return normalize(code).substring(0, 3);
    }
}
