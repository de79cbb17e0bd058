package org.radcurate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radcurate.service.AnnotationBenchmark;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.ImportBenchmark;
import org.radcurate.service.LabelBenchmark;
import org.radcurate.service.LlmBenchmark;
import org.radcurate.service.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks behind docs/benchmarks.md.",
        subcommands = {BenchCommand.Import.class, BenchCommand.Label.class, BenchCommand.Eval.class,
                BenchCommand.Annotate.class, BenchCommand.Llm.class,
                BenchCommand.GoldSize.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import N reports generated from the samples into a fresh workspace; print reports/s and peak heap.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--reports", defaultValue = "100000", description = "Reports to import (default ${DEFAULT-VALUE}).")
        int reports;

        @Option(names = "--dir", description = "Folder for the generated CSV and workspace (default: a temp folder).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("radcurate-bench");
            spec.commandLine().getOut().println(ImportBenchmark.run(reports, work).describe());
            return 0;
        }
    }

    @Command(name = "label", mixinStandardHelpOptions = true,
            description = "Rule-labeler throughput on one thread and on every core (best of N rounds after a warm-up).")
    static final class Label implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--in", description = "Reports to label (default: the bundled samples).")
        Path in;

        @Option(names = "--schema", defaultValue = "nih14", description = "Schema (default ${DEFAULT-VALUE}).")
        String schema;

        @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds per mode (default ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() throws Exception {
            spec.commandLine().getOut().println(LabelBenchmark.run(in, Schemas.require(schema), rounds));
            return 0;
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Evaluation with bootstrap intervals on random data (median of 5 runs after warm-up).")
    static final class Eval implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--reports", defaultValue = "10000", description = "Reports (default ${DEFAULT-VALUE}).")
        int reports;

        @Option(names = "--resamples", defaultValue = "1000", description = "Resamples (default ${DEFAULT-VALUE}).")
        int resamples;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(EvaluationService.benchmark(reports, 14, resamples, 7));
            return 0;
        }
    }

    @Command(name = "gold-size", mixinStandardHelpOptions = true,
            description = "The gold-size estimate on random data (median of 5 runs after warm-up).")
    static final class GoldSize implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--reports", defaultValue = "10000", description = "Gold reports (default ${DEFAULT-VALUE}).")
        int reports;

        @Option(names = "--resamples", defaultValue = "1000", description = "Resamples (default ${DEFAULT-VALUE}).")
        int resamples;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(EvaluationService.goldSizeBenchmark(reports, 14, resamples, 7));
            return 0;
        }
    }

    @Command(name = "annotate", mixinStandardHelpOptions = true,
            description = "Open a large workspace, build queues, load the next report and commit edits; print timings.")
    static final class Annotate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--reports", defaultValue = "100000", description = "Reports (default ${DEFAULT-VALUE}).")
        int reports;

        @Option(names = "--dir", description = "Folder for the generated workspace (default: a temp folder).")
        Path dir;

        @Option(names = "--during-training", description = "Measure while a student trains on the training lane.")
        boolean duringTraining;

        @Override
        public Integer call() throws Exception {
            Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("radcurate-bench");
            spec.commandLine().getOut().println(AnnotationBenchmark.run(reports, work, duringTraining));
            return 0;
        }
    }

    @Command(name = "llm", mixinStandardHelpOptions = true,
            description = "An LLM teacher run over a fresh workspace against a fake server on loopback that answers after "
                    + "a fixed latency; print reports/s against the ideal and the used heap through the run.")
    static final class Llm implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--reports", defaultValue = "10000", description = "Reports (default ${DEFAULT-VALUE}).")
        int reports;

        @Option(names = "--concurrency", defaultValue = "64", description = "Requests in flight (default ${DEFAULT-VALUE}).")
        int concurrency;

        @Option(names = "--latency-ms", defaultValue = "200", description = "Server latency per request (default ${DEFAULT-VALUE}).")
        long latencyMs;

        @Option(names = "--dir", description = "Folder for the generated workspace (default: a temp folder).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("radcurate-bench");
            spec.commandLine().getOut().println(LlmBenchmark.run(reports, concurrency, latencyMs, work).describe());
            return 0;
        }
    }
}
