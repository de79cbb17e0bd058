package org.radcurate.ui.common;

/** Style-class names used in app.css, in one place. */
public final class Css {
    private Css() {}

    public static final String STYLESHEET = "/org/radcurate/ui/app.css";
    public static final String SECTION_TITLE = "section-title";
    public static final String SECTION_BODY = "section-body";
    public static final String REPORT_HEADER = "report-header";
    public static final String REPORT_META = "report-meta";
    public static final String STATUS_BAR = "status-bar";
    public static final String EMPTY_HINT = "empty-hint";
    public static final String SPLIT_BADGE = "split-badge";
    /** A line saying what to fix before an action can run. */
    public static final String VALIDATION = "validation";
}
