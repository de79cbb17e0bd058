package org.radcurate.labeling.llm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the API key comes from: an environment variable or a key file the user names, read when a
 * client is built. Only {@link #description()} (the variable or file name) is ever shown or stored;
 * {@link #toString()} never holds the key.
 */
public final class ApiKey {
    private static final ApiKey NONE = new ApiKey(null, "no key");

    private final String secret;
    private final String description;

    private ApiKey(String secret, String description) {
        this.secret = secret;
        this.description = description;
    }

    /** No key: local servers (vLLM, Ollama, llama.cpp) usually need none. */
    public static ApiKey none() {
        return NONE;
    }

    /** The key from an environment variable; an unset or empty variable is an error. */
    public static ApiKey fromEnvironment(String variable, Map<String, String> environment) {
        String v = environment.get(variable);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("the environment variable " + variable + " holds no API key");
        }
        return new ApiKey(v.strip(), "environment variable " + variable);
    }

    /** The key from the first line of a file. */
    public static ApiKey fromFile(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8).strip();
        String first = content.lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            throw new IllegalArgumentException(file + ", line 1: the key file is empty");
        }
        return new ApiKey(first, "key file " + file);
    }

    /** The key for the Authorization header; empty when there is none. */
    Optional<String> secret() {
        return Optional.ofNullable(secret);
    }

    public boolean present() {
        return secret != null;
    }

    /** Where the key came from, safe to show and store. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "ApiKey[" + description + "]";
    }
}
