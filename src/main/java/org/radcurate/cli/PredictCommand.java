package org.radcurate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radcurate.domain.Source;
import org.radcurate.service.ExportService;
import org.radcurate.service.TrainingService;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Predict with a trained student: file to file (--model DIR --in REPORTS --out PRED.csv, the "
                + "label CSV layout of the label command), or a workspace run (--workspace W --run NAME), stored as "
                + "the student source 'student:NAME' with probabilities."})
final class PredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR", description = "Model folder written by train.")
    Path model;

    @Option(names = "--in", paramLabel = "FILE", description = "Reports to predict.")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Predictions to write (csv or jsonl).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or jsonl (default: from the file name).")
    String format;

    @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", description = "Predict every report of this workspace.")
    Path workspace;

    @Option(names = "--run", paramLabel = "NAME", description = "The workspace run whose model predicts.")
    String run;

    @Override
    public Integer call() throws Exception {
        if (workspace != null) {
            if (run == null) {
                throw new IllegalArgumentException("with --workspace give --run NAME");
            }
            try (CommandWorkspace cw = CommandWorkspace.open(workspace)) {
                WorkspaceSession ws = cw.session();
                Source s = TrainingService.predict(ws, run, new ProgressPrinter(spec.commandLine().getErr()),
                        () -> false);
                spec.commandLine().getOut().println("predictions stored as source " + s.name());
            }
            return 0;
        }
        if (model == null || in == null || out == null) {
            throw new IllegalArgumentException("give --model DIR --in REPORTS --out PRED.csv, or --workspace W --run NAME");
        }
        long n = TrainingService.predictFiles(model, in, out, ExportService.Format.parse(format, out));
        spec.commandLine().getOut().println(out + ": " + n + " reports predicted");
        return 0;
    }
}
