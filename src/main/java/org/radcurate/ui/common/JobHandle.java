package org.radcurate.ui.common;

/** A submitted job, which the user may cancel; the job stops at its next check and only then reports. */
@FunctionalInterface
public interface JobHandle {
    void cancel();
}
