package org.radcurate.ui.compare;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.radcurate.service.ErrorCases.ErrorCase;

/** The reports behind the selected cell: false positives, false negatives, and a button to open one. */
final class ErrorListPane extends VBox {
    private final ErrorListViewModel vm;
    private final Label title = new Label();
    private final ListView<ErrorCase> falsePositives = new ListView<>();
    private final ListView<ErrorCase> falseNegatives = new ListView<>();
    private final Button open = new Button("Open in annotation");

    ErrorListPane(ErrorListViewModel vm) {
        this.vm = vm;
        createView();
        bind();
    }

    private void createView() {
        setId("errorPane");
        getStyleClass().add(CompareCss.ERRORS);
        setSpacing(6);
        Label heading = new Label("Reports behind the cell");
        heading.getStyleClass().add(CompareCss.PANE_TITLE);
        title.setId("errorTitle");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        falsePositives.getStyleClass().add("dense");
        falseNegatives.getStyleClass().add("dense");
        falsePositives.setId("falsePositives");
        falseNegatives.setId("falseNegatives");
        open.setId("openReport");
        open.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(falsePositives, Priority.ALWAYS);
        VBox.setVgrow(falseNegatives, Priority.ALWAYS);
        getChildren().addAll(heading, title, caption("False positives (predicted, not in gold)"), falsePositives,
                caption("False negatives (in gold, missed)"), falseNegatives, open);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(CompareCss.FIELD_LABEL);
        return l;
    }

    private void bind() {
        title.textProperty().bind(vm.titleProperty());
        open.disableProperty().bind(vm.canOpenProperty().not());
        open.setOnAction(e -> vm.openSelected());
        wire(falsePositives, falseNegatives);
        wire(falseNegatives, falsePositives);
        falsePositives.setItems(vm.falsePositives());
        falseNegatives.setItems(vm.falseNegatives());
    }

    private void wire(ListView<ErrorCase> list, ListView<ErrorCase> other) {
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ErrorCase item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : vm.describe(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                other.getSelectionModel().clearSelection();
                vm.select(now);
            } else if (other.getSelectionModel().getSelectedItem() == null) {
                vm.select(null);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                vm.open(list.getSelectionModel().getSelectedItem().reportId());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openSelected();
            }
        });
    }
}
