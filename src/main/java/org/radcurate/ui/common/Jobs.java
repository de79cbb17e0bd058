package org.radcurate.ui.common;

import java.util.function.Consumer;
import org.radcurate.domain.ProgressListener;

/**
 * Runs jobs away from the UI thread. Callbacks (progress, success, failure) arrive on the UI
 * thread. Tests use an implementation that runs everything on the calling thread.
 */
public interface Jobs {
    <T> JobHandle submit(Job<T> job, ProgressListener onProgress, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
