package org.radcurate.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.JobLane;
import org.radcurate.ui.common.Job;
import org.radcurate.ui.common.JobHandle;
import org.radcurate.ui.common.Jobs;

/** Runs jobs on the calling thread and records their progress; cancel() makes the next check see true. */
public final class ImmediateJobs implements Jobs {
    public final List<Progress> progress = new ArrayList<>();
    public boolean cancelNext;
    /** What longJobsRunning() answers (a test playing a training run in the background). */
    public boolean longJobs;

    @Override
    public <T> JobHandle submit(JobLane lane, String title, Job<T> job, ProgressListener onProgress,
            Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = job.run(p -> {
                progress.add(p);
                onProgress.onProgress(p);
            }, () -> cancelNext);
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }

    @Override
    public void stopAll(Runnable then) {
        then.run();
    }

    @Override
    public boolean longJobsRunning() {
        return longJobs;
    }
}
