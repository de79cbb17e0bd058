package org.radcurate.ui.diagnostics;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.DiagnosticsRows;
import org.radcurate.service.DiagnosticsRows.Cell;
import org.radcurate.service.DiagnosticsRows.Row;

/**
 * The Diagnostics screen beside Compare: teacher diagnostics, "how many more gold reports?", the time ledger and
 * feedback to annotators, one tab each.
 */
public final class DiagnosticsView extends BorderPane {
    private final DiagnosticsViewModel vm;
    private final GoldSizeViewModel size;
    private final LedgerViewModel ledger;
    private final TableView<Row> table = new TableView<>();
    private final ListView<String> reports = new ListView<>();
    private final Label summary = new Label();
    /** Each leaf column with its text, to widen the column to its longest text (intervals are never cut). */
    private final java.util.Map<TableColumn<Row, String>, Function<Row, String>> texts = new java.util.LinkedHashMap<>();

    public DiagnosticsView(DiagnosticsViewModel vm, GoldSizeViewModel size, LedgerViewModel ledger) {
        this.vm = vm;
        this.size = size;
        this.ledger = ledger;
        createView();
    }

    private void createView() {
        setId("diagnosticsView");
        TabPane tabs = new TabPane(tab("Teachers", "diagTeachersTab", teachers()),
                tab("How many more gold?", "diagGoldSizeTab", new GoldSizePane(size)),
                tab("Ledger", "diagLedgerTab", new LedgerPane(ledger, false)),
                tab("Feedback", "diagFeedbackTab", new LedgerPane(ledger, true)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (now.getId().equals("diagLedgerTab") || now.getId().equals("diagFeedbackTab"))) {
                ledger.refresh();
            }
        });
        setCenter(tabs);
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private BorderPane teachers() {
        ComboBox<Split> split = new ComboBox<>(FXCollections.observableArrayList(null, Split.TRAIN, Split.DEV, Split.TEST));
        split.setConverter(Controls.converter(s -> s == null ? "all splits" : s.key()));
        split.valueProperty().bindBidirectional(vm.splitProperty());
        ComboBox<UncertaintyPolicy> policy = new ComboBox<>(FXCollections.observableArrayList(UncertaintyPolicy.values()));
        policy.setId("diagPolicy");
        policy.setConverter(Controls.converter(p -> p == null ? "" : p.key()));
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        ComboBox<String> gold = new ComboBox<>();
        gold.setPromptText("frozen gold set (optional)");
        gold.setItems(vm.goldSetChoices());
        gold.valueProperty().bindBidirectional(vm.goldSetProperty());
        ComboBox<String> other = new ComboBox<>(vm.sources());
        other.setId("diagOther");
        other.setPrefWidth(260);
        other.valueProperty().bindBidirectional(vm.otherProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("diagRefresh");
        refresh.setOnAction(e -> vm.refresh());
        refresh.disableProperty().bind(vm.job().busyProperty());
        HBox bar = Controls.bar(new Label("Split"), split, new Label("Policy"), policy, new Label("Also against"), gold,
                new Label("Overlap with"), other, refresh);
        summary.setId("diagSummary");
        summary.textProperty().bind(vm.summaryProperty());
        Label status = new Label();
        status.textProperty().bind(vm.job().statusProperty());

        table.setId("diagTable");
        table.setItems(vm.rows());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getColumns().add(column("source", Row::source, null, false));
        table.getColumns().add(column("finding", Row::finding, null, false));
        table.getColumns().add(column("covered", r -> DiagnosticsText.rate(r.covered(), r.reports()), Cell.COVERED,
                false));
        table.getColumns().add(column("positive", r -> DiagnosticsText.rate(r.positives(), r.reports()),
                Cell.POSITIVE, false));
        table.getColumns().add(column("overlap", r -> r.overlap() < 0 ? "" : String.valueOf(r.overlap()),
                Cell.OVERLAP, false));
        table.getColumns().add(column("conflict", r -> r.conflict() < 0 ? "" : String.valueOf(r.conflict()),
                Cell.CONFLICT, false));
        for (boolean frozen : new boolean[] {false, true}) {
            String g = frozen ? "gold set" : "working gold";
            Function<Row, DiagnosticsRows.Accuracy> acc = r -> frozen ? r.frozen() : r.working();
            TableColumn<Row, String> group = new TableColumn<>("vs " + g);
            group.getColumns().add(column("precision", r -> acc.apply(r) == null ? "" : acc.apply(r).precision(),
                    Cell.FALSE_POSITIVE, frozen));
            group.getColumns().add(column("recall", r -> acc.apply(r) == null ? "" : acc.apply(r).recall(),
                    Cell.FALSE_NEGATIVE, frozen));
            group.getColumns().add(column("F1", r -> acc.apply(r) == null ? "" : acc.apply(r).f1(),
                    Cell.TRUE_POSITIVE, frozen));
            group.getColumns().add(column("n gold", r -> acc.apply(r) == null ? "" : acc.apply(r).goldReports()
                    + " (" + acc.apply(r).support() + " pos)", null, frozen));
            if (frozen) {
                group.visibleProperty().bind(vm.goldSetProperty().isNotEmpty());
            }
            table.getColumns().add(group);
        }
        vm.rows().addListener((javafx.beans.InvalidationListener) o -> fitColumns());
        summary.fontProperty().addListener((o, was, now) -> fitColumns());
        table.getSelectionModel().getSelectedCells().addListener((javafx.collections.ListChangeListener<TablePosition>) c -> {
            if (table.getSelectionModel().getSelectedCells().isEmpty()) {
                return;
            }
            TablePosition<?, ?> pos = table.getSelectionModel().getSelectedCells().get(0);
            Object data = pos.getTableColumn() == null ? null : pos.getTableColumn().getUserData();
            if (data instanceof Object[] d && d[0] != null) {
                vm.showCell(table.getItems().get(pos.getRow()), (Cell) d[0], (Boolean) d[1]);
            }
        });

        Label cellTitle = new Label();
        cellTitle.setId("diagCellTitle");
        cellTitle.setWrapText(true);
        cellTitle.textProperty().bind(vm.cellTitleProperty());
        reports.setId("diagReports");
        reports.setItems(vm.cellReports());
        reports.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.open(reports.getSelectionModel().getSelectedItem());
            }
        });
        Button open = new Button("Open in Annotate");
        open.setId("diagOpenReport");
        open.disableProperty().bind(reports.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(reports.getSelectionModel().getSelectedItem()));
        open.setMaxWidth(Double.MAX_VALUE);
        VBox side = new VBox(6, new Label("Reports behind the cell"), cellTitle, reports, open);
        VBox.setVgrow(reports, Priority.ALWAYS);
        side.setPadding(new Insets(0, 0, 0, 6));
        side.setMinWidth(200); // "Open in Annotate" and the list's report ids whole, the table taking the rest
        SplitPane split2 = new SplitPane(table, side);
        split2.setDividerPositions(0.88);
        BorderPane p = new BorderPane(split2);
        p.setTop(new VBox(6, bar, summary, new Label("Click covered, positive, overlap or conflict for those reports;"
                + " precision lists false positives, recall false negatives, F1 true positives.")));
        p.setBottom(status);
        p.setPadding(new Insets(8));
        return p;
    }

    /**
     * Widens each column to its longest text in the font the screen shows (a label's, as the cells inherit the same),
     * so that "0.974 [0.914, 1.000]" is never cut to "0.974 [0.914, 1.0…".
     */
    private void fitColumns() {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(summary.getFont());
        texts.forEach((c, text) -> {
            double widest = 0;
            for (Row r : vm.rows()) {
                probe.setText(text.apply(r));
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            probe.setText(c.getText());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth() * 1.1); // the header is bold
            c.setPrefWidth(Math.max(MIN_WIDTH, Math.ceil(widest) + CELL_PADDING));
        });
    }

    /** The cell's horizontal padding and border, with room to spare. */
    static final double CELL_PADDING = 28;
    private static final double MIN_WIDTH = 64;

    private static double defaultWidth(String title) {
        return switch (title) {
            case "source" -> 170;
            case "finding" -> 140;
            case "covered", "positive" -> 96;
            case "precision", "recall", "F1" -> 152;
            case "n gold" -> 124;
            default -> 76;
        };
    }

    private TableColumn<Row, String> column(String title, Function<Row, String> text, Cell cell, boolean frozen) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        if (cell != null || title.equals("n gold")) { // the figures; source and finding keep their widths
            texts.put(c, text);
        }
        c.setCellValueFactory(f -> new SimpleStringProperty(text.apply(f.getValue())));
        c.setUserData(new Object[] {cell, frozen});
        c.setSortable(false);
        c.setPrefWidth(defaultWidth(title));
        return c;
    }
}
