package org.radcurate.domain;

import java.util.Locale;

/** Report id matching across files: CXR12 (the NIH gold's file names), 12 and "12.txt" are one report. */
public final class ReportIds {
    private ReportIds() {}

    /** A canonical key: the id stripped of a CXR prefix, a file extension and leading zeros of a number. */
    public static String canonical(String id) {
        String s = id.strip();
        int dot = s.lastIndexOf('.');
        if (dot > 0 && s.substring(dot).toLowerCase(Locale.ROOT).matches("\\.(txt|xml|png|jpg|dcm)")) {
            s = s.substring(0, dot);
        }
        if (s.regionMatches(true, 0, "CXR", 0, 3) && s.length() > 3 && Character.isDigit(s.charAt(3))) {
            s = s.substring(3);
        }
        if (s.matches("\\d+")) {
            s = s.replaceFirst("^0+(?=\\d)", "");
        }
        return s;
    }
}
