package org.radcurate.ui.compare;

import javafx.css.PseudoClass;

/** The Compare screen's stylesheet, style classes and pseudo-classes (compare.css). */
public final class CompareCss {
    private CompareCss() {}

    public static final String STYLESHEET = "/org/radcurate/ui/compare.css";
    public static final String VIEW = "compare-view";
    public static final String SETTINGS = "compare-settings";
    public static final String FIELD_LABEL = "field-label";
    public static final String PANE_TITLE = "pane-title";
    public static final String VALIDATION = "validation";
    public static final String SUMMARY = "compare-summary";
    public static final String VERDICT = "verdict";
    public static final String TABLE = "compare-table";
    public static final String METRIC_CELL = "metric-cell";
    public static final String F1_CELL = "f1-cell";
    public static final String ERRORS = "error-pane";
    public static final String HINT = "compare-hint";

    /** The best F1 of a row (every tied source). */
    public static final PseudoClass BEST = PseudoClass.getPseudoClass("best");
    /** The micro and macro rows. */
    public static final PseudoClass AVERAGE = PseudoClass.getPseudoClass("average");
    /** The verdict: the student beats the teacher. */
    public static final PseudoClass BEATS = PseudoClass.getPseudoClass("beats");
    /** The verdict: no evidence that it does. */
    public static final PseudoClass NO_EVIDENCE = PseudoClass.getPseudoClass("no-evidence");
}
