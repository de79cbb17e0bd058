package org.radcurate.ui.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.radcurate.domain.TimeLedger.AnnotatorTime;
import org.radcurate.domain.TimeLedger.KindTime;
import org.radcurate.service.FeedbackService.Difference;
import org.radcurate.service.LedgerService.TeacherCorrections;

/** The time ledger (three tables and a CSV export), or with {@code feedback} an annotator's differences from gold. */
final class LedgerPane extends BorderPane {
    /** One row of the per-correction table: whose, and the kind's time. */
    private record KindRow(String annotator, KindTime kind) {}

    LedgerPane(LedgerViewModel vm, boolean feedback) {
        setPadding(new Insets(8));
        Label status = new Label();
        status.textProperty().bind(vm.job().statusProperty());
        setBottom(status);
        if (feedback) {
            feedback(vm);
        } else {
            ledger(vm);
        }
    }

    private void ledger(LedgerViewModel vm) {
        TextField idle = new TextField();
        idle.setPrefColumnCount(5);
        idle.setId("ledgerIdle");
        idle.textProperty().bindBidirectional(vm.idleProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("ledgerRefresh");
        refresh.setOnAction(e -> vm.refresh());
        Button export = new Button("Export CSV…");
        export.setId("ledgerExport");
        export.setOnAction(e -> vm.exportCsv());
        Label summary = new Label();
        summary.setId("ledgerSummary");
        summary.textProperty().bind(vm.summaryProperty());

        TableView<AnnotatorTime> people = new TableView<>(vm.annotators());
        people.setId("ledgerAnnotators");
        people.getColumns().add(col("annotator", AnnotatorTime::annotator));
        people.getColumns().add(col("active s", a -> num(a.activeSeconds())));
        people.getColumns().add(col("reports", a -> String.valueOf(a.secondsPerReport().size())));
        people.getColumns().add(col("s per report", a -> num(a.meanSecondsPerReport())));
        people.getColumns().add(col("idle s (left out)", a -> num(a.idleSeconds())));
        people.getColumns().add(col("idle gaps", a -> String.valueOf(a.idleGaps())));

        ObservableList<KindRow> kinds = FXCollections.observableArrayList();
        vm.annotators().addListener((javafx.collections.ListChangeListener<AnnotatorTime>) c -> {
            List<KindRow> out = new ArrayList<>();
            vm.annotators().forEach(a -> a.perKind().forEach(k -> out.add(new KindRow(a.annotator(), k))));
            kinds.setAll(out);
        });
        TableView<KindRow> perKind = new TableView<>(kinds);
        perKind.setId("ledgerKinds");
        perKind.getColumns().add(col("annotator", KindRow::annotator));
        perKind.getColumns().add(col("correction type", k -> k.kind().kind().label()));
        perKind.getColumns().add(col("events", k -> String.valueOf(k.kind().events())));
        perKind.getColumns().add(col("seconds", k -> num(k.kind().seconds())));
        perKind.getColumns().add(col("s per event", k -> k.kind().events() == 0 ? ""
                : num(k.kind().seconds() / k.kind().events())));

        TableView<TeacherCorrections> teachers = new TableView<>(vm.teachers());
        teachers.setId("ledgerTeachers");
        teachers.getColumns().add(col("annotator", TeacherCorrections::annotator));
        teachers.getColumns().add(col("teacher", TeacherCorrections::teacher));
        teachers.getColumns().add(col("reports", t -> String.valueOf(t.reports())));
        teachers.getColumns().add(col("corrections", t -> String.valueOf(t.corrections())));
        teachers.getColumns().add(col("per 100 reports", t -> String.format(Locale.ROOT, "%.1f", t.per100())));
        teachers.getColumns().add(col("by type", t -> t.byKind().entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).sorted().reduce((x, y) -> x + ", " + y).orElse("")));
        for (TableView<?> t : List.of(people, perKind, teachers)) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
            VBox.setVgrow(t, Priority.ALWAYS);
        }
        setTop(new VBox(6, Controls.bar(new Label("Idle after (s)"), idle, refresh, export), summary));
        setCenter(new VBox(6, new Label("Time per annotator"), people, new Label("Time per correction type (the time"
                + " leading up to each edit)"), perKind, new Label("Corrections per 100 reports of each teacher"),
                teachers));
    }

    private void feedback(LedgerViewModel vm) {
        ComboBox<String> who = new ComboBox<>(vm.annotatorNames());
        who.setId("feedbackAnnotator");
        who.valueProperty().bindBidirectional(vm.annotatorProperty());
        Label summary = new Label();
        summary.setId("feedbackSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.feedbackSummaryProperty());
        TableView<Difference> table = new TableView<>(vm.differences());
        table.setId("feedbackTable");
        table.getColumns().add(col("finding", Difference::finding));
        table.getColumns().add(col("report", Difference::reportId));
        table.getColumns().add(col("your label", d -> d.mine().name()));
        table.getColumns().add(col("adjudicated gold", d -> d.gold().name()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem().reportId());
            }
        });
        Button open = new Button("Open in Annotate");
        open.setId("feedbackOpen");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(table.getSelectionModel().getSelectedItem().reportId()));
        setTop(new VBox(6, Controls.bar(new Label("Annotator"), who, open), summary));
        setCenter(table);
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleStringProperty(text.apply(f.getValue())));
        return c;
    }
}
