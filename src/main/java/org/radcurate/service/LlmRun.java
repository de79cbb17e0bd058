package org.radcurate.service;

import java.util.List;
import java.util.Map;
import org.radcurate.domain.Schema;
import org.radcurate.labeling.llm.ApiKey;
import org.radcurate.labeling.llm.ClientSettings;
import org.radcurate.labeling.llm.Endpoint;
import org.radcurate.labeling.llm.LlmTask;
import org.radcurate.labeling.llm.PromptTemplate;
import org.radcurate.labeling.llm.PromptTemplates;
import org.radcurate.labeling.llm.Pricing;

/**
 * One LLM teacher run: where to ask (endpoint, model, key), how (settings, prices), what (tasks over a
 * schema) and with which prompts (a template per task; the built-in one when none is given).
 */
public record LlmRun(Endpoint endpoint, String model, ApiKey key, ClientSettings settings, Pricing pricing, Schema schema,
        List<LlmTask> tasks, Map<LlmTask, PromptTemplate> templates) {
    public LlmRun {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("no model given");
        }
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no task given");
        }
        templates = Map.copyOf(templates == null ? Map.of() : templates);
        templates.forEach((task, t) -> {
            if (t.task() != task) {
                throw new IllegalArgumentException("template " + t.name() + " is for the " + t.task().code()
                        + " task, not " + task.code());
            }
        });
        pricing = pricing == null ? Pricing.FREE : pricing;
        key = key == null ? ApiKey.none() : key;
    }

    public PromptTemplate template(LlmTask task) {
        PromptTemplate t = templates.get(task);
        return t != null ? t : PromptTemplates.builtIn(schema, task);
    }

    /** The source a task's labels go to: {@code llm:MODEL mc chexpert14}. */
    public String sourceName(LlmTask task) {
        return "llm:" + model + " " + task.code() + " " + schema.name();
    }
}
