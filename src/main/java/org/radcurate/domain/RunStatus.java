package org.radcurate.domain;

/** Life cycle of a training run. */
public enum RunStatus {
    QUEUED,
    RUNNING,
    CANCELLED,
    FAILED,
    FINISHED
}
