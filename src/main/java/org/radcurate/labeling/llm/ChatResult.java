package org.radcurate.labeling.llm;

/** One answer: the first choice's text, the tokens the server counted, and how many attempts it took. */
public record ChatResult(String content, long promptTokens, long completionTokens, int attempts) {}
