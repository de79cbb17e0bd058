package org.radcurate.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;

/**
 * Jobs on one daemon thread, so workspace writes never overlap. Progress updates are coalesced:
 * the UI thread only ever sees the latest one.
 */
public final class FxJobs implements Jobs {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "radcurate-jobs");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> JobHandle submit(Job<T> job, ProgressListener onProgress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        AtomicReference<Progress> pending = new AtomicReference<>();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.run(p -> {
                    if (pending.getAndSet(p) == null) {
                        Platform.runLater(() -> onProgress.onProgress(pending.getAndSet(null)));
                    }
                }, this::isCancelled);
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        task.setOnCancelled(e -> onFailure.accept(new java.util.concurrent.CancellationException("cancelled")));
        executor.submit(task);
        return () -> task.cancel(false);
    }
}
