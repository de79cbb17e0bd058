package org.radcurate.domain;

import java.time.Instant;

/**
 * How an LLM source was made: endpoint, model, task ({@code mc} or {@code open}), the prompt version,
 * the template file's text and the request settings. Never the API key.
 */
public record LlmSourceInfo(long sourceId, String endpoint, String model, String task, String templateVersion,
        String template, String settings, Instant updatedAt) {}
