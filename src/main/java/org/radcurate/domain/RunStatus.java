package org.radcurate.domain;

/** Life cycle of a training run. */
public enum RunStatus {
    QUEUED,
    RUNNING,
    CANCELLED,
    FAILED,
    FINISHED,
    /** Left RUNNING by a process that stopped (a crash, a kill); resumable from its last checkpoint. */
    INTERRUPTED
}
