package org.radcurate.training.lora;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * One JSON line of the recipe: {@code start}, {@code step}, {@code checkpoint}, {@code predict},
 * {@code end} or {@code error}, with its fields. Lines that are not JSON objects with an
 * {@code event} (library chatter) are not events.
 */
public record RecipeEvent(String event, JsonNode fields) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A logging step: the optimizer step of the total, epoch, loss, learning rate, tokens/s, GPU memory. */
    public record Step(long step, long totalSteps, double epoch, double loss, double learningRate,
            double tokensPerSecond, Double gpuMemoryMib, double elapsedSeconds) {}

    public static Optional<RecipeEvent> parse(String line) {
        String s = line.strip();
        if (!s.startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(s);
            if (node == null || !node.isObject() || !node.path("event").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new RecipeEvent(node.get("event").asText(), node));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public boolean is(String name) {
        return event.equals(name);
    }

    public String text(String field) {
        JsonNode n = fields.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    public long number(String field) {
        return fields.path(field).asLong();
    }

    public Optional<Step> step() {
        if (!is("step")) {
            return Optional.empty();
        }
        JsonNode mem = fields.get("gpu_memory_mib");
        return Optional.of(new Step(fields.path("step").asLong(), fields.path("total_steps").asLong(),
                fields.path("epoch").asDouble(), fields.path("loss").asDouble(), fields.path("learning_rate").asDouble(),
                fields.path("tokens_per_second").asDouble(), mem == null || mem.isNull() ? null : mem.asDouble(),
                fields.path("elapsed_s").asDouble()));
    }
}
