package org.radcurate.labeling.llm;

/** An answer that could not be read: the task, why, and the model's raw text, kept as it came. */
public record ParseFailure(LlmTask task, String reason, String raw) {
    public ParseFailure {
        raw = raw == null ? "" : raw;
    }
}
