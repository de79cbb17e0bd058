package org.radcurate.ui.common;

import java.util.function.BooleanSupplier;
import org.radcurate.domain.ProgressListener;

/** Blocking work for a background thread: reports progress and checks the cancel flag between batches. */
@FunctionalInterface
public interface Job<T> {
    T run(ProgressListener progress, BooleanSupplier cancelled) throws Exception;
}
