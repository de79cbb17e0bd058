package org.radcurate.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ReportLayout;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.Schema;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.ingest.SchemaFiles;
import org.radcurate.persistence.Workspace;
import org.radcurate.service.ImportResult;
import org.radcurate.service.ImportService;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import reports, or with --source a label file, into a workspace.",
                "Each file is one transaction: a bad row leaves the workspace as it was."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to import.")
    List<Path> files;

    @Option(names = "--layout", paramLabel = "LAYOUT",
            description = "Reports: csv, jsonl, txt, openi, mimic. Labels: chexpert, label-csv, label-jsonl. "
                    + "Detected when omitted.")
    String layout;

    @Option(names = "--id-column", paramLabel = "NAME", description = "Column or field holding the report id (default id; labels: id or filename).")
    String idColumn;

    @Option(names = "--text-column", paramLabel = "NAME", description = "Column or field holding the full report text.")
    String textColumn;

    @Option(names = "--section-columns", split = ",", paramLabel = "NAMES",
            description = "Columns holding sections, e.g. indication,comparison,findings,impression.")
    List<String> sectionColumns;

    @Option(names = "--split-column", paramLabel = "NAME", description = "Column holding train/dev/test (default split).")
    String splitColumn;

    @Option(names = "--split", paramLabel = "SPLIT", description = "Split for reports that name none: train, dev, test, none.")
    String split;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset name (default: the file name).")
    String dataset;

    @Option(names = "--source", paramLabel = "NAME", description = "Import a label file as this named source.")
    String source;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "teacher",
            description = "Kind of the label source: teacher, student, annotator, gold (default ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--schema", paramLabel = "NAME", defaultValue = "chexpert14",
            description = "Schema of the label file (default ${DEFAULT-VALUE}).")
    String schema;

    @Option(names = "--replace-gold",
            description = "Allow a gold label file over a gold source that already holds labels; every changed "
                    + "label is written to the audit log.")
    boolean replaceGold;

    @Option(names = "--schema-file", paramLabel = "FILE", description = "Add a custom schema (JSON) to the workspace first.")
    Path schemaFile;

    @Override
    public Integer call() throws Exception {
        try (CommandWorkspace cw = CommandWorkspace.open(workspace.file)) {
            WorkspaceSession ws = cw.session();
            if (schemaFile != null) {
                Schema custom = ws.addSchemaFile(schemaFile);
                spec.commandLine().getOut().println("schema " + custom.name() + " added");
            }
            ImportService service = ws.imports();
            for (Path file : files) {
                ImportResult result = source == null ? importReports(service, file) : importLabels(service, ws, file);
                spec.commandLine().getOut().println(result.describe());
            }
        }
        return 0;
    }

    private ImportResult importReports(ImportService service, Path file) throws Exception {
        ReportLayout l = layout == null ? null : ReportLayout.parse(layout).orElseThrow(() ->
                new IllegalArgumentException("unknown report layout '" + layout + "'; use csv, jsonl, txt, openi or mimic"));
        Split s = split == null ? Split.NONE : Split.parse(split).orElseThrow(() ->
                new IllegalArgumentException("unknown split '" + split + "'"));
        ReportReadOptions options = new ReportReadOptions(idColumn, textColumn, sectionColumns, splitColumn, s, dataset);
        return service.importReports(file, l, options, new ProgressPrinter(spec.commandLine().getErr()), () -> false);
    }

    private ImportResult importLabels(ImportService service, WorkspaceSession ws, Path file) throws Exception {
        LabelLayout l = layout == null ? null : LabelLayout.parse(layout).orElseThrow(() ->
                new IllegalArgumentException("unknown label layout '" + layout + "'; use chexpert, label-csv or label-jsonl"));
        SourceKind k;
        try {
            k = SourceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + kind + "'; use teacher, student, annotator or gold");
        }
        return service.importLabels(file, l, source, k, ws.schema(schema), idColumn, replaceGold,
                new ProgressPrinter(spec.commandLine().getErr()), () -> false);
    }
}
