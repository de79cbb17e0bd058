package org.radcurate.ui.common;

import java.util.function.Consumer;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.JobLane;

/**
 * Runs jobs away from the UI thread, one at a time per lane. Callbacks (progress, success, failure)
 * arrive on the UI thread; exactly one of success or failure follows each job, after it has stopped
 * (a cancelled job's failure is a {@link java.util.concurrent.CancellationException}). Tests use an
 * implementation that runs everything on the calling thread.
 */
public interface Jobs {
    /** Submits a job to a lane; a long lane's job is shown in the job list under {@code title}. */
    <T> JobHandle submit(JobLane lane, String title, Job<T> job, ProgressListener onProgress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure);

    /** A short read or write on the interactive lane. */
    default <T> JobHandle submit(Job<T> job, ProgressListener onProgress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        return submit(JobLane.INTERACTIVE, "", job, onProgress, onSuccess, onFailure);
    }

    /**
     * Cancels every long job, lets short ones (edits) finish, and runs {@code then} once nothing is
     * running any more: before a workspace is closed or the app quits.
     */
    void stopAll(Runnable then);

    /** Whether a long job (import, labelling, training…) is queued or running. */
    boolean longJobsRunning();

    /**
     * Runs {@code action} on the UI thread, later (news from another thread, such as a committed change);
     * the test runner runs it at once.
     */
    default void onUiThread(Runnable action) {
        action.run();
    }
}
