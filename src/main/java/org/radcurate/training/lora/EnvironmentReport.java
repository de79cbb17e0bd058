package org.radcurate.training.lora;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@code python -m radcurate_lora check} found: the Python version, package versions and GPUs. */
public record EnvironmentReport(String python, Map<String, String> packages, boolean cuda, List<Gpu> gpus) {
    /** The packages the recipe imports. */
    public static final List<String> REQUIRED = List.of("torch", "transformers", "peft", "accelerate");

    public record Gpu(String name, long memoryMib, boolean bf16) {}

    public EnvironmentReport {
        packages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(packages));
        gpus = List.copyOf(gpus);
    }

    public static EnvironmentReport fromJson(JsonNode node) {
        Map<String, String> packages = new LinkedHashMap<>();
        node.path("packages").fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                packages.put(e.getKey(), e.getValue().asText());
            }
        });
        List<Gpu> gpus = new ArrayList<>();
        node.path("gpus").forEach(g -> gpus.add(new Gpu(g.path("name").asText(), g.path("memory_mib").asLong(),
                g.path("bf16").asBoolean())));
        return new EnvironmentReport(node.path("python").asText(), packages, node.path("cuda").asBoolean(), gpus);
    }

    public List<String> missing() {
        return REQUIRED.stream().filter(p -> !packages.containsKey(p)).toList();
    }

    public Optional<Gpu> firstGpu() {
        return gpus.isEmpty() ? Optional.empty() : Optional.of(gpus.get(0));
    }

    /** One line for the screen and the run's device column, e.g. {@code cuda: NVIDIA H200 (143771 MiB, bf16)}. */
    public String device() {
        return firstGpu().map(g -> "cuda: " + g.name() + " (" + g.memoryMib() + " MiB, " + (g.bf16() ? "bf16" : "no bf16")
                + (gpus.size() > 1 ? ", " + gpus.size() + " GPUs" : "") + ")")
                .orElse("cpu: torch " + packages.getOrDefault("torch", "?") + " sees no CUDA GPU");
    }
}
