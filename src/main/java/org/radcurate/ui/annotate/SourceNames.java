package org.radcurate.ui.annotate;

/** Source names as the finding grid's column headers show them. */
final class SourceNames {
    private static final int MAX = 14;

    private SourceNames() {}

    /**
     * A source's name short enough for a column header: without the schema it is for (every column of the
     * grid has the same) and cut to about 14 characters; the header's tooltip has the full name.
     */
    static String shortName(String name) {
        String s = name.replaceFirst("\\s+(chexpert14|nih14)$", "").replaceFirst("^student:", "");
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }
}
