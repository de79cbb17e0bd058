package org.radcurate.ui.train;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The "LLM (LoRA)" tab of the Train screen: the run's inputs on the left, the live loss per step on the right. */
final class LlmTrainPane extends BorderPane {
    private final LlmTrainViewModel vm;
    private final XYChart.Series<Number, Number> loss = new XYChart.Series<>();

    LlmTrainPane(LlmTrainViewModel vm) {
        this.vm = vm;
        setId("llmTrainPane");
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(6);
        TextField name = field("llmRunName", vm.runNameProperty());
        TextField dataset = field("llmDataset", vm.datasetProperty());
        dataset.setPromptText("NAME.alpaca.json or NAME.chat.jsonl");
        TextField model = field("llmBaseModel", vm.baseModelProperty());
        model.setPromptText("folder with config.json and weights");
        ComboBox<String> python = new ComboBox<>(vm.interpreters());
        python.setId("llmPython");
        python.setEditable(true);
        python.setMaxWidth(Double.MAX_VALUE);
        python.valueProperty().bindBidirectional(vm.pythonProperty());
        TextArea settings = new TextArea();
        settings.setId("llmSettings");
        settings.setPrefRowCount(6);
        settings.textProperty().bindBidirectional(vm.settingsProperty());
        int row = 0;
        form.addRow(row++, new Label("Run"), name);
        form.addRow(row++, new Label("Dataset"), dataset);
        form.addRow(row++, new Label("Base model"), model);
        form.addRow(row++, new Label("Python"), python);
        form.add(new Label("Settings (NAME=VALUE; defaults: the study's recipe)"), 0, row++, 2, 1);
        form.add(settings, 0, row++, 2, 1);
        Button check = new Button("Check");
        check.setId("llmCheck");
        check.setOnAction(e -> vm.check());
        Button start = new Button("Start");
        start.setId("llmStart");
        start.setOnAction(e -> vm.start());
        Button cancel = new Button("Cancel");
        cancel.setId("llmCancel");
        cancel.setOnAction(e -> vm.cancel());
        check.disableProperty().bind(vm.busyProperty());
        start.disableProperty().bind(vm.busyProperty());
        cancel.disableProperty().bind(vm.busyProperty().not());
        Label status = new Label();
        status.setId("llmStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        VBox left = new VBox(8, form, new HBox(6, check, start, cancel), status);
        left.setPrefWidth(360);
        left.setPadding(new Insets(0, 10, 0, 0));
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
        vm.steps().addListener((ListChangeListener<LlmTrainViewModel.StepPoint>) c -> redraw());
        setLeft(left);
        setCenter(chart);
        setPadding(new Insets(10));
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null && vm.interpreters().isEmpty()) {
                vm.detect();
            }
        });
    }

    private void redraw() {
        loss.getData().setAll(vm.steps().stream().map(s -> new XYChart.Data<Number, Number>(s.step(), s.loss())).toList());
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }
}
