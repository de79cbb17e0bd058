package org.radcurate.ui.compare;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * "Comparison | Learning curve": switches the Compare screen between its two panes. It sits at the top of each
 * pane's left column (one instance per pane, bound to the same property), so the results keep their height.
 */
final class CompareModeSwitch extends HBox {

    CompareModeSwitch(BooleanProperty showCurve) {
        ToggleButton comparison = new ToggleButton("Comparison");
        ToggleButton curve = new ToggleButton("Learning curve");
        comparison.setId("showComparison");
        curve.setId("showLearningCurve");
        comparison.getStyleClass().add(Styles.LEFT_PILL);
        curve.getStyleClass().add(Styles.RIGHT_PILL);
        ToggleGroup group = new ToggleGroup();
        for (ToggleButton b : new ToggleButton[] {comparison, curve}) {
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        group.selectToggle(showCurve.get() ? curve : comparison);
        showCurve.addListener((obs, old, now) -> group.selectToggle(now ? curve : comparison));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one of the two is always chosen
            } else {
                showCurve.set(now == curve);
            }
        });
        getChildren().addAll(comparison, curve);
        setPadding(new javafx.geometry.Insets(0, 10, 6, 0));
    }
}
