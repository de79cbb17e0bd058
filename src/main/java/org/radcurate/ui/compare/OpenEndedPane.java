package org.radcurate.ui.compare;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.radcurate.ui.common.DisplayConverter;

/**
 * The Compare screen's open-ended pane: gold source, split, sources, teacher and student on the left;
 * on the right the summary, the paired test's verdict and the comparison table (one row per level).
 */
final class OpenEndedPane extends BorderPane {
    OpenEndedPane(OpenEndedViewModel vm, Node header) {
        setId("openEndedPane");
        ComboBox<String> gold = new ComboBox<>(vm.goldSources());
        gold.setId("openGold");
        gold.valueProperty().bindBidirectional(vm.goldProperty());
        ComboBox<String> split = new ComboBox<>();
        split.setId("openSplit");
        split.getItems().setAll(CompareInputs.SPLITS);
        split.setConverter(DisplayConverter.of(CompareText::split));
        split.valueProperty().bindBidirectional(vm.splitProperty());
        ListView<SourceChoice> sources = new ListView<>(vm.sources());
        sources.setId("openSources");
        sources.setPrefHeight(112);
        sources.setMinHeight(112);
        sources.getStyleClass().add("dense");
        sources.setCellFactory(CheckBoxListCell.forListView(SourceChoice::chosenProperty,
                DisplayConverter.of(SourceChoice::toString)));
        ComboBox<String> teacher = new ComboBox<>(vm.chosen());
        teacher.setId("openTeacher");
        teacher.valueProperty().bindBidirectional(vm.teacherProperty());
        ComboBox<String> student = new ComboBox<>(vm.chosen());
        student.setId("openStudent");
        student.valueProperty().bindBidirectional(vm.studentProperty());
        for (ComboBox<?> c : new ComboBox<?>[] {gold, split, teacher, student}) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        Spinner<Integer> resamples = new Spinner<>();
        resamples.setId("openResamples");
        resamples.setEditable(true);
        resamples.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000,
                CompareInputs.DEFAULT_RESAMPLES, 100));
        resamples.setPrefWidth(110);
        resamples.getValueFactory().valueProperty().bindBidirectional(vm.resamplesProperty());
        TextField seed = new TextField();
        seed.setId("openSeed");
        seed.setPrefColumnCount(6);
        seed.textProperty().bindBidirectional(vm.seedProperty());
        RunControls controls = new RunControls("Score codes", "OpenEnded", "openValidation");
        controls.bind(new javafx.beans.property.SimpleStringProperty(""), vm.canRunProperty(), vm.busyProperty(),
                vm.progressProperty(), vm.statusProperty(), vm::run, vm::cancel);
        Label hint = new Label("Gold is a source's ICD-10-CM codes (frozen gold sets hold labels). "
                + "The paired test compares the teacher (first column) with the student (last).");
        hint.getStyleClass().add(CompareCss.HINT);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox settings = new VBox(4, field("Gold codes from", gold), field("Split", split),
                field("Sources (columns)", sources), field("Teacher", teacher), field("Student", student),
                new HBox(8, field("Resamples", resamples), field("Seed", seed)), controls.buttons, controls.status, hint);
        settings.getStyleClass().add(CompareCss.SETTINGS);
        ScrollPane left = new ScrollPane(settings);
        left.setFitToWidth(true);
        left.setPrefWidth(290);
        left.setMinWidth(240);
        VBox leftColumn = new VBox(header, left);
        VBox.setVgrow(left, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("openSummary");
        summary.getStyleClass().add(CompareCss.SUMMARY);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Label verdict = new Label();
        verdict.setId("openVerdict");
        verdict.getStyleClass().add(CompareCss.VERDICT);
        verdict.setWrapText(true);
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.visibleProperty().bind(vm.verdictProperty().isNotEmpty());
        vm.beatsProperty().addListener((obs, old, now) -> {
            verdict.pseudoClassStateChanged(CompareCss.BEATS, now);
            verdict.pseudoClassStateChanged(CompareCss.NO_EVIDENCE, !now);
        });
        ComparisonTable table = new ComparisonTable(vm.rows(), (row, source) -> { });
        table.setId("openTable");
        Label empty = new Label("Choose the gold codes' source and the sources to score, then Score codes.");
        empty.getStyleClass().add(CompareCss.HINT);
        table.setPlaceholder(empty);
        vm.columns().addListener((javafx.collections.ListChangeListener<String>) c -> table.showSources(vm.columns()));
        VBox center = new VBox(8, summary, verdict, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        center.setPadding(new Insets(0, 0, 0, 10));
        setLeft(leftColumn);
        setCenter(center);
    }

    private static VBox field(String caption, Node control) {
        Label l = new Label(caption);
        l.getStyleClass().add(CompareCss.FIELD_LABEL);
        l.setLabelFor(control);
        return new VBox(2, l, control);
    }
}
