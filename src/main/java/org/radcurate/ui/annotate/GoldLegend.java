package org.radcurate.ui.annotate;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.radcurate.domain.MentionState;
import org.radcurate.ui.common.AnnotateCss;

/**
 * Under the finding grid: how confirmed gold and gold that is only pre-filled look apart, with the same
 * buttons and styles the grid uses.
 */
final class GoldLegend extends FlowPane {
    GoldLegend() {
        super(6, 2, new Label("Gold:"), swatch(false), new Label("confirmed"), swatch(true),
                new Label("suggested (pre-filled, not yet reviewed)"));
        setId("goldLegend");
        Tooltip.install(this, new Tooltip("Gold you set, or confirmed with Done, is filled. Gold only pre-filled "
                + "(imported, from a teacher, or by another annotator) is light and outlined until you set it or mark "
                + "the report done."));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().addAll(AnnotateCss.LEGEND, "ann-gold-legend");
    }

    private static Button swatch(boolean suggested) {
        Button b = new Button("P");
        b.getStyleClass().addAll(AnnotateCss.GOLD_BUTTON, AnnotateCss.state(MentionState.POSITIVE));
        b.pseudoClassStateChanged(AnnotateCss.CHOSEN, true);
        b.pseudoClassStateChanged(AnnotateCss.SUGGESTED, suggested);
        b.setFocusTraversable(false);
        b.setMouseTransparent(true);
        return b;
    }
}
