package org.radcurate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radcurate.service.ImportBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks behind docs/benchmarks.md.",
        subcommands = {BenchCommand.Import.class})
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
}
