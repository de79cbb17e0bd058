package org.radcurate.domain;

/** What an LLM answer depends on: the endpoint, the model, the prompt's version and the report text's hash. */
public record LlmCacheKey(String endpoint, String model, String templateVersion, String textHash) {}
