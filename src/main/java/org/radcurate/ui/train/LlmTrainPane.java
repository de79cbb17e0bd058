package org.radcurate.ui.train;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.radcurate.domain.Run;

/**
 * The "LLM (LoRA)" tab of the Train screen: on the left the instruction dataset and the run's inputs;
 * on the right the live loss per step, and below it the LoRA runs with Resume and Predict.
 */
final class LlmTrainPane extends BorderPane {
    private final LlmTrainViewModel vm;
    private final XYChart.Series<Number, Number> loss = new XYChart.Series<>();

    LlmTrainPane(LlmTrainViewModel vm) {
        this.vm = vm;
        setId("llmTrainPane");
        Label status = new Label();
        status.setId("llmStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        TitledPane data = new TitledPane("1. Instruction dataset (llm dataset)", datasetForm());
        TitledPane train = new TitledPane("2. Training run (llm train)", runForm());
        data.setCollapsible(false);
        train.setCollapsible(false);
        VBox left = new VBox(8, data, train, LlmElsewhereForms.slurm(vm), LlmElsewhereForms.served(vm), status);
        left.setPadding(new Insets(0, 10, 0, 0));
        ScrollPane scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(390);
        scroll.setMinWidth(320);
        SplitPane center = new SplitPane(chart(), runs());
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.55);
        setLeft(scroll);
        setCenter(center);
        setPadding(new Insets(10));
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null && vm.interpreters().isEmpty()) {
                vm.detect();
            }
        });
    }

    private GridPane datasetForm() {
        LlmDatasetForm f = vm.datasetForm();
        ComboBox<String> source = new ComboBox<>(f.sources());
        source.setId("llmDataSource");
        source.setMaxWidth(Double.MAX_VALUE);
        source.valueProperty().bindBidirectional(f.sourceProperty());
        ComboBox<String> split = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(LlmDatasetForm.SPLITS));
        split.setId("llmDataSplit");
        split.valueProperty().bindBidirectional(f.splitProperty());
        Button build = new Button("Build dataset");
        build.setId("llmBuildDataset");
        build.setOnAction(e -> vm.buildDataset());
        build.disableProperty().bind(vm.busyProperty());
        GridPane g = grid();
        int row = 0;
        g.addRow(row++, new Label("Source"), source);
        g.addRow(row++, new Label("Split"), split);
        g.addRow(row++, new Label("Open-ended"), field("llmDataOpen", f.openEndedProperty(), "all, or a count"));
        g.addRow(row++, new Label("Multiple choice"), field("llmDataMc", f.multipleChoiceProperty(), "all, or a count"));
        g.addRow(row++, new Label("Seed"), field("llmDataSeed", f.seedProperty(), ""));
        g.addRow(row++, new Label("Folder"), field("llmDataFolder", f.folderProperty(), ""));
        g.addRow(row++, new Label("Name"), field("llmDataName", f.nameProperty(), "file stem"));
        g.add(build, 1, row);
        return g;
    }

    private VBox runForm() {
        ComboBox<String> python = new ComboBox<>(vm.interpreters());
        python.setId("llmPython");
        python.setEditable(true);
        python.setMaxWidth(Double.MAX_VALUE);
        python.valueProperty().bindBidirectional(vm.pythonProperty());
        TextArea settings = new TextArea();
        settings.setId("llmSettings");
        settings.setPrefRowCount(6);
        settings.textProperty().bindBidirectional(vm.settingsProperty());
        GridPane g = grid();
        int row = 0;
        g.addRow(row++, new Label("Run"), field("llmRunName", vm.runNameProperty(), ""));
        g.addRow(row++, new Label("Dataset"), field("llmDataset", vm.datasetProperty(), "NAME.alpaca.json or NAME.chat.jsonl"));
        g.addRow(row++, new Label("Base model"), field("llmBaseModel", vm.baseModelProperty(), "folder with config.json and weights"));
        g.addRow(row++, new Label("Python"), python);
        Label caption = new Label("Settings (NAME=VALUE; defaults: the study's recipe)");
        caption.setWrapText(true);
        g.add(caption, 0, row++, 2, 1);
        g.add(settings, 0, row, 2, 1);
        Button check = button("llmCheck", "Check", vm::check);
        Button start = button("llmStart", "Start", vm::start);
        Button cancel = button("llmCancel", "Cancel", vm::cancel);
        check.disableProperty().bind(vm.busyProperty());
        start.disableProperty().bind(vm.busyProperty());
        cancel.disableProperty().bind(vm.busyProperty().not());
        return new VBox(8, g, new HBox(6, check, start, cancel));
    }

    private LineChart<Number, Number> chart() {
        NumberAxis x = new NumberAxis();
        x.setLabel("optimizer step");
        NumberAxis y = new NumberAxis();
        y.setLabel("loss");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("llmLossChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        loss.setName("training loss");
        chart.getData().add(loss);
        vm.steps().addListener((ListChangeListener<LlmTrainViewModel.StepPoint>) c -> loss.getData().setAll(
                vm.steps().stream().map(s -> new XYChart.Data<Number, Number>(s.step(), s.loss())).toList()));
        return chart;
    }

    private VBox runs() {
        LlmRunList list = vm.runList();
        TableView<Run> table = new TableView<>(list.runs());
        table.setId("llmRuns");
        table.getStyleClass().add("dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No LoRA runs yet: start one on the left."));
        table.getColumns().add(column("Name", Run::name));
        table.getColumns().add(column("Status", r -> TrainText.status(r.status())));
        table.getColumns().add(column("Device", Run::device));
        table.getColumns().add(column("Student source", r -> r.studentSourceId() != 0 ? "student:" + r.name() : ""));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != list.selectedProperty().get()) {
                list.selectedProperty().set(now);
            }
        });
        list.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        ComboBox<String> split = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(LlmDatasetForm.SPLITS));
        split.setId("llmPredictSplit");
        split.valueProperty().bindBidirectional(list.predictSplitProperty());
        TextArea settings = new TextArea();
        settings.setId("llmPredictSettings");
        settings.setPrefRowCount(2);
        settings.textProperty().bindBidirectional(list.predictSettingsProperty());
        Button resume = button("llmResume", "Resume", vm::resume);
        resume.disableProperty().bind(vm.canResumeProperty().not());
        Button predict = button("llmPredict", "Predict", vm::predict);
        predict.disableProperty().bind(vm.canPredictProperty().not());
        HBox actions = new HBox(6, resume, new Label("Predict on"), split, predict);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label title = new Label("LoRA runs");
        title.getStyleClass().add(TrainCss.PANE_TITLE);
        VBox box = new VBox(4, title, table, actions, new Label("Inference settings (NAME=VALUE)"), settings);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<Run, String> column(String title, java.util.function.Function<Run, String> value) {
        TableColumn<Run, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setSortable(false);
        c.setPrefWidth(150);
        return c;
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(6);
        // captions keep their full width; the fields take the rest
        javafx.scene.layout.ColumnConstraints captions = new javafx.scene.layout.ColumnConstraints();
        captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(captions, fields);
        return g;
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }
}
