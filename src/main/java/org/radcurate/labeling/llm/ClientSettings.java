package org.radcurate.labeling.llm;

import java.time.Duration;

/**
 * How the client asks: sampling (temperature 0 and a fixed seed by default, so a rerun asks the same
 * question), the answer's token budget, the per-request timeout, retries with exponential backoff
 * and jitter, and how many requests may be in flight at once.
 */
public record ClientSettings(double temperature, Long seed, int maxTokens, Duration timeout, int maxRetries,
        Duration backoff, Duration maxBackoff, int concurrency) {
    public static final int DEFAULT_CONCURRENCY = 8;

    public ClientSettings {
        if (temperature < 0 || temperature > 2) {
            throw new IllegalArgumentException("temperature must be between 0 and 2: " + temperature);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("max tokens must be 1 or more: " + maxTokens);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more: " + maxRetries);
        }
        if (concurrency < 1 || concurrency > 1024) {
            throw new IllegalArgumentException("concurrency must be between 1 and 1024: " + concurrency);
        }
    }

    public static ClientSettings defaults() {
        return new ClientSettings(0.0, 7L, 512, Duration.ofSeconds(120), 5, Duration.ofSeconds(1),
                Duration.ofSeconds(60), DEFAULT_CONCURRENCY);
    }

    public ClientSettings withConcurrency(int n) {
        return new ClientSettings(temperature, seed, maxTokens, timeout, maxRetries, backoff, maxBackoff, n);
    }

    public ClientSettings withTimeout(Duration t) {
        return new ClientSettings(temperature, seed, maxTokens, t, maxRetries, backoff, maxBackoff, concurrency);
    }

    public ClientSettings withRetries(int retries, Duration first, Duration max) {
        return new ClientSettings(temperature, seed, maxTokens, timeout, retries, first, max, concurrency);
    }

    public ClientSettings withMaxTokens(int n) {
        return new ClientSettings(temperature, seed, n, timeout, maxRetries, backoff, maxBackoff, concurrency);
    }
}
