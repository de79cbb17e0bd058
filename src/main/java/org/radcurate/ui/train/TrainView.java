package org.radcurate.ui.train;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Train screen: the run's settings on the left; on the right the live chart of loss and validation
 * micro-F1 per epoch with the progress and ETA, and below it the workspace's runs (select one to chart its
 * stored timeline).
 */
public final class TrainView extends BorderPane {
    private final TrainViewModel vm;
    private final TrainingChart chart = new TrainingChart();
    private final Label chartTitle = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private RunsTable runs;

    public TrainView(TrainViewModel vm) {
        this.vm = vm;
        createView();
        bind();
    }

    private void createView() {
        setId("trainView");
        getStyleClass().add(TrainCss.VIEW);
        getStylesheets().add(TrainView.class.getResource(TrainCss.STYLESHEET).toExternalForm());
        TrainForm form = new TrainForm(vm);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // Start and the messages stay in sight however far the form scrolls (an 800-pixel-high screen)
        BorderPane left = new BorderPane(scroll);
        left.setBottom(form.footer());
        left.setPrefWidth(330);
        left.setMinWidth(280);
        chartTitle.setId("chartTitle");
        chartTitle.getStyleClass().add(TrainCss.CHART_TITLE);
        progress.setId("trainingProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progressText.setId("progressText");
        progressText.getStyleClass().add(TrainCss.PROGRESS_TEXT);
        progressText.setMinWidth(210);
        HBox progressLine = new HBox(8, progress, progressText);
        progressLine.setAlignment(Pos.CENTER_LEFT);
        VBox chartBox = new VBox(4, chartTitle, chart, progressLine);
        chartBox.setPadding(new Insets(0, 0, 8, 0));
        VBox.setVgrow(chart, Priority.ALWAYS);
        runs = new RunsTable(vm.runs(), vm.selectedRunProperty());
        Label runsTitle = new Label("Runs");
        runsTitle.getStyleClass().add(TrainCss.PANE_TITLE);
        VBox runsBox = new VBox(2, runsTitle, runs);
        VBox.setVgrow(runs, Priority.ALWAYS);
        SplitPane center = new SplitPane(chartBox, runsBox);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.62);
        BorderPane.setMargin(center, new Insets(0, 0, 0, 10));
        BorderPane builtIn = new BorderPane(center);
        builtIn.setLeft(left);
        builtIn.setPadding(new Insets(10, 0, 0, 0));
        // the run kinds: the built-in student (DJL, in-process) and an LLM fine-tuned with LoRA (Python recipe)
        javafx.scene.control.Tab student = new javafx.scene.control.Tab("Built-in student", builtIn);
        javafx.scene.control.Tab llm = new javafx.scene.control.Tab("LLM (LoRA)", new LlmTrainPane(vm.llm()));
        student.setClosable(false);
        llm.setClosable(false);
        javafx.scene.control.TabPane kinds = new javafx.scene.control.TabPane(student, llm);
        kinds.setId("trainRunKinds");
        setCenter(kinds);
        setPadding(new Insets(10));
    }

    private void bind() {
        chartTitle.textProperty().bind(vm.chartTitleProperty());
        vm.epochs().addListener((ListChangeListener<EpochPoint>) c -> chart.show(vm.epochs()));
        chart.show(vm.epochs());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.progressProperty().bind(vm.progressProperty());
        progressText.textProperty().bind(vm.progressTextProperty());
        progressText.visibleProperty().bind(vm.busyProperty());
    }
}
