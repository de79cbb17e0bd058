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

    /**
     * An LLM teacher run so far: reports asked and answered from the cache, answers that could not be
     * parsed, requests that failed, tokens, cost (in the user's currency; 0 without prices) and the
     * rate of asked reports per second (NaN before the first answer).
     */
    record LlmTally(long asked, long cached, long parseFailures, long requestFailures, long promptTokens,
            long completionTokens, double cost, double reportsPerSecond) implements ProgressDetail {}
}
