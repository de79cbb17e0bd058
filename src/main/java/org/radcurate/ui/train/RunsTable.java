package org.radcurate.ui.train;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.radcurate.domain.RunStatus;

/** The workspace's runs: name, status, device, created, epochs, best validation F1 and the student it stored. */
final class RunsTable extends TableView<RunRow> {
    private boolean syncing;

    RunsTable(ObservableList<RunRow> runs, ObjectProperty<RunRow> selected) {
        super(runs);
        setId("runs");
        getStyleClass().addAll(TrainCss.RUNS, "dense");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("No runs yet: start one on the left."));
        TableColumn<RunRow, RunStatus> status = column("Status", RunRow::status, 85);
        status.setCellFactory(c -> new StatusCell());
        getColumns().add(column("Name", RunRow::name, 150));
        getColumns().add(status);
        getColumns().add(column("Device", RunRow::device, 190));
        getColumns().add(column("Created", r -> TrainText.created(r.created()), 145));
        getColumns().add(column("Epochs", RunRow::epochs, 70));
        getColumns().add(column("Best val. F1", r -> TrainText.f1(r.bestValidationF1()), 105));
        getColumns().add(column("Student source", r -> r.predicted() ? "student:" + r.name() : "", 150));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                selected.set(now);
            }
        });
        selected.addListener((obs, old, now) -> {
            syncing = true;
            try {
                if (now == null) {
                    getSelectionModel().clearSelection();
                } else {
                    getSelectionModel().select(now);
                    scrollTo(now);
                }
            } finally {
                syncing = false;
            }
        });
    }

    private static <T> TableColumn<RunRow, T> column(String title, Function<RunRow, T> value, double width) {
        TableColumn<RunRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static final class StatusCell extends TableCell<RunRow, RunStatus> {
        StatusCell() {
            getStyleClass().add(TrainCss.STATUS_CELL);
        }

        @Override
        protected void updateItem(RunStatus item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : TrainText.status(item));
            pseudoClassStateChanged(TrainCss.FINISHED, !empty && item == RunStatus.FINISHED);
            pseudoClassStateChanged(TrainCss.RUNNING, !empty && item == RunStatus.RUNNING);
            pseudoClassStateChanged(TrainCss.STOPPED, !empty
                    && (item == RunStatus.CANCELLED || item == RunStatus.FAILED
                            || item == RunStatus.INTERRUPTED));
        }
    }
}
