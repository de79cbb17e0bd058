package org.radcurate.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.TaskProgressView;
import org.radcurate.ui.common.LaneTask;

/**
 * The app's one job list: every queued and running long job (imports, labelling, training, sweeps,
 * exports, LLM runs) with its title, message (with ETA), progress and a cancel button, in ControlsFX's
 * TaskProgressView. It opens by itself when a job starts; the status bar's Jobs button shows or hides
 * it. Cancelling a job shows "Cancelling…" until the job has stopped, then it leaves the list.
 */
final class JobListPane extends VBox {
    private final TaskProgressView<LaneTask<?>> view = new TaskProgressView<>();
    private final ToggleButton toggle = new ToggleButton();

    JobListPane(ObservableList<LaneTask<?>> jobs) {
        setId("jobList");
        view.setId("jobListView");
        Bindings.bindContent(view.getTasks(), jobs);
        // as tall as its jobs, up to three
        view.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> 12.0 + 62.0 * Math.min(3,
                Math.max(1, jobs.size())), jobs));
        view.setMaxHeight(200);
        view.setGraphicFactory(task -> new Label(task.lane().title()));
        getChildren().add(view);
        toggle.setId("jobsButton");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> jobs.isEmpty() ? "No jobs"
                : jobs.size() == 1 ? "1 job" : jobs.size() + " jobs", jobs));
        toggle.disableProperty().bind(Bindings.isEmpty(jobs));
        visibleProperty().bind(toggle.selectedProperty().and(Bindings.isNotEmpty(jobs)));
        managedProperty().bind(visibleProperty());
        jobs.addListener((javafx.collections.ListChangeListener<LaneTask<?>>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    toggle.setSelected(true); // a new job shows itself
                }
            }
        });
    }

    /** The status bar's button that shows and hides the list (and counts the jobs). */
    ToggleButton toggle() {
        return toggle;
    }
}
