package org.radcurate.ui.compare;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * "Comparison | Open-ended | Learning curve": switches the Compare screen between its panes. It sits at the top of
 * each pane's left column (one instance per pane, bound to the same property), so the results keep their height.
 */
final class CompareModeSwitch extends HBox {
    /** The Compare screen's panes. */
    enum Mode { COMPARISON, OPEN_ENDED, LEARNING_CURVE }

    CompareModeSwitch(ObjectProperty<Mode> mode) {
        ToggleButton comparison = new ToggleButton("Comparison");
        ToggleButton open = new ToggleButton("Open-ended");
        ToggleButton curve = new ToggleButton("Learning curve");
        comparison.setId("showComparison");
        open.setId("showOpenEnded");
        curve.setId("showLearningCurve");
        comparison.setUserData(Mode.COMPARISON);
        open.setUserData(Mode.OPEN_ENDED);
        curve.setUserData(Mode.LEARNING_CURVE);
        comparison.getStyleClass().add(Styles.LEFT_PILL);
        open.getStyleClass().add(Styles.CENTER_PILL);
        curve.getStyleClass().add(Styles.RIGHT_PILL);
        ToggleGroup group = new ToggleGroup();
        ToggleButton[] all = {comparison, open, curve};
        for (ToggleButton b : all) {
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        group.selectToggle(all[mode.get().ordinal()]);
        mode.addListener((obs, old, now) -> group.selectToggle(all[now.ordinal()]));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one of them is always chosen
            } else {
                mode.set((Mode) now.getUserData());
            }
        });
        getChildren().addAll(all);
        setPadding(new javafx.geometry.Insets(0, 10, 6, 0));
    }
}
