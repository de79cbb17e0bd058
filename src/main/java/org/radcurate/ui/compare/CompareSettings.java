package org.radcurate.ui.compare;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.radcurate.domain.EvaluationRecord;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.EvaluationService.Task;
import org.radcurate.ui.common.DisplayConverter;

/** The left column: what to compare, the Compare and Cancel buttons, and the stored evaluations. */
final class CompareSettings extends VBox {
    private final CompareViewModel vm;
    private final CompareInputs in;
    private final ComboBox<GoldSet> goldSet = new ComboBox<>();
    private final ComboBox<String> split = new ComboBox<>();
    private final ComboBox<UncertaintyPolicy> policy = new ComboBox<>();
    private final ComboBox<Task> task = new ComboBox<>();
    private final ComboBox<ScoringScope> scope = new ComboBox<>();
    private final ListView<SourceChoice> sources = new ListView<>();
    private final ComboBox<String> teacher = new ComboBox<>();
    private final ComboBox<String> student = new ComboBox<>();
    private final Spinner<Integer> resamples = new Spinner<>();
    private final TextField seed = new TextField();
    private final RunControls controls = new RunControls("Compare", "Compare", "validation");
    private final ListView<EvaluationRecord> history = new ListView<>();
    private final Label leakage = new Label();

    CompareSettings(CompareViewModel vm) {
        this.vm = vm;
        this.in = vm.inputs();
        createView();
        bind();
    }

    private void createView() {
        setId("compareSettings");
        getStyleClass().add(CompareCss.SETTINGS);
        setSpacing(4);
        goldSet.setId("goldSet");
        split.setId("split");
        policy.setId("policy");
        task.setId("task");
        scope.setId("scope");
        sources.setId("sources");
        teacher.setId("teacher");
        student.setId("student");
        resamples.setId("resamples");
        seed.setId("seed");
        history.setId("history");
        for (ComboBox<?> c : new ComboBox<?>[] {goldSet, split, policy, task, scope, teacher, student}) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        sources.setPrefHeight(112);
        sources.setMinHeight(112);
        sources.getStyleClass().add("dense");
        resamples.setEditable(true);
        resamples.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000,
                CompareInputs.DEFAULT_RESAMPLES, 100));
        resamples.setPrefWidth(110);
        seed.setPrefColumnCount(6);
        controls.run.setDefaultButton(true);
        HBox bootstrap = new HBox(8, field("Resamples", resamples), field("Seed", seed));
        // side by side, so the form is no taller than before on an 800-pixel screen: the split's short names
        // give "Reports scored" the width of its longest choice, never cut off ("Where …")
        VBox splitField = field("Split", split);
        VBox scopeField = field("Reports scored", scope);
        scope.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        split.setMinWidth(80);
        HBox.setHgrow(splitField, Priority.ALWAYS);
        HBox splitAndScope = new HBox(8, splitField, scopeField);
        scope.setTooltip(new javafx.scene.control.Tooltip("Where labelled: each source only on the gold reports it "
                + "labelled, the paired test on those both labelled. All gold reports: one a source did not label "
                + "counts as not mentioned (eval --scope all)."));
        Label stored = new Label("Stored evaluations");
        stored.getStyleClass().add(CompareCss.PANE_TITLE);
        history.setPrefHeight(120);
        history.setMinHeight(60);
        VBox.setVgrow(history, Priority.ALWAYS);
        getChildren().addAll(field("Gold set", goldSet), splitAndScope, field("Uncertain mentions", policy),
                field("Task", task), field("Sources (columns)", sources), field("Teacher", teacher),
                field("Student", student), bootstrap, leakage, controls.validation, controls.buttons, controls.status, stored, history);
    }

    private static VBox field(String caption, Node control) {
        Label l = new Label(caption);
        l.getStyleClass().add(CompareCss.FIELD_LABEL);
        l.setLabelFor(control);
        return new VBox(2, l, control);
    }

    private void bind() {
        goldSet.setItems(in.goldSets());
        goldSet.setConverter(DisplayConverter.of(g -> g.reference() + " · " + g.reportCount() + " reports"));
        goldSet.valueProperty().bindBidirectional(in.goldSetProperty());
        split.getItems().setAll(CompareInputs.SPLITS);
        split.setConverter(DisplayConverter.of(CompareText::split));
        split.valueProperty().bindBidirectional(in.splitProperty());
        policy.getItems().setAll(UncertaintyPolicy.values());
        policy.setConverter(DisplayConverter.of(CompareText::policy));
        policy.valueProperty().bindBidirectional(in.policyProperty());
        task.getItems().setAll(Task.values());
        task.setConverter(DisplayConverter.of(CompareText::task));
        task.valueProperty().bindBidirectional(in.taskProperty());
        scope.getItems().setAll(ScoringScope.LABELLED, ScoringScope.ALL);
        scope.setConverter(DisplayConverter.of(CompareText::scope));
        scope.valueProperty().bindBidirectional(in.scopeProperty());
        sources.setItems(in.sources());
        // a long source name is cut to the column's width: the tooltip shows it whole
        sources.setCellFactory(l -> new CheckBoxListCell<>(SourceChoice::chosenProperty,
                DisplayConverter.of(SourceChoice::toString)) {
            @Override
            public void updateItem(SourceChoice item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.toString()));
            }
        });
        teacher.setItems(in.chosen());
        teacher.valueProperty().bindBidirectional(in.teacherProperty());
        student.setItems(in.chosen());
        student.valueProperty().bindBidirectional(in.studentProperty());
        resamples.getValueFactory().valueProperty().bindBidirectional(in.resamplesProperty());
        seed.textProperty().bindBidirectional(in.seedProperty());
        leakage.setId("compareLeakage");
        leakage.getStyleClass().add(CompareCss.VALIDATION);
        leakage.setWrapText(true);
        leakage.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        leakage.textProperty().bind(in.leakageProperty());
        leakage.visibleProperty().bind(in.leakageProperty().isNotEmpty());
        leakage.managedProperty().bind(leakage.visibleProperty());
        controls.bind(in.validationProperty(), vm.canRunProperty(), vm.busyProperty(), vm.progressProperty(),
                vm.statusProperty(), vm::run, vm::cancel);
        history.setItems(vm.history());
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(EvaluationRecord item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : CompareText.history(item));
            }
        });
        history.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.showStored(now));
        vm.resultProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.history().stream().filter(r -> r.id() == now.evaluationId()).findFirst().ifPresent(r -> {
                    history.getSelectionModel().select(r);
                    history.scrollTo(r);
                });
            }
        });
    }
}
