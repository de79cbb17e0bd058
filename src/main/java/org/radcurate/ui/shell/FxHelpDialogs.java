package org.radcurate.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Help menu's dialogs, owned by the window the anchor is in. */
public final class FxHelpDialogs implements HelpDialogs {
    private final Supplier<? extends Node> anchor;

    public FxHelpDialogs(Node anchor) {
        this(() -> anchor);
    }

    /** With the anchor asked for when a dialog shows (the main window, made after its Help menu). */
    public FxHelpDialogs(Supplier<? extends Node> anchor) {
        this.anchor = anchor;
    }

    @Override
    public void showText(String title, String text) {
        TextArea area = new TextArea(text);
        area.setId("helpText");
        area.setEditable(false);
        area.setWrapText(true);
        area.setStyle("-fx-font-family: monospace;");
        area.setPrefRowCount((int) Math.min(28, text.lines().count() + 1));
        area.setPrefColumnCount(72);
        show(title, area);
    }

    @Override
    public void showCopyable(String title, String message, String value) {
        Label text = new Label(message);
        text.setWrapText(true);
        TextField field = new TextField(value);
        field.setId("copyableValue");
        field.setEditable(false);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setId("copyValue");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        show(title, new VBox(10, text, new HBox(8, field, copy)));
    }

    private void show(String title, Node content) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        Node node = anchor.get();
        if (node != null && node.getScene() != null && node.getScene().getWindow() != null) {
            a.initOwner(node.getScene().getWindow());
        }
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setContent(content);
        a.getDialogPane().setId("helpDialog");
        a.getDialogPane().setMinWidth(560);
        a.showAndWait();
    }
}
