package org.radcurate.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.radcurate.domain.Progress;
import org.radcurate.service.JobLane;

/**
 * A screen's one running job and what the screen shows of it: busy, progress (-1 while unknown)
 * and a status line. Shared by the ViewModels so each does not keep its own copy of this state.
 */
@ViewModelPart
public final class JobTracker {
    private final Jobs jobs;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private JobHandle running;

    public JobTracker(Jobs jobs) {
        this.jobs = jobs;
    }

    /** Starts a short job on the interactive lane; success and failure callbacks run after busy is cleared. */
    public <T> void run(String message, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(JobLane.INTERACTIVE, message, job, onSuccess, onFailure);
    }

    /** Starts a job on a lane (a long one shows in the job list under {@code message}). */
    public <T> void run(JobLane lane, String message, Job<T> job, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        busy.set(true);
        progress.set(-1);
        status.set(message);
        running = jobs.submit(lane, message.replaceFirst("…$", ""), job, this::onProgress, result -> {
            finish();
            onSuccess.accept(result);
        }, error -> {
            finish();
            onFailure.accept(error);
        });
    }

    /** Asks the job to stop; busy stays set until it has stopped and reported. */
    public void cancel() {
        if (running != null) {
            status.set("Cancelling at the next batch…");
            running.cancel();
        }
    }

    public void setStatus(String message) {
        status.set(message);
    }

    private void onProgress(Progress p) {
        progress.set(p.fraction());
        status.set(p.message());
    }

    private void finish() {
        busy.set(false);
        progress.set(0);
        running = null;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
