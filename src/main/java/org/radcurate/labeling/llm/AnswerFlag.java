package org.radcurate.labeling.llm;

/**
 * Something in a readable answer worth a look: an item that names no finding of the schema, an
 * invalid or unknown ICD-10-CM code, a phrase that was mapped or could not be mapped to a code.
 */
public record AnswerFlag(String item, String problem) {}
