package org.radcurate.ui.diagnostics;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.DiagnosticsRows;
import org.radcurate.service.DiagnosticsRows.Line;

/** The estimate's form, its table per line (micro first) and the chart of the selected line. */
final class GoldSizePane extends BorderPane {
    GoldSizePane(GoldSizeViewModel vm) {
        ComboBox<String> a = new ComboBox<>();
        ComboBox<String> b = new ComboBox<>();
        a.setId("goldSizeA");
        a.setPrefWidth(260);
        b.setPrefWidth(260);
        b.setId("goldSizeB");
        a.valueProperty().bindBidirectional(vm.aProperty());
        b.valueProperty().bindBidirectional(vm.bProperty());
        vm.sourcesProperty().addListener((o, was, now) -> {
            a.setItems(now);
            b.setItems(now);
        });
        TextField gold = new TextField();
        gold.setPrefColumnCount(10);
        gold.textProperty().bindBidirectional(vm.goldProperty());
        ComboBox<Split> split = new ComboBox<>(FXCollections.observableArrayList(null, Split.TRAIN, Split.DEV, Split.TEST));
        split.setConverter(Controls.converter(s -> s == null ? "all splits" : s.key()));
        split.valueProperty().bindBidirectional(vm.splitProperty());
        ComboBox<UncertaintyPolicy> policy = new ComboBox<>(FXCollections.observableArrayList(UncertaintyPolicy.values()));
        policy.setId("goldSizePolicy");
        policy.setConverter(Controls.converter(p -> p == null ? "" : p.key()));
        policy.setTooltip(new javafx.scene.control.Tooltip("How uncertain labels count: as negative (u-zeros), as "
                + "positive (u-ones), or left out (u-ignore), as gold-size --policy"));
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        TextField target = new TextField();
        target.setPrefColumnCount(5);
        target.setId("goldSizeTarget");
        target.textProperty().bindBidirectional(vm.targetProperty());
        Button run = new Button("Estimate");
        run.setId("goldSizeRun");
        run.setOnAction(e -> vm.run());
        run.disableProperty().bind(vm.job().busyProperty());
        Label summary = new Label();
        summary.setId("goldSizeSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Label status = new Label();
        status.textProperty().bind(vm.job().statusProperty());

        TableView<Line> table = new TableView<>(vm.lines());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setId("goldSizeTable");
        table.getColumns().add(col("line", Line::name));
        table.getColumns().add(col("gold positives", l -> String.valueOf(l.positives())));
        table.getColumns().add(col("± now", l -> String.format(Locale.ROOT, "%.3f", l.halfWidthNow())));
        table.getColumns().add(col("F1 b − a [95% CI]", l -> String.format(Locale.ROOT, "%+.3f %s", l.difference(),
                l.differenceCi())));
        table.getColumns().add(col("separated", l -> l.separated() ? "yes" : "no"));
        table.getColumns().add(col("more for target", l -> DiagnosticsRows.size(l.moreForTarget())));
        table.getColumns().add(col("more to separate", l -> DiagnosticsRows.size(l.moreToSeparate())));
        table.getColumns().add(col("caveat", Line::caveat));
        GoldSizeChart chart = new GoldSizeChart();
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                chart.show(vm.estimateProperty().get(), now));
        vm.estimateProperty().addListener((o, was, now) -> {
            chart.show(now, now == null ? null : now.micro());
            if (now != null) {
                table.getSelectionModel().select(0);
            }
        });
        SplitPane body = new SplitPane(table, chart);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.45);
        setTop(new VBox(6, Controls.bar(new Label("a"), a, new Label("b"), b, new Label("gold"), gold,
                new Label("split"), split, new Label("policy"), policy, new Label("target ±"), target, run), summary,
                new Label("Bootstrap half widths at n/8, n/4, n/2 and n, fitted as c/√n and extrapolated; a finding "
                        + "with fewer than 10 gold positives is unreliable. Select a line to chart it.")));
        setCenter(body);
        setBottom(status);
        setPadding(new Insets(8));
    }

    private static TableColumn<Line, String> col(String title, Function<Line, String> text) {
        TableColumn<Line, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleStringProperty(text.apply(f.getValue())));
        return c;
    }
}
