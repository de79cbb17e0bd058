package org.radcurate.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.radcurate.domain.Run;

/**
 * The request an LLM run was started with, read back from its stored config, so that a cancelled,
 * failed or interrupted run can be continued from the window without retyping it: training the
 * same name again resumes from the newest checkpoint in the run's folder.
 */
public final class LlmResume {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LlmResume() {}

    public static LlmTraining.Request request(Run run) {
        if (!run.kind().equals(LlmTraining.KIND)) {
            throw new IllegalArgumentException("run '" + run.name() + "' is a " + run.kind() + " run, not "
                    + LlmTraining.KIND);
        }
        JsonNode stored;
        try {
            stored = JSON.readTree(run.configJson());
        } catch (IOException e) {
            throw new IllegalArgumentException("run '" + run.name() + "' has an unreadable config: " + e.getMessage());
        }
        JsonNode recipe = stored.path("recipe");
        for (String f : new String[] {"base_model", "dataset"}) {
            if (!recipe.path(f).isTextual()) {
                throw new IllegalArgumentException("run '" + run.name() + "' stored no " + f + "; start it again instead");
            }
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = recipe.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("base_model") && !e.getKey().equals("dataset")) {
                // strings as they were typed; numbers, booleans and lists as JSON, which Request reads back alike
                settings.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
            }
        }
        String python = stored.path("python").asText("");
        return new LlmTraining.Request(run.name(), Path.of(recipe.get("dataset").asText()),
                Path.of(recipe.get("base_model").asText()), python.isEmpty() ? null : Path.of(python), settings,
                stored.path("launcher").asText("python"), stored.path("processes").asInt(1), null);
    }
}
