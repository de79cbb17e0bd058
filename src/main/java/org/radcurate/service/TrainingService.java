package org.radcurate.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressDetail;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Report;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.persistence.Workspace;
import org.radcurate.training.DeviceInfo;
import org.radcurate.training.EpochMetrics;
import org.radcurate.training.StudentPrediction;
import org.radcurate.training.StudentTrainer;
import org.radcurate.training.TrainedStudent;
import org.radcurate.training.TrainingConfig;
import org.radcurate.training.TrainingExample;
import org.radcurate.training.TrainingLabels;
import org.radcurate.training.TrainingListener;
import org.radcurate.training.TrainingProgress;

/**
 * Trains the built-in student on a teacher's labels, in a workspace (runs recorded with config,
 * device, timeline and artifacts) or file to file, and stores its predictions as a student source.
 * Hyperparameters travel as a name-to-value map so the CLI and the UI need no training types.
 */
public final class TrainingService {
    public static final String KIND = "djl-student";
    public static final String STUDENT_PREFIX = "student:";
    /** The preset for a run that starts from a pretrained encoder. */
    public static final String PRETRAINED_PRESET = TrainingConfig.PRETRAINED;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The {@link Request#gold()} value that names the working gold rather than a frozen gold set. */
    public static final String WORKING_GOLD = "working";

    /**
     * What to train: run name, teacher source, split of the training reports (null = all), parameters; gold
     * labels that override the teacher's where they exist (null = none, {@value #WORKING_GOLD}, or a gold set
     * NAME[@VERSION]); the split the student will be scored on, none of whose reports it trains on (null:
     * {@code test} when gold is used, else none).
     */
    public record Request(String runName, String teacher, Split split, Map<String, String> parameters, String gold,
            Split heldOut) {
        public Request(String runName, String teacher, Split split, Map<String, String> parameters) {
            this(runName, teacher, split, parameters, null, null);
        }

        /** The split kept out of training: the one asked for, or test when gold labels are used. */
        public Split scoredSplit() {
            return heldOut != null ? heldOut : gold != null ? Split.TEST : null;
        }
    }

    private TrainingService() {}

    /** The presets' names. */
    public static List<String> presets() {
        return List.of(TrainingConfig.QUICK_CPU, TrainingConfig.GPU_DEFAULT, TrainingConfig.PRETRAINED);
    }

    /** Every hyperparameter of a preset, by name, as text (the UI edits these). */
    public static Map<String, String> parameters(String preset) {
        Map<String, String> out = new LinkedHashMap<>();
        ObjectNode node = JSON.valueToTree(TrainingConfig.preset(preset));
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** Where the device is and why (e.g. "cpu: no CUDA runtime found"). */
    public static String device() {
        DeviceInfo d = DeviceInfo.detect();
        return d.device() + ": " + d.reason();
    }

    /** Why these parameters make no valid config (unknown name, not a number, out of range), or empty. */
    public static java.util.Optional<String> check(Map<String, String> parameters) {
        try {
            config(parameters);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    static TrainingConfig config(Map<String, String> parameters) {
        String preset = parameters.getOrDefault("preset", TrainingConfig.QUICK_CPU);
        ObjectNode node = JSON.valueToTree(TrainingConfig.preset(
                presets().contains(preset) ? preset : TrainingConfig.QUICK_CPU));
        parameters.forEach((k, v) -> {
            if (!node.has(k)) {
                throw new IllegalArgumentException("unknown training parameter '" + k + "'; known: "
                        + iterable(node));
            }
            JsonNode old = node.get(k);
            try {
                if (old.isBoolean()) {
                    node.put(k, Boolean.parseBoolean(v.strip()));
                } else if (old.isIntegralNumber()) {
                    node.put(k, Long.parseLong(v.strip()));
                } else if (old.isNumber()) {
                    node.put(k, Double.parseDouble(v.strip()));
                } else {
                    node.put(k, v);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("training parameter '" + k + "' must be a number, not '" + v + "'");
            }
        });
        try {
            return JSON.treeToValue(node, TrainingConfig.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(rootMessage(e));
        }
    }

    /** Trains in a workspace; a run with the same name resumes from its last checkpoint. */
    public static Run train(WorkspaceSession session, Request request, ProgressListener progress,
            BooleanSupplier cancelled) throws IOException {
        Workspace ws = session.workspace();
        Schema schema = session.activeSchema();
        Source teacher = ws.sources().find(request.teacher()).orElseThrow(() -> new IllegalArgumentException(
                "no source '" + request.teacher() + "' in the workspace"));
        if (!teacher.schema().equals(schema.name())) {
            throw new IllegalArgumentException("source '" + teacher.name() + "' labels " + teacher.schema()
                    + "; the workspace's schema is " + schema.name());
        }
        TrainingConfig config = config(request.parameters());
        TrainingLabels labels = WorkspaceLabels.of(ws, schema, teacher, request);
        List<String> corpus = new ArrayList<>();
        ws.reports().forEach(r -> corpus.add(r.findingsAndImpression()));
        String configJson = RunConfigs.json(JSON.valueToTree(config), request);
        Run run = ws.runs().findByName(request.runName()).orElseGet(() -> ws.transaction(() -> ws.runs().create(
                request.runName(), KIND, configJson, "")));
        requireKind(run);
        ws.transaction(() -> {
            ws.runs().setStatus(run.id(), RunStatus.RUNNING);
            ws.runs().setDevice(run.id(), device());
        });
        try (TrainedStudent ignored = new StudentTrainer().train(names(schema), labels, corpus, config,
                Path.of(run.artifactDir()), listener(ws, run, progress), cancelled)) {
            ws.transaction(() -> ws.runs().setStatus(run.id(), RunStatus.FINISHED));
        } catch (CancellationException e) {
            ws.transaction(() -> ws.runs().setStatus(run.id(), RunStatus.CANCELLED));
            throw e;
        } catch (IOException | RuntimeException e) {
            ws.transaction(() -> ws.runs().setStatus(run.id(), RunStatus.FAILED));
            throw e;
        }
        return ws.runs().find(run.id()).orElseThrow();
    }

    /**
     * The request that started a run, read back from its stored config (so a screen can resume it with the
     * same teacher, split and hyperparameters); teacher and split are null when the run did not record them.
     */
    public static Request request(Run run) {
        return RunConfigs.request(run);
    }

    /** Predicts every workspace report with a finished run and stores the result as its student source. */
    public static Source predict(WorkspaceSession session, String runName, ProgressListener progress,
            BooleanSupplier cancelled) throws IOException {
        Workspace ws = session.workspace();
        Run run = ws.runs().findByName(runName).orElseThrow(() -> new IllegalArgumentException(
                "no run '" + runName + "' in the workspace"));
        requireKind(run);
        Schema schema = session.activeSchema();
        List<Report> reports = ws.reports().list(null);
        Path folder = Path.of(run.artifactDir());
        if (!java.nio.file.Files.isRegularFile(folder.resolve("model.params"))) {
            throw new IllegalArgumentException("run '" + runName + "' has no model in " + folder + " (status "
                    + run.status().name().toLowerCase(java.util.Locale.ROOT) + "); a workspace keeps its models in the "
                    + ws.runs().runsFolder().getFileName() + " folder beside it: move or copy that folder with it, "
                    + "or train the run again");
        }
        try (TrainedStudent student = TrainedStudent.load(folder)) {
            if (!student.findingNames().equals(names(schema))) {
                throw new IllegalArgumentException("run '" + runName + "' was trained for other findings");
            }
            // a batch per transaction into a hidden source: edits elsewhere never wait behind the whole prediction
            Source stored = StagedSource.write(ws, STUDENT_PREFIX + runName, SourceKind.STUDENT, schema.name(),
                    "run " + run.id() + " (" + KIND + ")", s -> {
                        for (int i = 0; i < reports.size(); i += 256) {
                            if (cancelled.getAsBoolean()) {
                                throw new CancellationException("prediction cancelled; the workspace is unchanged");
                            }
                            List<Report> batch = reports.subList(i, Math.min(reports.size(), i + 256));
                            List<StudentPrediction> preds = student.predict(batch.stream()
                                    .map(Report::findingsAndImpression).toList());
                            ws.transaction(() -> {
                                for (int j = 0; j < batch.size(); j++) {
                                    ws.labels().putAll(s.id(), labels(batch.get(j).id(), preds.get(j), schema));
                                }
                            });
                            progress.onProgress(Progress.of(i + batch.size(), reports.size(), "predicting"));
                        }
                    });
            ws.transaction(() -> ws.runs().setStudentSource(run.id(), stored.id()));
            return stored;
        }
    }

    /**
     * Another kind's run (an LLM's LoRA run) is never trained over or predicted with here: training would
     * clear its folder (checkpoints, adapter) as files of a stale built-in run.
     */
    private static void requireKind(Run run) {
        if (!run.kind().equals(KIND)) {
            throw new IllegalArgumentException("run '" + run.name() + "' is a " + run.kind() + " run, not a built-in "
                    + "student (" + KIND + "); continue it in the Train screen's \"LLM (LoRA)\" tab or with llm train, "
                    + "or give this run another name");
        }
    }

    public static List<Run> runs(WorkspaceSession session) {
        return session.workspace().runs().list();
    }

    public static Map<Integer, Map<String, Double>> timeline(WorkspaceSession session, long runId) {
        return session.workspace().runs().metrics(runId);
    }

    /** File to file: reports and a teacher's label file in, a model folder out. */
    public static void trainFiles(Schema schema, Path reportsFile, Path labelsFile, Path modelDir,
            Map<String, String> parameters, ProgressListener progress) throws IOException {
        FileTraining.trainFiles(schema, reportsFile, labelsFile, null, modelDir, parameters, progress);
    }

    /** File to file with gold labels for some reports ({@code goldFile}; null for none). */
    public static void trainFiles(Schema schema, Path reportsFile, Path labelsFile, Path goldFile, Path modelDir,
            Map<String, String> parameters, ProgressListener progress) throws IOException {
        FileTraining.trainFiles(schema, reportsFile, labelsFile, goldFile, modelDir, parameters, progress);
    }

    /** File to file: a model folder and reports in, a label CSV (the rule teacher's layout) out. */
    public static long predictFiles(Path modelDir, Path reportsFile, Path out, ExportService.Format format)
            throws IOException {
        return FileTraining.predictFiles(modelDir, reportsFile, out, format);
    }

    // listener, example, labels and names serve FileTraining too, so both paths train and predict alike

    static TrainingListener listener(Workspace ws, Run run, ProgressListener progress) {
        return new TrainingListener() {
            @Override
            public void onProgress(TrainingProgress p) {
                progress.onProgress(new Progress(p.step(), p.steps(), p.message(),
                        new ProgressDetail.Batch(p.epoch(), p.loss(), p.eta())));
            }

            @Override
            public void onEpoch(EpochMetrics e) {
                if (ws != null) {
                    // SQLite stores NaN as NULL, which run_metrics refuses: without a validation split, no F1
                    Map<String, Double> m = new LinkedHashMap<>();
                    m.put("loss", e.trainLoss());
                    if (!Double.isNaN(e.validationMicroF1())) {
                        m.put("validationMicroF1", e.validationMicroF1());
                    }
                    m.put("seconds", e.millis() / 1000.0);
                    ws.transaction(() -> ws.runs().putMetrics(run.id(), e.epoch(), m));
                }
                progress.onProgress(new Progress(0, 0, String.format("epoch %d: loss %.4f, validation micro-F1 %.3f",
                        e.epoch(), e.trainLoss(), e.validationMicroF1()),
                        new ProgressDetail.Epoch(e.epoch(), e.trainLoss(), e.validationMicroF1())));
            }
        };
    }

    static TrainingExample example(Report r, Map<String, MentionState> states, Schema schema) {
        List<MentionState> row = new ArrayList<>();
        for (Finding f : schema.findings()) {
            row.add(states.getOrDefault(f.name(), MentionState.ABSENT));
        }
        return new TrainingExample(r.id(), r.findingsAndImpression(), row);
    }

    static List<Label> labels(String reportId, StudentPrediction p, Schema schema) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < schema.size(); i++) {
            out.add(new Label(reportId, schema.findings().get(i).name(), p.states().get(i),
                    p.positiveProbabilities().get(i), null));
        }
        return out;
    }

    static List<String> names(Schema schema) {
        return schema.findings().stream().map(Finding::name).toList();
    }

    private static String iterable(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
