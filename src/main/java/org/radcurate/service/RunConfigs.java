package org.radcurate.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.radcurate.domain.Run;
import org.radcurate.domain.Split;
import org.radcurate.training.TrainingConfig;

/**
 * A run's stored config: every hyperparameter plus the {@code teacher} and {@code split} it learnt from, the
 * {@code gold} that overrode the teacher and the {@code heldOut} split it never trained on, so the run can be
 * resumed with the same data (another teacher would restart it from scratch).
 */
final class RunConfigs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunConfigs() {}

    static String json(ObjectNode config, TrainingService.Request request) throws IOException {
        config.put("teacher", request.teacher());
        config.put("split", request.split() == null ? "all" : request.split().key());
        if (request.gold() != null) {
            config.put("gold", request.gold());
        }
        if (request.scoredSplit() != null) {
            config.put("heldOut", request.scoredSplit().key());
        }
        return JSON.writeValueAsString(config);
    }

    static TrainingService.Request request(Run run) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String teacher = null;
        Split split = null;
        String gold = null;
        Split heldOut = null;
        try {
            JsonNode node = JSON.readTree(run.configJson());
            for (var it = node.fields(); it.hasNext();) {
                var e = it.next();
                switch (e.getKey()) {
                    case "teacher" -> teacher = e.getValue().asText();
                    case "split" -> split = "all".equals(e.getValue().asText()) ? null
                            : Split.parse(e.getValue().asText()).orElse(null);
                    case "gold" -> gold = e.getValue().asText();
                    case "heldOut" -> heldOut = Split.parse(e.getValue().asText()).orElse(null);
                    default -> parameters.put(e.getKey(), e.getValue().asText());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("run '" + run.name() + "' has an unreadable config: " + e.getMessage());
        }
        if (!parameters.isEmpty()) {
            TrainingConfig.LEGACY_VALUES.forEach(parameters::putIfAbsent);
        }
        return new TrainingService.Request(run.name(), teacher, split, parameters, gold, heldOut);
    }
}
