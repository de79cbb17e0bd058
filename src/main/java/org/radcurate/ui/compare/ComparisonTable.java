package org.radcurate.ui.compare;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.radcurate.service.EvaluationView.Cell;
import org.radcurate.service.EvaluationView.Row;
import org.radcurate.service.EvaluationView.RowKind;

/**
 * The side-by-side table: a row per finding, then micro and macro; per source, precision, recall and F1 with
 * its 95% interval. The best F1 of each row carries the {@code :best} pseudo-class; selecting any cell of a
 * source reports (row, source), so a click or the arrow keys list that cell's errors.
 */
final class ComparisonTable extends TableView<Row> {
    static final String P = "p";
    static final String R = "r";
    static final String F1 = "f1";

    ComparisonTable(ObservableList<Row> rows, BiConsumer<Row, String> onCell) {
        super(rows);
        setId("compareTable");
        getStyleClass().addAll(CompareCss.TABLE, "dense");
        getSelectionModel().setCellSelectionEnabled(true);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label empty = new Label("Choose a gold set and sources, then Compare; or pick a stored evaluation.");
        empty.getStyleClass().add(CompareCss.HINT);
        setPlaceholder(empty);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                pseudoClassStateChanged(CompareCss.AVERAGE, !isEmpty && item != null && item.kind() != RowKind.FINDING);
            }
        });
        getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> {
            List<TablePosition> cells = getSelectionModel().getSelectedCells();
            if (cells.isEmpty()) {
                return;
            }
            TablePosition<?, ?> pos = cells.get(cells.size() - 1);
            if (pos.getTableColumn() != null && pos.getTableColumn().getUserData() instanceof String source
                    && pos.getRow() >= 0 && pos.getRow() < getItems().size()) {
                onCell.accept(getItems().get(pos.getRow()), source);
            }
        });
    }

    /** Rebuilds the columns for these sources (in order). */
    void showSources(List<String> sources) {
        getColumns().clear();
        TableColumn<Row, String> finding = text("Finding", 196, Row::label);
        finding.setId("findingColumn");
        TableColumn<Row, String> support = text("Support", 82, r -> Long.toString(r.support()));
        support.setStyle("-fx-alignment: center-right;");
        getColumns().add(finding);
        getColumns().add(support);
        for (int i = 0; i < sources.size(); i++) {
            TableColumn<Row, String> group = new TableColumn<>(sources.get(i));
            group.setId("source-" + i);
            group.getColumns().add(metric(i, sources.get(i), P, "P", 64, c -> CompareText.num(c.precision())));
            group.getColumns().add(metric(i, sources.get(i), R, "R", 64, c -> CompareText.num(c.recall())));
            group.getColumns().add(metric(i, sources.get(i), F1, "F1 [95% CI]", 182, CompareText::f1));
            getColumns().add(group);
        }
    }

    /** A stable id for one cell: source index, metric (p, r, f1) and the row's label. */
    static String cellId(String rowLabel, int source, String metric) {
        return "cell-" + source + "-" + metric + "-" + rowLabel.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static TableColumn<Row, String> text(String title, double width, Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<Row, String> metric(int source, String name, String key, String title, double width,
            Function<Cell, String> value) {
        TableColumn<Row, String> c = text(title, width, r -> value.apply(r.cells().get(source)));
        c.setId("source-" + source + "-" + key);
        c.setUserData(name);
        c.setCellFactory(col -> new MetricCell(source, key));
        return c;
    }

    /** A figure of one source; the F1 cell of the row's best source is marked. */
    private static final class MetricCell extends TableCell<Row, String> {
        private final int source;
        private final String key;

        MetricCell(int source, String key) {
            this.source = source;
            this.key = key;
            getStyleClass().add(CompareCss.METRIC_CELL);
            if (F1.equals(key)) {
                getStyleClass().add(CompareCss.F1_CELL);
            }
        }

        @Override
        protected void updateItem(String item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            int i = getIndex();
            Row row = isEmpty || getTableView() == null || i < 0 || i >= getTableView().getItems().size()
                    ? null : getTableView().getItems().get(i);
            boolean best = row != null && F1.equals(key) && row.best().contains(source);
            setText(row == null ? null : item);
            setId(row == null ? null : cellId(row.label(), source, key));
            setTooltip(best ? new Tooltip("Best F1 in this row") : null);
            pseudoClassStateChanged(CompareCss.BEST, best);
        }
    }
}
