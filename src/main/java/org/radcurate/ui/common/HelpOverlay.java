package org.radcurate.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A key reference drawn over a screen (F1 or ?), from the rows the screen passes (Annotate's and
 * Adjudicate's keys). Groups fill a left column (the first two) and a right one.
 */
public final class HelpOverlay extends StackPane {
    /** One line of the reference: its group's title, the keys, what they do. */
    public record KeyRow(String group, String keys, String description) {}

    public HelpOverlay(List<KeyRow> rows, Runnable close) {
        setId("helpOverlay");
        getStyleClass().add(AnnotateCss.HELP);
        Map<String, GridPane> groups = new LinkedHashMap<>();
        for (KeyRow s : rows) {
            GridPane g = groups.computeIfAbsent(s.group(), k -> grid());
            int row = g.getRowCount();
            Label key = new Label(s.keys());
            key.getStyleClass().add(AnnotateCss.KEY);
            g.add(key, 0, row);
            g.add(new Label(s.description()), 1, row);
        }
        HBox columns = new HBox(28);
        VBox left = new VBox(10);
        VBox right = new VBox(10);
        int i = 0;
        for (var e : groups.entrySet()) {
            Label title = new Label(e.getKey());
            title.getStyleClass().add(AnnotateCss.PANEL_TITLE);
            (i++ < 2 ? left : right).getChildren().addAll(title, e.getValue());
        }
        columns.getChildren().addAll(left, right);
        Label heading = new Label("Keyboard");
        heading.getStyleClass().add(AnnotateCss.REPORT_TITLE);
        Label hint = new Label("Every key also has a button or a click. Esc or a click closes this.");
        hint.getStyleClass().add(AnnotateCss.MUTED);
        VBox card = new VBox(12, heading, columns, hint);
        card.getStyleClass().add(AnnotateCss.HELP_CARD);
        card.setPadding(new Insets(20, 26, 20, 26));
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setOnMouseClicked(e -> close.run());
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(5);
        return g;
    }
}
