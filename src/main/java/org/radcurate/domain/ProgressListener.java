package org.radcurate.domain;

/** Receives progress from a job; called on the job's thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);
}
