package org.radcurate.ui.compare;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The controls under a form that starts a job: the validation line, Run and Cancel with a
 * progress bar, and the status line. The comparison and the sweep forms share them.
 */
final class RunControls {
    final Label validation = new Label();
    final Button run;
    final Button cancel = new Button("Cancel");
    final ProgressBar progress = new ProgressBar();
    final Label status = new Label();
    final HBox buttons;

    /** Ids: run{Key}, cancel{Key}, {key}Progress, {key}Status, and the given validation id. */
    RunControls(String runText, String key, String validationId) {
        run = new Button(runText);
        String lower = Character.toLowerCase(key.charAt(0)) + key.substring(1);
        validation.setId(validationId);
        run.setId("run" + key);
        cancel.setId("cancel" + key);
        progress.setId(lower + "Progress");
        status.setId(lower + "Status");
        validation.getStyleClass().add(CompareCss.VALIDATION);
        status.getStyleClass().add(CompareCss.HINT);
        for (Label l : new Label[] {validation, status}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        run.getStyleClass().add("accent");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        buttons = new HBox(8, run, cancel, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
    }

    void bind(ObservableStringValue validationText, ObservableBooleanValue canRun, ObservableBooleanValue busy,
            ObservableNumberValue progressValue, ObservableStringValue statusText, Runnable onRun,
            Runnable onCancel) {
        validation.textProperty().bind(validationText);
        validation.visibleProperty().bind(validation.textProperty().isNotEmpty());
        validation.managedProperty().bind(validation.visibleProperty());
        run.disableProperty().bind(javafx.beans.binding.Bindings.not(canRun));
        run.setOnAction(e -> onRun.run());
        cancel.visibleProperty().bind(busy);
        cancel.managedProperty().bind(busy);
        cancel.setOnAction(e -> onCancel.run());
        progress.visibleProperty().bind(busy);
        progress.progressProperty().bind(progressValue);
        status.textProperty().bind(statusText);
    }
}
