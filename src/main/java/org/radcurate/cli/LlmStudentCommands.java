package org.radcurate.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.radcurate.domain.Run;
import org.radcurate.domain.Split;
import org.radcurate.service.LlmDatasets;
import org.radcurate.service.LlmServedPrediction;
import org.radcurate.service.LlmSpec;
import org.radcurate.service.LlmTraining;
import org.radcurate.service.OpenEndedScores;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The LLM students' sub-commands of {@code llm}: instruction datasets, LoRA runs, their predictions and scores. */
final class LlmStudentCommands {
    private LlmStudentCommands() {}

    static Split split(String value) {
        if (value == null || value.equals("all")) {
            return null;
        }
        return Split.parse(value).orElseThrow(() -> new IllegalArgumentException(
                "unknown split '" + value + "'; use train, dev, test or all"));
    }

    static Map<String, String> sets(Map<String, String> given) {
        return given == null ? new LinkedHashMap<>() : new LinkedHashMap<>(given);
    }

    @Command(name = "dataset", mixinStandardHelpOptions = true,
            description = {"Write an instruction dataset from a source's labels: multiple-choice and open-ended records "
                    + "with the LLM teacher's templates, mixed by counts and shuffled with a seed, as NAME.alpaca.json "
                    + "(instruction, input, output), NAME.chat.jsonl (messages) and NAME.dataset.json (source, split, "
                    + "template versions, counts, seed)."})
    static final class Dataset implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--source", required = true, paramLabel = "NAME", description = "A teacher or gold source.")
        String source;

        @Option(names = "--split", defaultValue = "train", paramLabel = "SPLIT", description = "train (default), dev, test or all.")
        String split;

        @Option(names = "--open", defaultValue = "-1", paramLabel = "N",
                description = "Open-ended records (default -1: one per labelled report; 0: none).")
        int open;

        @Option(names = "--mc", defaultValue = "-1", paramLabel = "N",
                description = "Multiple-choice records (default -1: one per labelled report; 0: none).")
        int mc;

        @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed for the choice and the mix.")
        long seed;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the files.")
        Path out;

        @Option(names = "--name", paramLabel = "NAME", description = "File stem (default: the source's name).")
        String name;

        @Override
        public Integer call() throws Exception {
            String stem = (name == null ? source : name).replaceAll("[^A-Za-z0-9._-]", "_");
            try (WorkspaceSession ws = WorkspaceSession.openReadOnly(workspace.file)) {
                LlmDatasets.Built b = LlmDatasets.build(ws, new LlmDatasets.Request(source, LlmStudentCommands.split(split), open,
                        mc, seed, out, stem));
                spec.commandLine().getOut().printf("%s: %d open-ended + %d multiple-choice records%n%s%n%s%n",
                        b.alpaca(), b.openEnded(), b.multipleChoice(), b.chat(), b.manifest());
            }
            return 0;
        }
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Fine-tune an LLM with LoRA (the study's recipe: r 8, alpha 16, q_proj and v_proj, AdamW, "
                    + "cosine with 100 warm-up steps, lr 1e-5, effective batch 128, one epoch, bf16 where the GPU has it). "
                    + "In a workspace (-w, --name) the run is stored and resumes from its last checkpoint; or "
                    + "--out DIR; or --slurm FILE to write a batch script instead of starting it."})
    static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", description = "Store the run in this workspace.")
        Path workspace;

        @Option(names = "--name", paramLabel = "RUN", description = "Run name (required with --workspace).")
        String name;

        @Option(names = "--dataset", required = true, paramLabel = "FILE", description = "NAME.alpaca.json or NAME.chat.jsonl.")
        Path dataset;

        @Option(names = "--base-model", required = true, paramLabel = "DIR",
                description = "Local folder of the base model (config.json, weights, tokenizer).")
        Path baseModel;

        @Option(names = "--python", paramLabel = "FILE",
                description = "Python interpreter (default: the active venv or conda env, .venv, then python3).")
        Path python;

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder for a run outside a workspace.")
        Path out;

        @Option(names = "--launcher", defaultValue = "python", paramLabel = "L",
                description = "python (one process), accelerate or torchrun (one process per GPU).")
        String launcher;

        @Option(names = "--gpus", defaultValue = "1", paramLabel = "N", description = "Processes (GPUs) to launch.")
        int gpus;

        @Option(names = "--set", paramLabel = "NAME=VALUE",
                description = "A recipe setting, e.g. --set learning_rate=3e-4 --set device=cpu. Repeatable.")
        Map<String, String> settings;

        @Option(names = "--slurm", paramLabel = "FILE", description = "Write a Slurm batch script here instead of training.")
        Path slurm;

        @Option(names = "--slurm-time", defaultValue = "24:00:00", paramLabel = "T", description = "Slurm time limit.")
        String slurmTime;

        @Option(names = "--slurm-partition", paramLabel = "P", description = "Slurm partition.")
        String slurmPartition;

        @Override
        public Integer call() throws Exception {
            Map<String, String> s = sets(settings);
            if (slurm != null) {
                Path dir = out != null ? out : (name != null ? Path.of(name) : null);
                if (dir == null) {
                    throw new IllegalArgumentException("with --slurm give --out DIR (the run's folder on the cluster)");
                }
                LlmTraining.Request r = new LlmTraining.Request(name == null ? dir.getFileName().toString() : name,
                        dataset, baseModel, python, s, gpus > 1 ? "torchrun" : "python", gpus, dir);
                Path config = LlmTraining.writeSlurm(r, dir, slurm, slurmTime, slurmPartition);
                spec.commandLine().getOut().println(slurm + ": submit with sbatch " + slurm + " (config " + config + ")");
                return 0;
            }
            ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr(), true);
            if (workspace != null) {
                if (name == null) {
                    throw new IllegalArgumentException("with --workspace give --name RUN");
                }
                try (WorkspaceSession ws = WorkspaceSession.open(workspace)) {
                    Run run = LlmTraining.train(ws, new LlmTraining.Request(name, dataset, baseModel, python, s, launcher,
                            gpus, null), progress, () -> false);
                    spec.commandLine().getOut().println("run " + run.name() + " " + run.status().name().toLowerCase(
                            java.util.Locale.ROOT) + " on " + run.device() + "; adapter in "
                            + Path.of(run.artifactDir()).resolve("adapter"));
                }
                return 0;
            }
            if (out == null) {
                throw new IllegalArgumentException("give --workspace W --name RUN, --out DIR, or --slurm FILE --out DIR");
            }
            Path adapter = LlmTraining.trainFiles(new LlmTraining.Request(out.getFileName().toString(), dataset,
                    baseModel, python, s, launcher, gpus, out), progress, () -> false);
            spec.commandLine().getOut().println("adapter saved to " + adapter);
            return 0;
        }
    }

    @Command(name = "predict", mixinStandardHelpOptions = true,
            description = {"Answer a split with a LoRA run (batched greedy, both tasks), ask a served model (--endpoint URL "
                    + "--model NAME), or read answers a served model gave (--answers FILE: JSONL of id, task mc|open, "
                    + "answer), parse them with the LLM teacher's "
                    + "parsers and store them as the student source 'student:RUN' that Compare scores."})
    static final class Predict implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--run", required = true, paramLabel = "NAME", description = "The LoRA run (names the source).")
        String run;

        @Option(names = "--split", defaultValue = "test", paramLabel = "SPLIT", description = "test (default), dev, train or all.")
        String split;

        @Option(names = "--answers", paramLabel = "FILE", description = "Import these answers instead of running the model.")
        Path answers;

        @Option(names = "--python", paramLabel = "FILE", description = "Python interpreter (default: the run's).")
        Path python;

        @Option(names = "--set", paramLabel = "NAME=VALUE",
                description = "A prediction setting, e.g. --set batch_size=16 --set max_new_tokens=128. Repeatable.")
        Map<String, String> settings;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "Ask a served model at this OpenAI-compatible URL instead (e.g. vllm serve BASE "
                        + "--enable-lora --lora-modules RUN=ADAPTER at http://localhost:8000/v1); a non-local one needs "
                        + "the workspace's consent (llm consent --grant).")
        String endpoint;

        @Option(names = "--model", paramLabel = "NAME",
                description = "With --endpoint: the served model's name (default: the run's name, as --lora-modules gives it).")
        String model;

        @Option(names = "--api-key-env", paramLabel = "VAR", description = "With --endpoint: the API key's environment variable.")
        String keyEnv;

        @Option(names = "--api-key-file", paramLabel = "FILE", description = "With --endpoint: a file whose first line is the API key.")
        Path keyFile;

        @Option(names = "--concurrency", defaultValue = "8", paramLabel = "N", description = "With --endpoint: requests in flight.")
        int concurrency;

        @Override
        public Integer call() throws Exception {
            try (WorkspaceSession ws = WorkspaceSession.open(workspace.file)) {
                LlmTraining.Predicted p;
                if (endpoint != null) {
                    LlmServedPrediction.Served served = LlmServedPrediction.predict(ws, run, LlmStudentCommands.split(split),
                            LlmSpec.of(endpoint, model == null ? run : model).withKey(keyEnv, keyFile)
                                    .withConcurrency(concurrency), new ProgressPrinter(spec.commandLine().getErr()), () -> false);
                    p = served.predicted();
                    if (served.failedRequests() > 0) {
                        spec.commandLine().getErr().println(served.failedRequests() + " requests failed (no answer stored)");
                    }
                } else {
                    p = answers != null ? LlmTraining.importAnswers(ws, run, answers)
                            : LlmTraining.predict(ws, run, LlmStudentCommands.split(split), python, sets(settings),
                                    new ProgressPrinter(spec.commandLine().getErr()), () -> false);
                }
                spec.commandLine().getOut().printf("%d reports stored as source %s (%d multiple-choice and %d "
                        + "open-ended answers could not be read)%n", p.reports(), p.source().name(),
                        p.multipleChoiceFailures(), p.openEndedFailures());
            }
            return 0;
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Score sources on the open-ended task: each report's ICD-10-CM codes against a gold source's, "
                    + "micro precision, recall and F1 at the full-code and the 3-character category level with bootstrap "
                    + "95%% intervals, and the paired test of 'the last source beats the first' (full codes). The "
                    + "multiple-choice task is scored by eval --task mc."})
    static final class Score implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--gold", required = true, paramLabel = "SOURCE", description = "The source holding the gold codes.")
        String gold;

        @Option(names = "--source", required = true, paramLabel = "NAME", description = "A source to score. Repeatable.")
        java.util.List<String> sources;

        @Option(names = "--split", defaultValue = "test", paramLabel = "SPLIT", description = "test (default), dev, train or all.")
        String split;

        @Option(names = "--resamples", defaultValue = "1000", paramLabel = "N", description = "Bootstrap resamples.")
        int resamples;

        @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Bootstrap seed.")
        long seed;

        @Override
        public Integer call() throws Exception {
            try (WorkspaceSession ws = WorkspaceSession.openReadOnly(workspace.file)) {
                OpenEndedScores.table(ws, gold, sources, LlmStudentCommands.split(split), resamples, seed)
                        .forEach(spec.commandLine().getOut()::println);
            }
            return 0;
        }
    }
}
