package org.radcurate.cli;

import java.nio.file.Path;
import java.util.List;
import org.radcurate.service.LlmSpec;
import picocli.CommandLine.Option;

/** Where and how to ask an OpenAI-compatible server; shared by the llm sub-commands. */
final class LlmOptions {
    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "Base URL of an OpenAI-compatible server, e.g. http://localhost:8000/v1 (vLLM), "
                    + "http://localhost:11434/v1 (Ollama), http://localhost:8080/v1 (llama.cpp) or https://api.openai.com/v1.")
    String endpoint;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "Read the API key from this environment variable.")
    String keyEnv;

    @Option(names = "--api-key-file", paramLabel = "FILE", description = "Read the API key from the first line of this file.")
    Path keyFile;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS", description = "Per-request timeout (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--retries", defaultValue = "5", paramLabel = "N",
            description = "Retries on 429, 5xx and timeouts, with exponential backoff and jitter, honouring Retry-After (default ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--concurrency", defaultValue = "8", paramLabel = "N",
            description = "Requests in flight at once (default ${DEFAULT-VALUE}; a vLLM server takes 64 or more).")
    int concurrency;

    @Option(names = "--max-tokens", defaultValue = "512", paramLabel = "N", description = "Most tokens per answer (default ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--temperature", defaultValue = "0", paramLabel = "T", description = "Sampling temperature (default ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "N", description = "Sampling seed sent with each request (default ${DEFAULT-VALUE}).")
    long seed;

    /** The spec for these options, with the label command's own choices. */
    LlmSpec spec(String model, String tasks, List<Path> templates, double pricePrompt, double priceCompletion) {
        return new LlmSpec(endpoint, model, keyEnv, keyFile, tasks, templates, concurrency, timeoutSeconds, retries, maxTokens,
                temperature, seed, pricePrompt, priceCompletion);
    }
}
