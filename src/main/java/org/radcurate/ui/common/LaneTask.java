package org.radcurate.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressDetail;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.JobLane;

/**
 * One job on its lane, as a JavaFX {@link Task} so that the job list (ControlsFX's TaskProgressView)
 * shows its title, message and progress. Unlike a plain Task, cancelling a running job only asks it
 * to stop: its state and its outcome change when it has stopped, never before. Progress events that
 * carry a detail (an epoch, a sweep point) all reach the listener in order; plain ones in between
 * are merged, the latest winning.
 */
public final class LaneTask<T> extends Task<T> {
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int CANCELLED_QUEUED = 2;

    private final JobLane lane;
    private final Job<T> job;
    private final ProgressListener listener;
    private final AtomicInteger phase = new AtomicInteger(NEW);
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Progress> events = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile T result;
    private volatile Throwable failure;
    private Runnable whenDone = () -> { };

    LaneTask(JobLane lane, String title, Job<T> job, ProgressListener listener) {
        this.lane = lane;
        this.job = job;
        this.listener = listener;
        updateTitle(title == null || title.isBlank() ? lane.title() : title);
        updateMessage("Queued (" + lane.title().toLowerCase(java.util.Locale.ROOT) + " lane)");
    }

    void whenDone(Runnable r) {
        whenDone = r;
    }

    public JobLane lane() {
        return lane;
    }

    @Override
    protected T call() throws Exception {
        if (!phase.compareAndSet(NEW, RUNNING)) {
            throw new CancellationException("cancelled before it started");
        }
        updateMessage("Starting…");
        try {
            result = job.run(this::report, stopRequested::get);
            return result;
        } catch (Exception | Error e) {
            failure = e;
            throw e;
        } finally {
            Platform.runLater(() -> {
                drain();
                whenDone.run();
            });
        }
    }

    /** Asks a running job to stop at its next check; a queued one never starts. Always returns true. */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        stopRequested.set(true);
        if (phase.compareAndSet(NEW, CANCELLED_QUEUED)) {
            failure = new CancellationException("cancelled before it started");
            super.cancel(false);
            Platform.runLater(whenDone);
        } else {
            updateMessage("Cancelling at the next batch…");
        }
        return true;
    }

    /** The job's result (null when it failed, was cancelled, or returned nothing). Valid once it is done. */
    T result() {
        return result;
    }

    /** Why the job did not succeed, or null when it did. Valid once it is done. */
    Throwable failure() {
        return failure;
    }

    private void report(Progress p) {
        if (p.total() > 0) {
            updateProgress(p.step(), p.total());
        }
        if (p.message() != null && !p.message().isBlank() && !stopRequested.get()) {
            Duration eta = p.detail(ProgressDetail.Batch.class).map(ProgressDetail.Batch::eta).orElse(null);
            updateMessage(eta == null ? p.message() : p.message() + " · ETA " + Eta.format(eta));
        }
        events.add(p);
        if (drainScheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        List<Progress> batch = new ArrayList<>();
        for (Progress p = events.poll(); p != null; p = events.poll()) {
            batch.add(p);
        }
        for (int i = 0; i < batch.size(); i++) {
            Progress p = batch.get(i);
            boolean plainFollowedByPlain = p.detail() == null && i + 1 < batch.size()
                    && batch.get(i + 1).detail() == null;
            if (!plainFollowedByPlain) {
                listener.onProgress(p);
            }
        }
    }
}
