package org.radcurate.labeling.llm;

import java.util.Locale;
import java.util.Optional;

/** The study's two tasks: multiple choice over a schema's findings, and open-ended ICD-10-CM concepts. */
public enum LlmTask {
    /** The answer is a bracketed list of the findings present, or Normal. */
    MULTIPLE_CHOICE("mc"),
    /** The answer is a short phrase for each condition present, each with its ICD-10-CM code. */
    OPEN_ENDED("open");

    private final String code;

    LlmTask(String code) {
        this.code = code;
    }

    /** The short name used on the command line, in template files and in source names: mc, open. */
    public String code() {
        return code;
    }

    public static Optional<LlmTask> parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (LlmTask t : values()) {
            if (t.code.equals(v) || t.name().toLowerCase(Locale.ROOT).equals(v.replace('-', '_'))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
