package org.radcurate.domain;

/** An LLM answer kept for reuse, with the tokens it cost when it was first asked. */
public record LlmCachedAnswer(String answer, long promptTokens, long completionTokens) {}
