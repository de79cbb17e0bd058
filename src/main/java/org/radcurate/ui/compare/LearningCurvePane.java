package org.radcurate.ui.compare;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.radcurate.domain.GoldSet;
import org.radcurate.service.SweepPoint;
import org.radcurate.service.SweepService;
import org.radcurate.ui.common.DisplayConverter;

/**
 * The Compare screen's learning-curve tab: a sweep's settings on the left, the curve (micro-F1 against
 * sample count, one line per learning rate) and its points on the right.
 */
public final class LearningCurvePane extends BorderPane {
    private final LearningCurveViewModel vm;
    private final LearningCurveChart chart = new LearningCurveChart();
    private final TableView<SweepPoint> table = new TableView<>();
    private final ComboBox<String> teacher = new ComboBox<>();
    private final ComboBox<String> trainingSplit = new ComboBox<>();
    private final ComboBox<GoldSet> goldSet = new ComboBox<>();
    private final ComboBox<String> evaluationSplit = new ComboBox<>();
    private final TextField sampleCounts = new TextField();
    private final TextField learningRates = new TextField();
    private final ComboBox<String> preset = new ComboBox<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final TextField parameters = new TextField();
    private final TextField seed = new TextField();
    private final RunControls controls = new RunControls("Run sweep", "Sweep", "sweepValidation");
    private final Label leakage = new Label();
    private final javafx.scene.control.Button makeSplit = new javafx.scene.control.Button("Make a seeded split (80/10/10)");

    /** The pane, with {@code header} (e.g. the screen's pane switch) above the settings. */
    public LearningCurvePane(LearningCurveViewModel vm, Node header) {
        this.vm = vm;
        createView(header);
        bind();
    }

    private void createView(Node header) {
        setId("learningCurvePane");
        teacher.setId("sweepTeacher");
        trainingSplit.setId("sweepTrainingSplit");
        goldSet.setId("sweepGoldSet");
        evaluationSplit.setId("sweepEvaluationSplit");
        sampleCounts.setId("sampleCounts");
        learningRates.setId("learningRates");
        preset.setId("sweepPreset");
        kind.setId("sweepKind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.getItems().setAll(LlmSweepInputs.KINDS);
        kind.valueProperty().bindBidirectional(vm.llm().kindProperty());
        parameters.setId("sweepParameters");
        seed.setId("sweepSeed");
        table.setId("sweepPoints");
        for (ComboBox<?> c : new ComboBox<?>[] {teacher, trainingSplit, goldSet, evaluationSplit, preset}) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        parameters.setPromptText("e.g. epochs=5, layers=1");
        leakage.setId("sweepLeakage");
        leakage.getStyleClass().add(CompareCss.VALIDATION);
        leakage.setWrapText(true);
        leakage.setMinHeight(Region.USE_PREF_SIZE);
        leakage.textProperty().bind(vm.leakageProperty());
        leakage.visibleProperty().bind(vm.leakageProperty().isNotEmpty());
        leakage.managedProperty().bind(leakage.visibleProperty());
        makeSplit.setId("makeSeededSplit");
        makeSplit.setOnAction(e -> vm.makeSeededSplit());
        makeSplit.visibleProperty().bind(vm.needsSplitProperty());
        makeSplit.managedProperty().bind(makeSplit.visibleProperty());
        Label hint = new Label("Each point is a run named sweep-<samples>-<rate>, predicted and scored (micro-F1, "
                + "uncertain as negative) against the gold set; finished runs are reused.");
        hint.getStyleClass().add(CompareCss.HINT);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox builtIn = new VBox(4, field("Preset", preset), field("Other parameters", parameters));
        VBox form = new VBox(4, field("Teacher", teacher), field("Training reports", trainingSplit),
                field("Gold set", goldSet), field("Scored on", evaluationSplit),
                field("Sample counts", sampleCounts), field("Learning rates", learningRates),
                field("Student", kind), builtIn, llmFields(), field("Seed", seed), leakage, makeSplit,
                controls.validation,
                controls.buttons, controls.status, hint);
        builtIn.visibleProperty().bind(kind.valueProperty().isNotEqualTo(LlmSweepInputs.LLM));
        builtIn.managedProperty().bind(builtIn.visibleProperty());
        form.getStyleClass().add(CompareCss.SETTINGS);
        ScrollPane left = new ScrollPane(form);
        left.setFitToWidth(true);
        left.setPrefWidth(290);
        left.setMinWidth(240);
        table.getStyleClass().add("dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No sweep yet: choose sample counts and learning rates, then Run sweep."));
        table.getColumns().add(column("Run", SweepPoint::runName));
        table.getColumns().add(column("Samples", p -> String.format(Locale.ROOT, "%,d", p.samples())));
        table.getColumns().add(column("Learning rate", p -> SweepService.rate(p.learningRate())));
        table.getColumns().add(column("Micro-F1 [95% CI]", p -> LearningCurveChart.describe(p).lines()
                .findFirst().orElse("").replaceFirst(".*micro-F1 ", "")));
        table.getColumns().add(column("Evaluation", p -> "#" + p.evaluationId()));
        SplitPane right = new SplitPane(chart, table);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.65);
        BorderPane.setMargin(right, new Insets(0, 0, 0, 10));
        VBox leftColumn = header == null ? new VBox(left) : new VBox(header, left);
        VBox.setVgrow(left, Priority.ALWAYS);
        setLeft(leftColumn);
        setCenter(right);
    }

    /** The LLM (LoRA) points' options, shown when that student kind is chosen. */
    private VBox llmFields() {
        LlmSweepInputs in = vm.llm();
        TextField model = text("sweepBaseModel", in.baseModelProperty(), "folder with config.json and weights");
        TextField python = text("sweepPython", in.pythonProperty(), "the first detected when blank");
        TextField settings = text("sweepLlmSettings", in.settingsProperty(), "e.g. device=cpu; max_steps=30");
        TextField inference = text("sweepInference", in.inferenceProperty(), "");
        Label hint = new Label("Each point is a LoRA run sweep-llm-<samples>-<rate> on <samples> open-ended and "
                + "<samples> multiple-choice records of the teacher, scored on the multiple-choice task.");
        hint.getStyleClass().add(CompareCss.HINT);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, field("Base model", model), field("Python", python),
                field("Recipe settings", settings), field("Inference settings", inference), hint);
        box.visibleProperty().bind(kind.valueProperty().isEqualTo(LlmSweepInputs.LLM));
        box.managedProperty().bind(box.visibleProperty());
        box.visibleProperty().addListener((obs, old, now) -> {
            if (now) {
                in.detectPython();
            }
        });
        return box;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static VBox field(String caption, Node control) {
        Label l = new Label(caption);
        l.getStyleClass().add(CompareCss.FIELD_LABEL);
        l.setLabelFor(control);
        return new VBox(2, l, control);
    }

    private static TableColumn<SweepPoint, String> column(String title, Function<SweepPoint, String> text) {
        TableColumn<SweepPoint, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }

    private void bind() {
        teacher.setItems(vm.teachers());
        teacher.valueProperty().bindBidirectional(vm.teacherProperty());
        trainingSplit.getItems().setAll(CompareInputs.SPLITS);
        trainingSplit.setConverter(DisplayConverter.of(CompareText::split));
        trainingSplit.valueProperty().bindBidirectional(vm.trainingSplitProperty());
        goldSet.setItems(vm.goldSets());
        goldSet.setConverter(DisplayConverter.of(g -> g.reference() + " · " + g.reportCount() + " reports"));
        goldSet.valueProperty().bindBidirectional(vm.goldSetProperty());
        evaluationSplit.getItems().setAll(CompareInputs.SPLITS);
        evaluationSplit.setConverter(DisplayConverter.of(CompareText::split));
        evaluationSplit.valueProperty().bindBidirectional(vm.evaluationSplitProperty());
        sampleCounts.textProperty().bindBidirectional(vm.sampleCountsProperty());
        learningRates.textProperty().bindBidirectional(vm.learningRatesProperty());
        preset.getItems().setAll(vm.presets());
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        parameters.textProperty().bindBidirectional(vm.parametersProperty());
        seed.textProperty().bindBidirectional(vm.seedProperty());
        controls.bind(vm.validationProperty(), vm.canRunProperty(), vm.busyProperty(), vm.progressProperty(),
                vm.statusProperty(), vm::run, vm::cancel);
        table.setItems(vm.points());
        vm.points().addListener((ListChangeListener<SweepPoint>) c -> chart.show(vm.points()));
        chart.show(vm.points());
    }
}
