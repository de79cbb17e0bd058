package org.radcurate.ui.common;

/** A submitted job, which the user may cancel. */
@FunctionalInterface
public interface JobHandle {
    void cancel();
}
