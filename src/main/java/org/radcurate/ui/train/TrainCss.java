package org.radcurate.ui.train;

import javafx.css.PseudoClass;

/** The Train screen's stylesheet, style classes and pseudo-classes (train.css). */
public final class TrainCss {
    private TrainCss() {}

    public static final String STYLESHEET = "/org/radcurate/ui/train.css";
    public static final String VIEW = "train-view";
    public static final String FORM = "train-form";
    public static final String FIELD_LABEL = "field-label";
    public static final String PANE_TITLE = "pane-title";
    public static final String VALIDATION = "validation";
    public static final String HINT = "train-hint";
    public static final String DEVICE = "device-line";
    public static final String PARAMETERS = "parameter-table";
    public static final String CHART = "training-chart";
    public static final String CHART_TITLE = "chart-title";
    public static final String PROGRESS_TEXT = "progress-text";
    public static final String RUNS = "runs-table";
    public static final String STATUS_CELL = "status-cell";

    /** The device line when DJL trains on a GPU. */
    public static final PseudoClass GPU = PseudoClass.getPseudoClass("gpu");
    /** A hyperparameter changed from its preset's value. */
    public static final PseudoClass MODIFIED = PseudoClass.getPseudoClass("modified");
    /** Run status cells, by status. */
    public static final PseudoClass FINISHED = PseudoClass.getPseudoClass("finished");
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    public static final PseudoClass STOPPED = PseudoClass.getPseudoClass("stopped");
}
