package org.radcurate.ui.reports;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.radcurate.domain.ReportSummary;
import org.radcurate.ui.common.Css;

/** The report list: a filter box and a virtualised table of id, split, status and preview. */
public final class ReportListView extends VBox {
    private final TextField filter = new TextField();
    private final TableView<ReportSummary> table = new TableView<>();

    public ReportListView(ObservableList<ReportSummary> reports) {
        createView(reports);
    }

    private void createView(ObservableList<ReportSummary> reports) {
        filter.setId("reportFilter");
        filter.setPromptText("Filter by id, split or text  (Ctrl+F)");
        table.setId("reportTable");
        table.setItems(reports);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("ID", 80, r -> r.id()));
        table.getColumns().add(column("Split", 56, r -> r.split().key()));
        table.getColumns().add(column("Status", 100, r -> r.status().name().toLowerCase(java.util.Locale.ROOT)
                + (r.flagged() ? ", flagged" : "")));
        table.getColumns().add(column("Preview", 240, r -> r.preview()));
        Label empty = new Label("No reports yet. Use File > Import Reports… to add some.");
        empty.getStyleClass().add(Css.EMPTY_HINT);
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(6);
        getChildren().addAll(filter, table);
    }

    private static TableColumn<ReportSummary, String> column(String title, double width,
            java.util.function.Function<ReportSummary, String> value) {
        TableColumn<ReportSummary, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    public TextField filterField() {
        return filter;
    }

    public TableView<ReportSummary> table() {
        return table;
    }
}
