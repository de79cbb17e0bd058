package org.radcurate.ui.annotate;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.radcurate.domain.Concept;
import org.radcurate.service.CodeSearch;
import org.radcurate.ui.common.AnnotateCss;

/**
 * The open-ended ICD-10-CM answer: the report's codes with their phrases (remove with × or Delete),
 * the teacher's codes not yet accepted (click to add), and a field that autocompletes a code or words.
 */
final class CodePanel extends VBox {
    private final CodesModel model;
    private final ListView<Concept> codes = new ListView<>();
    private final FlowPane suggestions = new FlowPane(6, 6);
    private final TextField field = new TextField();
    private final ListView<CodeSearch.Code> matches = new ListView<>();

    CodePanel(CodesModel model) {
        this.model = model;
        createView();
        bind();
    }

    private void createView() {
        setId("codePanel");
        setSpacing(6);
        setPadding(new Insets(8));
        codes.setId("codeList");
        codes.setPlaceholder(new Label("No codes for this report yet"));
        codes.setCellFactory(l -> new CodeCell());
        codes.setPrefHeight(120);
        VBox.setVgrow(codes, Priority.ALWAYS);
        suggestions.setId("codeSuggestions");
        field.setId("codeField");
        field.setPromptText("Add ICD-10-CM: type a code (J90) or words (effusion)…   (I)");
        matches.setId("codeMatches");
        // room for every match the search returns: a list squeezed to two rows hides what was found
        matches.setFixedCellSize(24);
        matches.setPrefHeight(CodesModel.MATCHES * 24 + 4);
        matches.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        codes.setMinHeight(0);
        matches.setCellFactory(l -> new MatchCell());
        matches.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.matches()));
        matches.managedProperty().bind(matches.visibleProperty());
        getChildren().addAll(codes, suggestions, field, matches);
    }

    private void bind() {
        codes.setItems(model.gold());
        matches.setItems(model.matches());
        field.textProperty().bindBidirectional(model.queryProperty());
        model.suggested().addListener((javafx.beans.InvalidationListener) o -> showSuggestions());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                CodeSearch.Code chosen = matches.getSelectionModel().getSelectedItem();
                if (chosen != null) {
                    model.add(chosen);
                } else {
                    model.addFirstMatch();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !model.matches().isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && matches.getSelectionModel().getSelectedItem() != null) {
                model.add(matches.getSelectionModel().getSelectedItem());
                field.requestFocus();
                e.consume();
            }
        });
        matches.setOnMouseClicked(e -> {
            if (matches.getSelectionModel().getSelectedItem() != null) {
                model.add(matches.getSelectionModel().getSelectedItem());
            }
        });
        codes.setOnKeyPressed(e -> {
            Concept c = codes.getSelectionModel().getSelectedItem();
            if (c != null && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
                model.remove(c);
                e.consume();
            }
        });
    }

    TextField field() {
        return field;
    }

    private void showSuggestions() {
        suggestions.getChildren().clear();
        if (model.suggested().isEmpty()) {
            return;
        }
        Label title = new Label("Teacher suggests:");
        title.getStyleClass().add(AnnotateCss.MUTED);
        suggestions.getChildren().add(title);
        for (Concept c : model.suggested()) {
            Button b = new Button("+ " + c.code());
            b.setId("suggest-" + c.code());
            b.getStyleClass().addAll("small", AnnotateCss.CHIP);
            b.setTooltip(new Tooltip(c.phrase()));
            b.setFocusTraversable(false);
            b.setOnAction(e -> model.add(c));
            suggestions.getChildren().add(b);
        }
    }

    private final class CodeCell extends ListCell<Concept> {
        @Override
        protected void updateItem(Concept c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            Label code = new Label(c.code());
            code.getStyleClass().add(AnnotateCss.QUEUE_ID);
            code.setMinWidth(Region.USE_PREF_SIZE);
            String description = model.describe(c.code());
            Label phrase = new Label(c.phrase().isEmpty() ? description : c.phrase());
            phrase.setTooltip(new Tooltip(description.isEmpty() ? c.code() : description));
            phrase.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(phrase, Priority.ALWAYS);
            Button remove = new Button("×");
            remove.setId("remove-" + c.code());
            remove.getStyleClass().addAll("flat", "small");
            remove.setTooltip(new Tooltip("Remove " + c.code() + " (Delete)"));
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> model.remove(c));
            HBox box = new HBox(8, code, phrase, remove);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
        }
    }

    private static final class MatchCell extends ListCell<CodeSearch.Code> {
        @Override
        protected void updateItem(CodeSearch.Code c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.code() + "   " + c.description());
        }
    }
}
