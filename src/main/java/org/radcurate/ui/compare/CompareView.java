package org.radcurate.ui.compare;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.radcurate.service.EvaluationView;

/**
 * The Compare screen, two panes chosen at the top of the left column. Comparison: choices and stored evaluations
 * on the left; on the right the summary, the verdict, the side-by-side table, and below it the F1 chart beside
 * the reports behind the selected cell. Open-ended: the ICD-10-CM task against a gold source's codes. Learning curve: sweeps of student runs, micro-F1 against sample count
 * per learning rate.
 */
public final class CompareView extends BorderPane {
    private final CompareViewModel vm;
    /** Which pane shows: the comparison, the open-ended task, or the learning curve. */
    private final javafx.beans.property.ObjectProperty<CompareModeSwitch.Mode> mode =
            new javafx.beans.property.SimpleObjectProperty<>(CompareModeSwitch.Mode.COMPARISON);
    private CompareSettings settings;
    private ComparisonTable table;
    private final F1Chart chart = new F1Chart();
    private ErrorListPane errors;
    private final Label summary = new Label();
    private final Label coverage = new Label();
    private final Label verdict = new Label();
    private final Label readOnly = new Label();
    private final MenuButton export = new MenuButton("Export");
    private final MenuItem exportCsv = new MenuItem("CSV table…");
    private final MenuItem exportJson = new MenuItem("JSON…");
    private final MenuItem exportHtml = new MenuItem("HTML report with chart…");

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        createView();
        bind();
    }

    private void createView() {
        setId("compareView");
        getStyleClass().add(CompareCss.VIEW);
        getStylesheets().add(CompareView.class.getResource(CompareCss.STYLESHEET).toExternalForm());
        settings = new CompareSettings(vm);
        ScrollPane left = new ScrollPane(settings);
        left.setFitToWidth(true);
        left.setFitToHeight(true);
        left.setPrefWidth(290);
        left.setMinWidth(240);
        table = new ComparisonTable(vm.rows(), vm::selectCell);
        errors = new ErrorListPane(vm.errors());
        errors.setPrefWidth(330);
        errors.setMinWidth(240);
        summary.setId("compareSummary");
        summary.getStyleClass().add(CompareCss.SUMMARY);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        export.setId("exportMenu");
        exportCsv.setId("exportCsv");
        exportJson.setId("exportJson");
        exportHtml.setId("exportHtml");
        export.getItems().addAll(exportCsv, exportJson, exportHtml);
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(8, summary, export);
        toolbar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        coverage.setId("compareCoverage");
        coverage.getStyleClass().add(CompareCss.HINT);
        coverage.setWrapText(true);
        coverage.setMaxWidth(Double.MAX_VALUE);
        coverage.setMinHeight(Region.USE_PREF_SIZE);
        verdict.setId("verdict");
        verdict.getStyleClass().add(CompareCss.VERDICT);
        verdict.setWrapText(true);
        verdict.setMaxWidth(Double.MAX_VALUE);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label("Highlighted: the best F1 of each row. Click a cell to list the reports behind its errors.");
        hint.getStyleClass().add(CompareCss.HINT);
        VBox tableBox = new VBox(4, table, coverage, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        // the chart keeps a row per finding (every name shown) and scrolls when the pane is shorter
        ScrollPane chartScroll = new ScrollPane(chart);
        chartScroll.setFitToWidth(true);
        chartScroll.setFitToHeight(true);
        SplitPane below = new SplitPane(chartScroll, errors);
        below.setDividerPositions(0.62);
        SplitPane results = new SplitPane(tableBox, below);
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.5);
        readOnly.setId("compareReadOnly");
        readOnly.getStyleClass().add(CompareCss.VALIDATION);
        readOnly.setWrapText(true);
        readOnly.setMaxWidth(Double.MAX_VALUE);
        readOnly.setMinHeight(Region.USE_PREF_SIZE);
        VBox center = new VBox(8, readOnly, toolbar, verdict, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        center.setPadding(new Insets(0, 0, 0, 10));
        VBox leftColumn = new VBox(new CompareModeSwitch(mode), left);
        VBox.setVgrow(left, Priority.ALWAYS);
        BorderPane comparison = new BorderPane(center, null, null, null, leftColumn);
        LearningCurvePane curve = new LearningCurvePane(vm.learningCurve(), new CompareModeSwitch(mode));
        OpenEndedPane open = new OpenEndedPane(vm.openEnded(), new CompareModeSwitch(mode));
        mode.addListener((obs, old, now) -> {
            if (now == CompareModeSwitch.Mode.OPEN_ENDED) {
                vm.openEnded().refresh();
            }
            setCenter(switch (now) {
                case COMPARISON -> comparison;
                case OPEN_ENDED -> open;
                case LEARNING_CURVE -> curve;
            });
        });
        setCenter(comparison);
        setPadding(new Insets(10));
    }

    private void bind() {
        summary.textProperty().bind(vm.summaryProperty());
        coverage.textProperty().bind(vm.coverageProperty());
        coverage.visibleProperty().bind(vm.coverageProperty().isNotEmpty());
        coverage.managedProperty().bind(coverage.visibleProperty());
        readOnly.textProperty().bind(vm.readOnlyNoticeProperty());
        readOnly.visibleProperty().bind(vm.readOnlyNoticeProperty().isNotEmpty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.visibleProperty().bind(vm.verdictProperty().isNotEmpty());
        verdict.managedProperty().bind(verdict.visibleProperty());
        vm.verdictKindProperty().addListener((obs, old, now) -> showVerdictKind(now));
        export.disableProperty().bind(vm.canExportProperty().not());
        exportCsv.setOnAction(e -> vm.exportCsv());
        exportJson.setOnAction(e -> vm.exportJson());
        exportHtml.setOnAction(e -> vm.exportHtml());
        vm.resultProperty().addListener((obs, old, now) -> show(now));
        show(vm.resultProperty().get());
        showVerdictKind(vm.verdictKindProperty().get());
    }

    private void show(EvaluationView view) {
        table.showSources(view == null ? java.util.List.of() : view.sources());
        chart.show(view);
    }

    private void showVerdictKind(CompareViewModel.VerdictKind kind) {
        verdict.pseudoClassStateChanged(CompareCss.BEATS, kind == CompareViewModel.VerdictKind.BEATS);
        verdict.pseudoClassStateChanged(CompareCss.NO_EVIDENCE, kind == CompareViewModel.VerdictKind.NO_EVIDENCE);
    }
}
