package org.radcurate.domain;

/**
 * One report's raw answer in an LLM source: the text as the model wrote it, why it could not be read
 * ({@code failure}, empty when it was), and flags on what was read (one per line).
 */
public record LlmAnswerRecord(String reportId, String answer, String failure, String flags) {
    public boolean failed() {
        return !failure.isEmpty();
    }
}
