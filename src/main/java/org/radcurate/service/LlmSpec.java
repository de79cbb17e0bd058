package org.radcurate.service;

import java.nio.file.Path;
import java.util.List;

/**
 * An LLM teacher run as the user states it (command line flags, the window's form): plain values
 * that {@link LlmRun#from} checks and turns into a run. {@code tasks} is {@code mc}, {@code open} or
 * {@code both}; the key comes from {@code keyEnv} or {@code keyFile} (at most one; neither for a
 * local server); {@code templates} replace the built-in template of their task.
 */
public record LlmSpec(String endpoint, String model, String keyEnv, Path keyFile, String tasks, List<Path> templates,
        int concurrency, int timeoutSeconds, int retries, int maxTokens, double temperature, long seed, double pricePrompt,
        double priceCompletion) {
    public LlmSpec {
        templates = List.copyOf(templates == null ? List.of() : templates);
    }

    /** The defaults: the multiple-choice task, 8 in flight, 120 s timeout, 5 retries, 512 tokens, temperature 0, seed 7. */
    public static LlmSpec of(String endpoint, String model) {
        return new LlmSpec(endpoint, model, null, null, "mc", List.of(), 8, 120, 5, 512, 0.0, 7, 0, 0);
    }

    public LlmSpec withTasks(String t) {
        return new LlmSpec(endpoint, model, keyEnv, keyFile, t, templates, concurrency, timeoutSeconds, retries, maxTokens,
                temperature, seed, pricePrompt, priceCompletion);
    }

    public LlmSpec withConcurrency(int n) {
        return new LlmSpec(endpoint, model, keyEnv, keyFile, tasks, templates, n, timeoutSeconds, retries, maxTokens,
                temperature, seed, pricePrompt, priceCompletion);
    }

    public LlmSpec withKey(String env, Path file) {
        return new LlmSpec(endpoint, model, env, file, tasks, templates, concurrency, timeoutSeconds, retries, maxTokens,
                temperature, seed, pricePrompt, priceCompletion);
    }

    public LlmSpec withTemplates(List<Path> files) {
        return new LlmSpec(endpoint, model, keyEnv, keyFile, tasks, files, concurrency, timeoutSeconds, retries, maxTokens,
                temperature, seed, pricePrompt, priceCompletion);
    }

    public LlmSpec withPrices(double prompt, double completion) {
        return new LlmSpec(endpoint, model, keyEnv, keyFile, tasks, templates, concurrency, timeoutSeconds, retries, maxTokens,
                temperature, seed, prompt, completion);
    }
}
