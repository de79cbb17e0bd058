package org.radcurate.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Report;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.labeling.llm.AnswerParser;
import org.radcurate.labeling.llm.LlmTask;
import org.radcurate.labeling.llm.MultipleChoiceAnswer;
import org.radcurate.labeling.llm.OpenEndedAnswer;
import org.radcurate.persistence.Workspace;
import org.radcurate.training.lora.EnvironmentReport;
import org.radcurate.training.lora.Launch;
import org.radcurate.training.lora.PythonInterpreter;
import org.radcurate.training.lora.RecipeCheck;
import org.radcurate.training.lora.RecipeEvent;
import org.radcurate.training.lora.RecipeLocator;
import org.radcurate.training.lora.RecipeProcess;
import org.radcurate.training.lora.SlurmScript;

/**
 * LLM students: LoRA runs of the bundled recipe started as a subprocess (or written as a Slurm
 * script), stored like the built-in runs (config, device, timeline by step, artifacts, resume), and
 * their answers parsed with the LLM teacher's parsers into the student source {@code student:RUN}.
 */
public final class LlmTraining {
    public static final String KIND = "llm-lora";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINE = new ObjectMapper();

    /**
     * A LoRA run: its name, the instruction dataset, the local base-model folder, the interpreter
     * (null: the first one detected), recipe settings by name (the study's defaults otherwise), how
     * to launch it, and the output folder for a run outside a workspace (null in a workspace).
     */
    public record Request(String runName, Path dataset, Path baseModel, Path python, Map<String, String> settings,
            String launcher, int processes, Path outDir) {
        /** One process, or one per GPU under accelerate or torchrun; checked when the request is made. */
        public Request {
            LlmTraining.launch(launcher, processes);
        }

        Launch launch() {
            return LlmTraining.launch(launcher, processes);
        }
    }

    static Launch launch(String launcher, int processes) {
        return new Launch(Launch.Launcher.parse(launcher == null ? "python" : launcher), processes);
    }

    /** A logged optimizer step of an LLM run, as the progress detail a screen charts. */
    public record StepDetail(long step, long totalSteps, double epoch, double loss, double learningRate,
            double tokensPerSecond, Double gpuMemoryMib, java.time.Duration eta) implements org.radcurate.domain.ProgressDetail {}

    /** What {@link #predict} stored: the source, reports answered, and answers the parsers could not read. */
    public record Predicted(Source source, int reports, int multipleChoiceFailures, int openEndedFailures) {}

    private LlmTraining() {}

    /** The interpreter to use: the given one, else the first detected (venv, conda, PATH). */
    public static Path python(Path given) {
        if (given != null) {
            return given;
        }
        List<PythonInterpreter> found = PythonInterpreter.detect();
        if (found.isEmpty()) {
            throw new IllegalStateException("no Python interpreter found (no virtual environment, conda env or "
                    + "python3 on the PATH); give one with --python");
        }
        return found.get(0).executable();
    }

    /** The workspace's runs of every kind, oldest first. */
    public static List<Run> runs(WorkspaceSession session) {
        return session.workspace().runs().list();
    }

    /** Interpreters worth offering, best first (active venv or conda env, .venv, conda envs, PATH). */
    public static List<Path> interpreters() {
        return PythonInterpreter.detect().stream().map(PythonInterpreter::executable).toList();
    }

    /** Checks an interpreter against the installed recipe; returns the device line or throws with every problem. */
    public static String check(Path python, Map<String, String> settings, Path baseModel) throws IOException {
        return check(python, RecipeLocator.locate(), settings, baseModel).device();
    }

    /** Checks the interpreter for this request; throws with every problem, one per line, when it cannot run. */
    public static EnvironmentReport check(Path python, Path recipe, Map<String, String> settings, Path baseModel)
            throws IOException {
        EnvironmentReport report = RecipeCheck.inspect(python, recipe);
        List<String> problems = RecipeCheck.problems(python, recipe, report, new RecipeCheck.Needs(
                settings.getOrDefault("device", "auto"), settings.getOrDefault("precision", "auto"), baseModel));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        return report;
    }

    /** The recipe config for a request: the study's defaults, the request's settings, and the paths. */
    static ObjectNode config(Request r, Path outDir) {
        ObjectNode c = LINE.createObjectNode();
        c.put("base_model", r.baseModel().toAbsolutePath().toString());
        c.put("dataset", r.dataset().toAbsolutePath().toString());
        c.put("output_dir", outDir.toAbsolutePath().toString());
        r.settings().forEach((k, v) -> c.set(k, value(v)));
        return c;
    }

    private static JsonNode value(String v) {
        try {
            JsonNode n = LINE.readTree(v);
            if (n != null && (n.isNumber() || n.isBoolean() || n.isArray() || n.isNull())) {
                return n;
            }
        } catch (IOException ignored) {
            // not JSON: a plain string
        }
        return LINE.getNodeFactory().textNode(v);
    }

    /** Trains in a workspace; a run with the same name resumes from its newest checkpoint. */
    public static Run train(WorkspaceSession session, Request r, ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        Workspace ws = session.workspace();
        if (!Files.isRegularFile(r.dataset())) {
            throw new IllegalArgumentException("no dataset file " + r.dataset());
        }
        Path recipe = RecipeLocator.locate();
        Path python = python(r.python());
        EnvironmentReport env = check(python, recipe, r.settings(), r.baseModel());
        ObjectNode stored = LINE.createObjectNode();
        // the recipe's settings without output_dir: that is the run's own folder, wherever the workspace moves
        ObjectNode recipeSettings = config(r, Path.of("."));
        recipeSettings.remove("output_dir");
        stored.set("recipe", recipeSettings);
        stored.put("python", python.toString());
        stored.put("launcher", r.launch().launcher().name().toLowerCase(java.util.Locale.ROOT));
        stored.put("processes", r.launch().processes());
        Path manifest = manifestOf(r.dataset());
        if (Files.isRegularFile(manifest)) {
            stored.set("dataset", JSON.readTree(manifest.toFile()));
        }
        Run run = ws.runs().findByName(r.runName()).orElseGet(() -> ws.transaction(() -> ws.runs().create(
                r.runName(), KIND, stored.toString(), env.device())));
        Path dir = Path.of(run.artifactDir()).toAbsolutePath();
        Files.createDirectories(dir);
        ObjectNode config = config(r, dir);
        Path configFile = dir.resolve("recipe-config.json");
        JSON.writeValue(configFile.toFile(), config);
        if (!run.kind().equals(KIND)) {
            throw new IllegalArgumentException("run '" + r.runName() + "' is a " + run.kind() + " run, not " + KIND);
        }
        ws.transaction(() -> {
            ws.runs().setStatus(run.id(), RunStatus.RUNNING);
            ws.runs().setDevice(run.id(), env.device());
        });
        RecipeProcess.Result result;
        try {
            result = RecipeProcess.run(r.launch().command(python, "train", configFile), recipe, Map.of(),
                    dir.resolve("recipe.log"), e -> onTrainEvent(ws, run, e, progress), cancelled);
        } catch (CancellationException e) {
            ws.transaction(() -> ws.runs().setStatus(run.id(), RunStatus.CANCELLED));
            throw e;
        } catch (IOException | RuntimeException e) {
            ws.transaction(() -> ws.runs().setStatus(run.id(), RunStatus.FAILED));
            throw e;
        }
        if (!result.ok()) {
            ws.transaction(() -> ws.runs().setStatus(run.id(), RunStatus.FAILED));
            throw new IllegalStateException("LoRA run '" + r.runName() + "' failed: " + result.describe()
                    + " (log: " + dir.resolve("recipe.log") + ")");
        }
        ws.transaction(() -> ws.runs().setStatus(run.id(), RunStatus.FINISHED));
        return ws.runs().find(run.id()).orElseThrow();
    }

    /** Outside a workspace: trains into r.outDir() and returns the adapter folder. */
    public static Path trainFiles(Request r, ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        if (!Files.isRegularFile(r.dataset())) {
            throw new IllegalArgumentException("no dataset file " + r.dataset());
        }
        Path recipe = RecipeLocator.locate();
        Path python = python(r.python());
        check(python, recipe, r.settings(), r.baseModel());
        Files.createDirectories(r.outDir());
        Path configFile = r.outDir().resolve("recipe-config.json");
        JSON.writeValue(configFile.toFile(), config(r, r.outDir()));
        RecipeProcess.Result result = RecipeProcess.run(r.launch().command(python, "train", configFile), recipe,
                Map.of(), r.outDir().resolve("recipe.log"), e -> onTrainEvent(null, null, e, progress), cancelled);
        if (!result.ok()) {
            throw new IllegalStateException("LoRA training failed: " + result.describe());
        }
        return r.outDir().toAbsolutePath().resolve("adapter");
    }

    /** Writes a Slurm batch script for the request instead of starting it; returns the recipe config it points at. */
    public static Path writeSlurm(Request r, Path outDir, Path scriptFile, String time, String partition)
            throws IOException {
        SlurmScript.Options options = new SlurmScript.Options(r.runName(), r.processes(), Math.max(4, 8 * r.processes()),
                time, partition);
        Path recipe = RecipeLocator.locate();
        Path python = r.python() != null ? r.python() : python(null);
        Files.createDirectories(outDir);
        Path configFile = outDir.toAbsolutePath().resolve("recipe-config.json");
        JSON.writeValue(configFile.toFile(), config(r, outDir));
        Files.writeString(scriptFile, SlurmScript.write(options, python, recipe, configFile, outDir.toAbsolutePath()),
                StandardCharsets.UTF_8);
        scriptFile.toFile().setExecutable(true);
        return configFile;
    }

    static void onTrainEvent(Workspace ws, Run run, RecipeEvent e, ProgressListener progress) {
        e.step().ifPresentOrElse(s -> {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("epoch", s.epoch());
            m.put("loss", s.loss());
            m.put("learningRate", s.learningRate());
            m.put("tokensPerSecond", s.tokensPerSecond());
            if (s.gpuMemoryMib() != null) {
                m.put("gpuMemoryMib", s.gpuMemoryMib());
            }
            if (s.step() > 0 && s.totalSteps() > s.step()) {
                m.put("etaSeconds", s.elapsedSeconds() / s.step() * (s.totalSteps() - s.step()));
            }
            if (ws != null) {
                // the timeline of an LLM run is keyed by optimizer step (the built-in student's by epoch)
                ws.transaction(() -> ws.runs().putMetrics(run.id(), (int) s.step(), m));
            }
            progress.onProgress(new Progress(s.step(), s.totalSteps(), String.format(java.util.Locale.ROOT,
                    "step %d/%d: loss %.4f, lr %.3g, %.0f tokens/s", s.step(), s.totalSteps(), s.loss(),
                    s.learningRate(), s.tokensPerSecond()), new StepDetail(s.step(), s.totalSteps(), s.epoch(), s.loss(),
                    s.learningRate(), s.tokensPerSecond(), s.gpuMemoryMib(), m.containsKey("etaSeconds")
                    ? java.time.Duration.ofSeconds(Math.round(m.get("etaSeconds"))) : null)));
        }, () -> {
            if (e.is("start")) {
                progress.onProgress(Progress.of(0, e.number("total_steps"), "started on " + e.text("device") + " ("
                        + e.text("dtype") + "), " + e.number("examples") + " examples, " + e.number("total_steps")
                        + " steps" + (e.number("resumed_from_step") > 0 ? ", resumed from step "
                        + e.number("resumed_from_step") : "")));
            } else if (e.is("checkpoint")) {
                progress.onProgress(Progress.of(e.number("step"), 0, "checkpoint " + e.text("path")));
            } else if (e.is("end")) {
                progress.onProgress(Progress.of(e.number("steps"), e.number("steps"), "adapter saved to "
                        + e.text("adapter")));
            } else if (e.is("predict")) {
                progress.onProgress(Progress.of(e.number("done"), e.number("total"), "answering"));
            }
        });
    }

    static Path manifestOf(Path dataset) {
        String n = dataset.getFileName().toString();
        String stem = n.replaceAll("\\.(alpaca\\.json|chat\\.jsonl)$", "");
        return dataset.resolveSibling(stem + ".dataset.json");
    }

    /**
     * Writes the prompts of both tasks for the reports of a split (null: all) in the layout of the
     * dataset the run trained on (Alpaca fields, or chat messages for a .jsonl dataset).
     */
    public static int writePrompts(WorkspaceSession session, Split split, boolean chat, Path file) throws IOException {
        Schema schema = session.activeSchema();
        List<Report> reports = session.workspace().reports().list(split);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Report rep : reports) {
                for (LlmTask task : List.of(LlmTask.MULTIPLE_CHOICE, LlmTask.OPEN_ENDED)) {
                    LlmDatasets.Example ex = LlmDatasets.prompt(rep, schema, task);
                    w.write(LINE.writeValueAsString(chat ? LlmDatasets.chatRecord(ex) : LlmDatasets.alpacaRecord(ex)));
                    w.write('\n');
                }
            }
        }
        return reports.size();
    }

    /** Answers a split with a finished run's adapter (batched greedy) and stores them as {@code student:RUN}. */
    public static Predicted predict(WorkspaceSession session, String runName, Split split, Path python,
            Map<String, String> settings, ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        Workspace ws = session.workspace();
        Run run = ws.runs().findByName(runName).orElseThrow(() -> new IllegalArgumentException(
                "no run '" + runName + "' in the workspace"));
        if (!run.kind().equals(KIND)) {
            throw new IllegalArgumentException("run '" + runName + "' is a " + run.kind() + " run; use predict --run");
        }
        JsonNode stored = LINE.readTree(run.configJson());
        JsonNode recipeConfig = stored.path("recipe");
        Path dir = Path.of(run.artifactDir());
        Path adapter = dir.resolve("adapter");
        if (!Files.isRegularFile(adapter.resolve("adapter_config.json"))) {
            throw new IllegalArgumentException("run '" + runName + "' has no adapter yet (" + adapter + "); train it first");
        }
        Path py = python != null ? python : Path.of(stored.path("python").asText());
        Path recipe = RecipeLocator.locate();
        boolean chat = recipeConfig.path("dataset").asText().endsWith(".jsonl");
        String tag = split == null ? "all" : split.key();
        Path prompts = dir.resolve("prompts-" + tag + ".jsonl");
        Path answers = dir.resolve("answers-" + tag + ".jsonl");
        writePrompts(session, split, chat, prompts);
        ObjectNode c = LINE.createObjectNode();
        c.put("base_model", recipeConfig.path("base_model").asText());
        c.put("adapter", adapter.toString());
        c.put("prompts", prompts.toString());
        c.put("output", answers.toString());
        if (recipeConfig.has("max_length")) {
            c.set("max_length", recipeConfig.get("max_length"));
        }
        if (recipeConfig.has("device")) {
            c.set("device", recipeConfig.get("device"));
        }
        settings.forEach((k, v) -> c.set(k, value(v)));
        check(py, recipe, Map.of("device", c.path("device").asText("auto"), "precision",
                c.path("precision").asText("auto")), Path.of(c.path("base_model").asText()));
        Path configFile = dir.resolve("predict-config.json");
        JSON.writeValue(configFile.toFile(), c);
        RecipeProcess.Result result = RecipeProcess.run(Launch.single().command(py, "predict", configFile), recipe,
                Map.of(), dir.resolve("recipe.log"), e -> onTrainEvent(null, null, e, progress), cancelled);
        if (!result.ok()) {
            throw new IllegalStateException("prediction with run '" + runName + "' failed: " + result.describe());
        }
        return importAnswers(session, runName, answers);
    }

    /**
     * Parses a JSONL file of answers ({@code {"id", "task": "mc"|"open", "answer"}}, from the recipe or
     * a served model) with the LLM teacher's parsers into the source {@code student:RUN}. Reports whose
     * answer cannot be read get no labels for that task (counted, never stored as "no findings").
     */
    public static Predicted importAnswers(WorkspaceSession session, String runName, Path answers) throws IOException {
        Workspace ws = session.workspace();
        Schema schema = session.activeSchema();
        AnswerParser parser = AnswerParser.forSchema(schema);
        List<String> order = schema.findings().stream().map(Finding::name).toList();
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(answers, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = LINE.readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(answers + ", line " + n + ": not JSON");
                }
                for (String f : List.of("id", "task", "answer")) {
                    if (!node.path(f).isTextual()) {
                        throw new IllegalArgumentException(answers + ", line " + n + ", field '" + f + "': missing");
                    }
                }
                if (LlmTask.parse(node.get("task").asText()).isEmpty()) {
                    throw new IllegalArgumentException(answers + ", line " + n + ", field 'task': '"
                            + node.get("task").asText() + "' is neither mc nor open");
                }
                if (ws.reports().find(node.get("id").asText()).isEmpty()) {
                    throw new IllegalArgumentException(answers + ", line " + n + ", field 'id': no report '"
                            + node.get("id").asText() + "' in the workspace");
                }
                lines.add(node);
            }
        }
        Run run = ws.runs().findByName(runName).orElse(null);
        int[] failures = new int[2];
        java.util.Set<String> reports = new java.util.HashSet<>();
        Source source = ws.transaction(() -> {
            Source s = ws.sources().findOrCreate(TrainingService.STUDENT_PREFIX + runName, SourceKind.STUDENT,
                    schema.name(), run == null ? "answers " + answers.getFileName() + " (" + KIND + ")"
                            : "run " + run.id() + " (" + KIND + ")");
            for (JsonNode node : lines) {
                String id = node.get("id").asText();
                reports.add(id);
                if (LlmTask.parse(node.get("task").asText()).orElseThrow() == LlmTask.MULTIPLE_CHOICE) {
                    MultipleChoiceAnswer a = parser.parseMultipleChoice(node.get("answer").asText());
                    if (a.parsed()) {
                        ws.labels().putAll(s.id(), a.labels(id, order));
                    } else {
                        failures[0]++;
                    }
                } else {
                    OpenEndedAnswer a = parser.parseOpenEnded(node.get("answer").asText());
                    if (a.parsed()) {
                        ws.labels().putConcepts(s.id(), new ConceptSet(id, a.concepts()));
                    } else {
                        failures[1]++;
                    }
                }
            }
            if (run != null) {
                ws.runs().setStudentSource(run.id(), s.id());
            }
            return s;
        });
        return new Predicted(source, reports.size(), failures[0], failures[1]);
    }
}
