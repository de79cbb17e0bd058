package org.radcurate.ui.common;

import javafx.css.PseudoClass;
import org.radcurate.domain.MentionState;

/** Style classes and pseudo-classes of the annotation and adjudication screens (annotate.css). */
public final class AnnotateCss {
    private AnnotateCss() {}

    public static final String STYLESHEET = "/org/radcurate/ui/annotate.css";
    public static final String ROOT = "annotate";
    public static final String PANEL = "ann-panel";
    public static final String PANEL_TITLE = "ann-panel-title";
    public static final String MUTED = "ann-muted";
    public static final String REPORT_TITLE = "ann-report-title";
    public static final String SECTION_TITLE = "ann-section-title";
    public static final String REPORT_TEXT = "ann-report-text";
    public static final String EVIDENCE_INFO = "ann-evidence-info";
    public static final String LEGEND = "ann-legend";
    public static final String SWATCH = "ann-swatch";
    public static final String CHIP = "ann-chip";
    public static final String PROBABILITY = "ann-probability";
    public static final String GOLD_BUTTON = "ann-gold-button";
    public static final String QUEUE_CELL = "ann-queue-cell";
    public static final String QUEUE_ID = "ann-queue-id";
    public static final String BADGE = "ann-badge";
    public static final String SAVE = "ann-save";
    public static final String STATUS_BAR = "ann-status-bar";
    public static final String HELP = "ann-help";
    public static final String HELP_CARD = "ann-help-card";
    public static final String KEY = "ann-key";
    public static final String COMMENT = "ann-comment";
    public static final String ICON = "ann-icon";
    public static final String KAPPA = "ann-kappa";

    /** Evidence kinds: text class "ev-positive" and highlight class "ev-bg-positive", and so on. */
    public static String evidence(EvidenceSpans.Kind kind) {
        return "ev-" + kind.name().toLowerCase();
    }

    /** Chips and gold buttons: "state-positive", "state-negative", "state-uncertain", "state-absent". */
    public static String state(MentionState s) {
        return "state-" + s.name().toLowerCase();
    }

    /** Teacher and student disagree on the finding. */
    public static final PseudoClass DISAGREE = PseudoClass.getPseudoClass("disagree");
    /** Gold differs from the teacher. */
    public static final PseudoClass GOLD_DIFFERS = PseudoClass.getPseudoClass("gold-differs");
    /** Set by the user, not yet committed. */
    public static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    /** Gold only pre-filled (imported, or another's), not yet set by this annotator nor confirmed by Done. */
    public static final PseudoClass SUGGESTED = PseudoClass.getPseudoClass("suggested");
    /** The state a gold button stands for is the gold state. */
    public static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    /** Save indicator states. */
    public static final PseudoClass SAVING = PseudoClass.getPseudoClass("saving");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    public static final PseudoClass SAVED = PseudoClass.getPseudoClass("saved");
}
