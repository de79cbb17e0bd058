package org.radcurate.domain;

import java.util.Optional;

/**
 * Progress of a long job: step of total (total 0 when unknown), a message, and optionally a typed
 * detail (an epoch's metrics, a finished sweep point). Events with a detail are never merged away.
 */
public record Progress(long step, long total, String message, ProgressDetail detail) {
    public static Progress of(long step, long total, String message) {
        return new Progress(step, total, message, null);
    }

    /** Fraction done in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) step / total);
    }

    /** The detail if it is of the given type. */
    public <T extends ProgressDetail> Optional<T> detail(Class<T> type) {
        return type.isInstance(detail) ? Optional.of(type.cast(detail)) : Optional.empty();
    }
}
