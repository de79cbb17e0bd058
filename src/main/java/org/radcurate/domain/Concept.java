package org.radcurate.domain;

/** One ICD-10-CM code in an open-ended answer, with the phrase that named it. */
public record Concept(String code, String phrase, Evidence evidence) {
    public Concept {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("concept code is empty");
        }
        code = Icd10.normalize(code);
        phrase = phrase == null ? "" : phrase;
    }
}
