package org.radcurate.ui.common;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.JobLane;

/**
 * The app's job runner: one thread per lane (so the interactive lane never waits behind a training
 * run or an import), every long job in one observable job list (queued and running, with progress,
 * message and cancel) that the status bar shows, and shutdown that cancels the long jobs and runs a
 * callback once every lane is idle.
 */
public final class FxJobs implements Jobs {
    private final Map<JobLane, ExecutorService> lanes = new EnumMap<>(JobLane.class);
    private final ObservableList<LaneTask<?>> jobList = FXCollections.observableArrayList();
    private final List<LaneTask<?>> unfinished = new ArrayList<>();
    private final List<Runnable> whenIdle = new ArrayList<>();

    public FxJobs() {
        for (JobLane lane : JobLane.values()) {
            lanes.put(lane, Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "radcurate-" + lane.name().toLowerCase(java.util.Locale.ROOT));
                t.setDaemon(true);
                return t;
            }));
        }
    }

    /** Call on the UI thread. */
    @Override
    public <T> JobHandle submit(JobLane lane, String title, Job<T> job, ProgressListener onProgress,
            Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        LaneTask<T> task = new LaneTask<>(lane, title, job, onProgress);
        unfinished.add(task);
        if (lane.longRunning()) {
            jobList.add(task);
        }
        task.whenDone(() -> {
            unfinished.remove(task);
            jobList.remove(task);
            try {
                if (task.failure() == null) {
                    onSuccess.accept(task.result());
                } else {
                    onFailure.accept(task.failure());
                }
            } finally {
                if (unfinished.isEmpty()) {
                    List<Runnable> callbacks = new ArrayList<>(whenIdle);
                    whenIdle.clear();
                    callbacks.forEach(Runnable::run);
                }
            }
        });
        lanes.get(lane).execute(task);
        return () -> task.cancel(false);
    }

    @Override
    public void onUiThread(Runnable action) {
        javafx.application.Platform.runLater(action);
    }

    /** Queued and running long jobs, in submission order; for the job list. UI thread only. */
    public ObservableList<LaneTask<?>> jobList() {
        return jobList;
    }

    /** Whether any job (long or short) has not yet reported its outcome. */
    public boolean busy() {
        return !unfinished.isEmpty();
    }

    @Override
    public boolean longJobsRunning() {
        return !jobList.isEmpty();
    }

    /**
     * Cancels every long job, lets queued short jobs (edits) finish, and runs {@code then} on the UI
     * thread once every lane has stopped and reported: at once if nothing is running.
     */
    @Override
    public void stopAll(Runnable then) {
        new ArrayList<>(jobList).forEach(t -> t.cancel(false));
        if (unfinished.isEmpty()) {
            then.run();
        } else {
            whenIdle.add(then);
        }
    }
}
