package org.radcurate.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Report;
import org.radcurate.domain.Run;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Split;
import org.radcurate.labeling.llm.LlmClient;
import org.radcurate.labeling.llm.LlmTask;
import org.radcurate.persistence.Workspace;

/**
 * A LoRA student's answers from a served model (vLLM with {@code --lora-modules NAME=ADAPTER}, Ollama,
 * llama.cpp): the prompts {@code llm predict} gives the recipe, sent as chat messages through the LLM
 * teacher's client (same retries, concurrency and consent rule: a non-loopback endpoint needs the
 * workspace owner's consent), written as {@code {"id", "task", "answer"}} lines beside the run and
 * parsed into {@code student:NAME} by {@link LlmTraining#importAnswers}.
 */
public final class LlmServedPrediction {
    private static final ObjectMapper LINE = new ObjectMapper();

    /** What a served prediction stored, the requests that failed (no answer, nothing stored) and the answers file. */
    public record Served(LlmTraining.Predicted predicted, int failedRequests, Path answers) {}

    private LlmServedPrediction() {}

    /**
     * Asks the served model about both tasks for every report of the split (null: all) and stores the
     * answers as {@code student:NAME}. The spec's endpoint, model, key and client settings are used;
     * its tasks and templates are not (the student answers the prompts it was trained on).
     */
    public static Served predict(WorkspaceSession session, String name, Split split, LlmSpec spec,
            ProgressListener progress, BooleanSupplier cancelled) throws IOException, InterruptedException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("give the student a name: its answers are stored as student:NAME");
        }
        Workspace ws = session.workspace();
        Schema schema = session.activeSchema();
        LlmRun run = LlmRun.from(spec.withTasks("both").withTemplates(List.of()), schema);
        LlmConsentService.require(ws, run.endpoint());
        LlmClient client = new LlmClient(run.endpoint(), run.model(), run.key(), run.settings());
        List<Report> reports = ws.reports().list(split);
        Path answers = answersFile(ws, name.strip(), split);
        Files.createDirectories(answers.getParent());
        int total = reports.size() * 2;
        int[] done = {0};
        int[] failed = {0};
        try (BufferedWriter w = Files.newBufferedWriter(answers, StandardCharsets.UTF_8)) {
            for (LlmTask task : List.of(LlmTask.MULTIPLE_CHOICE, LlmTask.OPEN_ENDED)) {
                LlmPipeline.run(reports.stream().map(r -> new LlmPipeline.Job(r, "", null)).iterator(), client,
                        r -> LlmDatasets.messages(LlmDatasets.prompt(r, schema, task)), (r, a) -> null, batch -> {
                            for (LlmPipeline.Outcome o : batch) {
                                if (o.error() != null) {
                                    failed[0]++;
                                } else {
                                    write(w, o.report().id(), task, o.answer());
                                }
                            }
                            done[0] += batch.size();
                            progress.onProgress(Progress.of(done[0], total, "answered " + done[0] + " of " + total
                                    + " prompts with " + run.model()));
                        }, cancelled);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Served(LlmTraining.importAnswers(session, name.strip(), answers), failed[0], answers);
    }

    /** Beside the run of that name when there is one, else under the workspace's runs folder. */
    static Path answersFile(Workspace ws, String name, Split split) {
        String file = "served-answers-" + (split == null ? "all" : split.key()) + ".jsonl";
        return ws.runs().findByName(name).map(Run::artifactDir).map(Path::of).map(d -> d.resolve(file))
                .orElseGet(() -> ws.runs().runsFolder().resolve("served").resolve(
                        name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + file));
    }

    private static void write(BufferedWriter w, String id, LlmTask task, String answer) {
        ObjectNode n = LINE.createObjectNode();
        n.put("id", id);
        n.put("task", task.code());
        n.put("answer", answer);
        try {
            w.write(LINE.writeValueAsString(n));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
