package org.radcurate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.Schema;
import org.radcurate.service.ExportService;
import org.radcurate.service.LabelService;
import org.radcurate.service.Schemas;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Label reports with the rule teacher: file to file (--in, --out), or a whole workspace "
                + "(--workspace), stored as a teacher source named with the labeler's version."})
final class LabelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--schema", defaultValue = "chexpert14", paramLabel = "NAME",
            description = "chexpert14 or nih14 (default ${DEFAULT-VALUE}).")
    String schema;

    @Option(names = "--in", paramLabel = "FILE", description = "Reports to label (any layout import reads).")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Label file to write.")
    Path out;

    @Option(names = {"-w", "--workspace"}, paramLabel = "FILE", description = "Label every report of this workspace.")
    Path workspace;

    @Option(names = "--layout", paramLabel = "LAYOUT", description = "Input layout: csv, jsonl, txt, openi, mimic (detected when omitted).")
    String layout;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output: csv (id plus 1/0/-1/blank per finding) or jsonl (adds evidence and ICD-10-CM codes); "
                    + "from the file name when omitted.")
    String format;

    @Option(names = "--impression-only", description = "Read only the impression section.")
    boolean impressionOnly;

    @Option(names = "--hierarchy", description = "Apply the CheXpert hierarchy (Lung Opacity parent of Edema, "
            + "Consolidation, Pneumonia, Atelectasis, Lung Lesion).")
    boolean hierarchy;

    @Option(names = "--rules", paramLabel = "FILE", description = "Extra rule file (JSON; see docs/labeler.md). Repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N", description = "Threads; 0 = every core (default).")
    int threads;

    @Override
    public Integer call() throws Exception {
        if ((workspace == null) == (in == null)) {
            throw new IllegalArgumentException("give either --in FILE --out FILE, or --workspace FILE");
        }
        if (in != null && out == null) {
            throw new IllegalArgumentException("--in needs --out");
        }
        Schema s = Schemas.require(schema);
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr());
        LabelService.Result result;
        if (workspace != null) {
            try (CommandWorkspace cw = CommandWorkspace.open(workspace)) {
                WorkspaceSession ws = cw.session();
                result = LabelService.labelWorkspace(ws, s, impressionOnly, hierarchy, rules, threads, progress,
                        () -> false);
            }
        } else {
            ReportLayout l = layout == null ? null : ReportLayout.parse(layout).orElseThrow(() ->
                    new IllegalArgumentException("unknown layout '" + layout + "'; use csv, jsonl, txt, openi or mimic"));
            result = LabelService.labelFile(in, l, s, impressionOnly, hierarchy, rules, out,
                    ExportService.Format.parse(format, out), threads, progress);
        }
        spec.commandLine().getOut().println(result.describe());
        return 0;
    }
}
