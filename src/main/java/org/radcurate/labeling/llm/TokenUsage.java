package org.radcurate.labeling.llm;

import java.util.concurrent.atomic.AtomicLong;

/** Tokens and requests counted over a run; safe to update from many threads. */
public final class TokenUsage {
    private final AtomicLong prompt = new AtomicLong();
    private final AtomicLong completion = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    void add(ChatResult r) {
        prompt.addAndGet(r.promptTokens());
        completion.addAndGet(r.completionTokens());
        requests.incrementAndGet();
        retries.addAndGet(r.attempts() - 1);
    }

    void retried() {
        retries.incrementAndGet();
    }

    public long promptTokens() {
        return prompt.get();
    }

    public long completionTokens() {
        return completion.get();
    }

    public long totalTokens() {
        return prompt.get() + completion.get();
    }

    /** Requests answered (not counting retries). */
    public long requests() {
        return requests.get();
    }

    public long retries() {
        return retries.get();
    }
}
