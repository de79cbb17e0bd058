package org.radcurate.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.radcurate.domain.Run;
import org.radcurate.domain.Split;
import org.radcurate.service.Schemas;
import org.radcurate.service.TrainingService;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the built-in student (a transformer encoder in DJL) on a teacher's labels, on the GPU "
                + "when DJL sees one, else the CPU.",
                "File to file: --in REPORTS --labels TEACHER.csv --out MODEL_DIR. In a workspace: --workspace W "
                        + "--teacher SOURCE --name RUN (a run with the same name resumes from its last checkpoint)."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--schema", defaultValue = "chexpert14", paramLabel = "NAME",
            description = "Schema of the labels, file to file (default ${DEFAULT-VALUE}).")
    String schema;

    @Option(names = "--in", paramLabel = "FILE", description = "Reports (any layout import reads).")
    Path in;

    @Option(names = "--labels", paramLabel = "FILE", description = "The teacher's labels (label CSV or JSONL).")
    Path labels;

    @Option(names = "--out", paramLabel = "DIR", description = "Model folder to write.")
    Path out;

    @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", description = "Train inside this workspace.")
    Path workspace;

    @Option(names = "--teacher", paramLabel = "SOURCE", description = "Workspace source to learn from.")
    String teacher;

    @Option(names = "--name", paramLabel = "RUN", description = "Run name in the workspace (default: student-<teacher>).")
    String name;

    @Option(names = "--split", paramLabel = "SPLIT", description = "Train only on reports of this split (train, dev, test).")
    String split;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "quick-cpu, gpu-default or pretrained (default quick-cpu; pretrained with --init).")
    String preset;

    @Option(names = "--init", paramLabel = "FOLDER",
            description = "Start from a pretrained BERT-family encoder in this local folder (config.json with "
                    + "model_type bert, model.safetensors, tokenizer.json or vocab.txt); nothing is downloaded.")
    Path init;

    @Option(names = "--gold", paramLabel = "FILE|SET",
            description = "Gold labels that override the teacher's where they exist: a label file (file to file) or, "
                    + "in a workspace, a gold set NAME[:VERSION] or 'working' for the working gold.")
    String gold;

    @Option(names = "--two-stage", description = "CheXbert's two stages: the teacher's labels first, then the gold alone.")
    boolean twoStage;

    @Option(names = "--target", paramLabel = "TARGET",
            description = "states (absent/positive/negative/uncertain, the default) or present (the study's "
                    + "multiple-choice target: negated and uncertain count as not present).")
    String target;

    @Option(names = "--teacher-weight", paramLabel = "W", description = "Loss weight of teacher-labelled reports.")
    Double teacherWeight;

    @Option(names = "--gold-weight", paramLabel = "W", description = "Loss weight of gold-labelled reports.")
    Double goldWeight;

    @Option(names = "--held-out", paramLabel = "SPLIT",
            description = "In a workspace: the split the student will be scored on; none of its reports is trained on "
                    + "(default: test when gold labels are used).")
    String heldOut;

    @Option(names = "--epochs", paramLabel = "N", description = "Fine-tuning epochs.")
    Integer epochs;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for sample, split, weights and order.")
    Long seed;

    @Option(names = "--samples", paramLabel = "N", description = "Use at most N examples (0 = all).")
    Integer samples;

    @Option(names = "--lr", paramLabel = "RATE", description = "Peak learning rate.")
    Double learningRate;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Any other hyperparameter, e.g. --set layers=4 --set width=256. Repeatable.")
    Map<String, String> set = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("preset", preset != null ? preset : init != null ? "pretrained" : "quick-cpu");
        params.putAll(set);
        if (init != null) {
            params.put("init", init.toAbsolutePath().normalize().toString());
        }
        if (twoStage) {
            params.put("stages", "2");
        }
        if (target != null) {
            params.put("target", target);
        }
        if (teacherWeight != null) {
            params.put("teacherWeight", teacherWeight.toString());
        }
        if (goldWeight != null) {
            params.put("goldWeight", goldWeight.toString());
        }
        if (epochs != null) {
            params.put("epochs", epochs.toString());
        }
        if (seed != null) {
            params.put("seed", seed.toString());
        }
        if (samples != null) {
            params.put("maxSamples", samples.toString());
        }
        if (learningRate != null) {
            params.put("learningRate", learningRate.toString());
        }
        // the trainer's first progress line names the device and why
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr(), true);
        if (workspace != null) {
            if (teacher == null) {
                throw new IllegalArgumentException("with --workspace give --teacher SOURCE");
            }
            Split s = split == null ? null : Split.parse(split).orElseThrow(() ->
                    new IllegalArgumentException("unknown split '" + split + "'"));
            String run = name != null ? name : "student-" + teacher.replaceAll("\\s+", "-");
            try (CommandWorkspace cw = CommandWorkspace.open(workspace)) {
                WorkspaceSession ws = cw.session();
                Split held = heldOut == null ? null : Split.parse(heldOut).orElseThrow(() ->
                        new IllegalArgumentException("unknown split '" + heldOut + "'"));
                Run r = TrainingService.train(ws, new TrainingService.Request(run, teacher, s, params, gold, held),
                        progress, () -> false);
                spec.commandLine().getOut().println("run " + r.name() + ": " + r.status() + ", model in "
                        + r.artifactDir());
            }
        } else {
            if (in == null || labels == null || out == null) {
                throw new IllegalArgumentException("give --in REPORTS --labels TEACHER.csv --out MODEL_DIR, or --workspace");
            }
            TrainingService.trainFiles(Schemas.require(schema), in, labels, gold == null ? null : Path.of(gold), out,
                    params, progress);
            spec.commandLine().getOut().println("model written to " + out);
        }
        return 0;
    }

}
