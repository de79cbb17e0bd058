package org.radcurate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.radcurate.service.ExportService;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the workspace's reports, or one source's labels, to CSV or JSONL.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv or jsonl (default: from the file name, else csv).")
    String format;

    @Option(names = "--source", paramLabel = "NAME",
            description = "Export this source's labels (CheXpert-style CSV: id plus 1/0/-1/blank per finding).")
    String source;

    @Override
    public Integer call() throws Exception {
        try (WorkspaceSession ws = WorkspaceSession.openReadOnly(workspace.file)) {
            ExportService service = ws.exports();
            ExportService.Format f = ExportService.Format.parse(format, out);
            long n = source == null ? service.exportReports(out, f) : service.exportLabels(source, out, f);
            spec.commandLine().getOut().println(out + ": " + n + (source == null ? " reports" : " reports' labels"));
        }
        return 0;
    }
}
