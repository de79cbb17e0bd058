package org.radcurate.training;

/**
 * A pretrained encoder's architecture (from its config.json) and tokenizer settings, saved as
 * encoder.json in every model folder that started from one, so the model reloads without the original
 * folder.
 *
 * @param source the folder's name, for people
 * @param sha256 SHA-256 over the folder's config.json and weights file, to tell two encoders apart
 */
record BertSpec(String source, String sha256, int vocabSize, int hidden, int layers, int heads, int intermediate,
        int maxPositions, int typeVocab, double layerNormEps, boolean lowerCase, boolean stripAccents) {}
