package org.radcurate.domain;

import java.time.Duration;

/**
 * What a progress event carries beyond step, total and message, as a typed record that a screen
 * matches on (an epoch to plot, a finished sweep point) instead of recognising a map by its keys.
 */
public interface ProgressDetail {
    /** A training batch: the epoch it belongs to, its loss, and the estimated time left (null while unknown). */
    record Batch(int epoch, double loss, Duration eta) implements ProgressDetail {}

    /** A finished epoch: mean training loss and validation micro-F1 (NaN without a validation split). */
    record Epoch(int epoch, double loss, double validationMicroF1) implements ProgressDetail {}
}
