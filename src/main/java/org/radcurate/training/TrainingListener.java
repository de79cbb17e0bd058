package org.radcurate.training;

/** Receives progress on the training thread; implementations must return quickly. */
public interface TrainingListener {
    void onProgress(TrainingProgress p);

    void onEpoch(EpochMetrics m);

    /** A listener that ignores everything. */
    static TrainingListener none() {
        return new TrainingListener() {
            @Override
            public void onProgress(TrainingProgress p) {}

            @Override
            public void onEpoch(EpochMetrics m) {}
        };
    }
}
