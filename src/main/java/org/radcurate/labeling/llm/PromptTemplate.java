package org.radcurate.labeling.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An editable prompt for one task. The chat request is a system message and a user message made of
 * the rendered {@code instruction} ({@code {{findings}}} becomes the schema's candidate list) and the
 * rendered {@code input} ({@code {{report}}} becomes the report text). Instruction and input are kept
 * apart so the same template yields Alpaca-style instruction/input/output examples for a student.
 *
 * <p>{@link #key()} names the template in caches and sources; it carries a fingerprint of the text,
 * so an edit that forgets to raise {@code version} still never reuses answers to the old prompt.
 */
public record PromptTemplate(String name, int version, LlmTask task, String system, String instruction, String input) {
    public static final String FINDINGS = "{{findings}}";
    public static final String REPORT = "{{report}}";

    public PromptTemplate {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("template name is empty");
        }
        if (version < 1) {
            throw new IllegalArgumentException("template version must be 1 or more: " + version);
        }
        if (task == null) {
            throw new IllegalArgumentException("template task is missing");
        }
        system = system == null ? "" : system;
        instruction = instruction == null ? "" : instruction;
        if (input == null || !input.contains(REPORT)) {
            throw new IllegalArgumentException("template input must contain " + REPORT);
        }
    }

    /** {@code name v3 #1a2b3c4d}: what caches and sources record as the template version. */
    public String key() {
        return name + " v" + version + " #" + fingerprint();
    }

    /** The first 8 hex digits of SHA-256 over task, system, instruction and input. */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {task.code(), system, instruction, input}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
