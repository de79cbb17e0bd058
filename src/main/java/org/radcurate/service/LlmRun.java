package org.radcurate.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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

    /** Checks a spec and turns it into a run: parses the URL, reads the key and the template files. */
    public static LlmRun from(LlmSpec spec, Schema schema) throws IOException {
        List<LlmTask> tasks = switch (spec.tasks() == null ? "mc" : spec.tasks().strip().toLowerCase(Locale.ROOT)) {
            case "both" -> List.of(LlmTask.MULTIPLE_CHOICE, LlmTask.OPEN_ENDED);
            default -> List.of(LlmTask.parse(spec.tasks()).orElseThrow(() ->
                    new IllegalArgumentException("unknown task '" + spec.tasks() + "'; use mc, open or both")));
        };
        Map<LlmTask, PromptTemplate> byTask = new EnumMap<>(LlmTask.class);
        for (Path p : spec.templates()) {
            PromptTemplate t = PromptTemplates.read(p);
            if (!tasks.contains(t.task())) {
                throw new IllegalArgumentException(p + ": the template is for the " + t.task().code()
                        + " task, which this run does not do (task " + spec.tasks() + ")");
            }
            if (byTask.put(t.task(), t) != null) {
                throw new IllegalArgumentException(p + ": a second template for the " + t.task().code() + " task");
            }
        }
        if (spec.keyEnv() != null && spec.keyFile() != null) {
            throw new IllegalArgumentException("give the API key in an environment variable or a key file, not both");
        }
        ApiKey key = spec.keyEnv() != null && !spec.keyEnv().isBlank() ? ApiKey.fromEnvironment(spec.keyEnv(), System.getenv())
                : spec.keyFile() != null ? ApiKey.fromFile(spec.keyFile()) : ApiKey.none();
        ClientSettings d = ClientSettings.defaults();
        ClientSettings settings = new ClientSettings(spec.temperature(), spec.seed(), spec.maxTokens(),
                Duration.ofSeconds(spec.timeoutSeconds()), spec.retries(), d.backoff(), d.maxBackoff(), spec.concurrency());
        return new LlmRun(Endpoint.parse(spec.endpoint()), spec.model(), key, settings,
                new Pricing(spec.pricePrompt(), spec.priceCompletion()), schema, tasks, byTask);
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
