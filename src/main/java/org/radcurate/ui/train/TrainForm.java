package org.radcurate.ui.train;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.radcurate.ui.common.DisplayConverter;

/** The left column: run name, teacher, split, preset, every hyperparameter, the device, and the commands. */
final class TrainForm extends VBox {
    private final TrainViewModel vm;
    private final TrainInputs in;
    private final TextField runName = new TextField();
    private final ComboBox<String> teacher = new ComboBox<>();
    private final ComboBox<String> split = new ComboBox<>();
    private final ComboBox<String> preset = new ComboBox<>();
    private final TextField encoder = new TextField();
    private final Button chooseEncoder = new Button("Choose…");
    private final ComboBox<String> gold = new ComboBox<>();
    private final ComboBox<String> heldOut = new ComboBox<>();
    private final TableView<ParameterRow> parameters = new TableView<>();
    private final Label validation = new Label();
    private final Label leakage = new Label();
    private final Label device = new Label();
    private final Button start = new Button("Start");
    private final Button cancel = new Button("Cancel");
    private final Button resume = new Button("Resume");
    private final Button predict = new Button("Predict");
    private final Label status = new Label();
    private VBox footer;

    TrainForm(TrainViewModel vm) {
        this.vm = vm;
        this.in = vm.inputs();
        createView();
        bind();
    }

    private void createView() {
        setId("trainForm");
        getStyleClass().add(TrainCss.FORM);
        setSpacing(4);
        runName.setId("runName");
        runName.setPromptText("e.g. student-rules-2000");
        teacher.setId("teacher");
        split.setId("trainSplit");
        preset.setId("preset");
        encoder.setId("encoderFolder");
        encoder.setPromptText("none: the workspace's own encoder, from scratch");
        chooseEncoder.setId("chooseEncoder");
        chooseEncoder.setTooltip(new Tooltip("A local folder with a BERT-family model: config.json, model.safetensors, "
                + "tokenizer.json or vocab.txt"));
        gold.setId("trainGold");
        gold.setTooltip(new Tooltip("Gold labels replace the teacher's on the reports they cover; "
                + "two stages (stages=2) learn the teacher's first, then the gold alone"));
        heldOut.setId("heldOut");
        heldOut.setTooltip(new Tooltip("The split the student is scored on: none of its reports is trained on"));
        HBox.setHgrow(encoder, Priority.ALWAYS);
        parameters.setId("parameters");
        validation.setId("trainValidation");
        leakage.setId("trainLeakage");
        leakage.getStyleClass().add(TrainCss.VALIDATION);
        leakage.setWrapText(true);
        leakage.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        device.setId("device");
        start.setId("startTraining");
        cancel.setId("cancelTraining");
        resume.setId("resumeTraining");
        predict.setId("predict");
        status.setId("trainStatus");
        for (ComboBox<?> c : new ComboBox<?>[] {teacher, split, preset, gold, heldOut}) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        parameters.getStyleClass().addAll(TrainCss.PARAMETERS, "dense");
        parameters.setEditable(true);
        parameters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        parameters.setPrefHeight(330);
        parameters.setMinHeight(150);
        VBox.setVgrow(parameters, Priority.ALWAYS);
        parameters.getColumns().add(nameColumn());
        parameters.getColumns().add(valueColumn());
        parameters.setRowFactory(t -> new ParameterTableRow());
        validation.getStyleClass().add(TrainCss.VALIDATION);
        validation.setWrapText(true);
        device.getStyleClass().add(TrainCss.DEVICE);
        device.setWrapText(true);
        status.getStyleClass().add(TrainCss.HINT);
        status.setWrapText(true);
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setTooltip(new Tooltip("Train the run; a run with this name resumes from its last checkpoint"));
        resume.setTooltip(new Tooltip("Continue the selected run with the teacher, split and config it started with"));
        predict.setTooltip(new Tooltip("Store the selected finished run's predictions as a student source"));
        for (Label l : new Label[] {validation, device, status}) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(6, start, cancel, resume, predict);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Double-click a value to edit it; Enter keeps it. Bold: changed from the preset.");
        hint.getStyleClass().add(TrainCss.HINT);
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(title("New run"), field("Run name", runName), field("Teacher", teacher),
                field("Training reports", split), leakage, field("Gold overriding the teacher", gold),
                field("Held out for scoring", heldOut), field("Pretrained encoder", new HBox(6, encoder, chooseEncoder)),
                field("Preset", preset), field("Hyperparameters", parameters), hint);
        footer = new VBox(4, validation, device, buttons, status);
        footer.setPadding(new javafx.geometry.Insets(6, 8, 4, 8));
    }

    /** What stays in sight below the scrolling form: its messages, Start and the run buttons. */
    javafx.scene.Node footer() {
        return footer;
    }

    private TableColumn<ParameterRow, String> nameColumn() {
        TableColumn<ParameterRow, String> c = new TableColumn<>("Parameter");
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(f.getValue().name()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ParameterRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setTooltip(row == null || row.meaning().isEmpty() ? null : new Tooltip(row.meaning()));
            }
        });
        c.setEditable(false);
        c.setSortable(false);
        c.setPrefWidth(130);
        return c;
    }

    private TableColumn<ParameterRow, String> valueColumn() {
        TableColumn<ParameterRow, String> c = new TableColumn<>("Value");
        c.setId("parameterValue");
        c.setCellValueFactory(f -> f.getValue().valueProperty());
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setSortable(false);
        c.setPrefWidth(100);
        return c;
    }

    /** Marks rows whose value differs from the preset. */
    private static final class ParameterTableRow extends TableRow<ParameterRow> {
        private final javafx.beans.value.ChangeListener<Boolean> marker =
                (obs, old, now) -> pseudoClassStateChanged(TrainCss.MODIFIED, now);

        @Override
        protected void updateItem(ParameterRow item, boolean empty) {
            ParameterRow old = getItem();
            if (old != null) {
                old.modifiedProperty().removeListener(marker);
            }
            super.updateItem(item, empty);
            if (!empty && item != null) {
                item.modifiedProperty().addListener(marker);
            }
            pseudoClassStateChanged(TrainCss.MODIFIED, !empty && item != null && item.modifiedProperty().get());
        }
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(TrainCss.PANE_TITLE);
        return l;
    }

    private static VBox field(String caption, Node control) {
        Label l = new Label(caption);
        l.getStyleClass().add(TrainCss.FIELD_LABEL);
        l.setLabelFor(control);
        VBox box = new VBox(2, l, control);
        VBox.setVgrow(box, VBox.getVgrow(control));
        return box;
    }

    private void bind() {
        runName.textProperty().bindBidirectional(in.runNameProperty());
        teacher.setItems(in.teachers());
        teacher.valueProperty().bindBidirectional(in.teacherProperty());
        split.getItems().setAll(TrainInputs.SPLITS);
        split.setConverter(DisplayConverter.of(TrainText::split));
        split.valueProperty().bindBidirectional(in.splitProperty());
        gold.setItems(in.golds());
        gold.valueProperty().bindBidirectional(in.goldProperty());
        heldOut.getItems().setAll(TrainInputs.HELD_OUT);
        heldOut.valueProperty().bindBidirectional(in.heldOutProperty());
        encoder.textProperty().bindBidirectional(in.encoderProperty());
        chooseEncoder.setOnAction(e -> vm.chooseEncoder());
        preset.getItems().setAll(in.presets());
        preset.valueProperty().bindBidirectional(in.presetProperty());
        parameters.setItems(in.parameters());
        leakage.textProperty().bind(in.leakageProperty());
        leakage.visibleProperty().bind(in.leakageProperty().isNotEmpty());
        leakage.managedProperty().bind(leakage.visibleProperty());
        validation.textProperty().bind(in.validationProperty());
        validation.visibleProperty().bind(in.validationProperty().isNotEmpty());
        validation.managedProperty().bind(validation.visibleProperty());
        device.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> TrainText.device(vm.deviceProperty().get()), vm.deviceProperty()));
        vm.deviceProperty().addListener((obs, old, now) -> showDevice(now));
        showDevice(vm.deviceProperty().get());
        start.disableProperty().bind(vm.canStartProperty().not());
        start.setOnAction(e -> vm.start());
        cancel.disableProperty().bind(vm.busyProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        resume.disableProperty().bind(vm.canResumeProperty().not());
        resume.setOnAction(e -> vm.resume());
        predict.disableProperty().bind(vm.canPredictProperty().not());
        predict.setOnAction(e -> vm.predict());
        status.textProperty().bind(vm.statusProperty());
    }

    private void showDevice(String text) {
        device.pseudoClassStateChanged(TrainCss.GPU, text != null && text.startsWith("gpu"));
    }
}
