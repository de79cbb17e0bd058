package org.radcurate.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.ExportService;
import org.radcurate.service.ImportResult;
import org.radcurate.service.JobLane;
import org.radcurate.service.LabelService;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.FileKind;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;

/**
 * What the File and Label menus do to the open workspace: import reports and labels (through the Import
 * Labels form), label with the rule teacher, export reports and labels, choose the workspace's schema. Each
 * is a job on its lane; the report list is re-read after a change ({@code reload}).
 */
@ViewModelPart
final class WorkspaceCommands {
    private final Supplier<WorkspaceSession> session;
    private final Settings settings;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final ShellJobs job;
    private final Runnable reload;
    private final Supplier<String> activeSchema;
    private final Consumer<String> schemaUsed;
    private final LabelImportDialog labelDialog;
    private final LabelImportForm labelForm;

    /**
     * @param activeSchema the workspace's schema as the window last read it
     * @param schemaUsed told the schema the workspace now uses
     */
    WorkspaceCommands(Supplier<WorkspaceSession> session, Settings settings, Jobs jobs, Dialogs dialogs,
            ShellJobs job, Runnable reload, Supplier<String> activeSchema, Consumer<String> schemaUsed,
            LabelImportDialog labelDialog) {
        this.session = session;
        this.settings = settings;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.job = job;
        this.reload = reload;
        this.activeSchema = activeSchema;
        this.schemaUsed = schemaUsed;
        this.labelDialog = labelDialog;
        this.labelForm = new LabelImportForm(jobs, (file, schema) -> session.get().imports().previewLabels(file,
                schema), () -> session.get().schemaNames());
    }

    void importReports() {
        if (session.get() != null) {
            dialogs.chooseFileToOpen("Import reports", List.of(FileKind.REPORTS, FileKind.ANY))
                    .ifPresent(this::importReports);
        }
    }

    void importReportFolder() {
        if (session.get() != null) {
            dialogs.chooseFolder("Import a folder of .txt reports").ifPresent(this::importReports);
        }
    }

    void importReports(Path file) {
        WorkspaceSession s = session.get();
        job.run(JobLane.IMPORT, "Importing " + file.getFileName() + "…",
                (p, c) -> s.lane(JobLane.IMPORT).imports().importReports(file, null, ReportReadOptions.defaults(), p, c),
                result -> {
                    reload.run();
                    job.status(ShellJobs.inWindow(result.describe()));
                });
    }

    void importLabels() {
        if (session.get() == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToOpen("Import labels", List.of(FileKind.LABELS, FileKind.ANY));
        if (file.isEmpty()) {
            return;
        }
        labelForm.load(file.get());
        if (labelDialog.show(labelForm) && labelForm.ready()) {
            importLabels(labelForm);
        }
    }

    /** The form's choices: the label file as a source of its kind in its schema; gold frozen as a gold set if asked. */
    private void importLabels(LabelImportForm form) {
        WorkspaceSession s = session.get();
        Path file = form.file();
        String name = form.nameProperty().get().strip();
        SourceKind kind = form.kindProperty().get();
        String schema = form.schemaProperty().get();
        String goldSet = form.freezes() ? form.goldSetNameProperty().get().strip() : null;
        String who = settings.get(Settings.ANNOTATOR).filter(a -> !a.isBlank()).orElse("import");
        job.run(JobLane.IMPORT, "Importing labels from " + file.getFileName() + "…", (p, c) -> {
            WorkspaceSession lane = s.lane(JobLane.IMPORT);
            ImportResult r = lane.imports().importLabels(file, null, name, kind, lane.schema(schema), null, p, c);
            return Map.entry(r, goldSet == null ? "" : "; frozen as gold set "
                    + lane.imports().freezeImportedGold(name, goldSet, who).reference() + ": choose it in Compare.");
        }, done -> {
            reload.run();
            job.status(done.getKey().describe() + done.getValue());
        });
    }

    /** The schemas the rule teacher has a lexicon for. */
    static List<String> ruleTeacherSchemas() {
        return BuiltInSchemas.ALL.stream().map(Schema::name).toList();
    }

    /** Runs the rule teacher in {@code schema} (null: the workspace's schema). */
    void labelWithRuleTeacher(String schema) {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        job.run(JobLane.LABEL, "Labelling with the rule teacher" + (schema == null ? "" : " in " + schema) + "…",
                (p, c) -> {
                    WorkspaceSession lane = s.lane(JobLane.LABEL);
                    return LabelService.labelWorkspace(lane, schema == null ? lane.activeSchema()
                            : lane.schema(schema), false, false, List.of(), 0, p, c);
                },
                result -> {
                    reload.run();
                    job.status(result.describe());
                });
    }

    void exportReports() {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        dialogs.chooseFileToSave("Export reports", "reports.csv", List.of(FileKind.REPORTS)).ifPresent(out ->
                job.run(JobLane.EXPORT, "Exporting reports…", (p, c) -> s.lane(JobLane.EXPORT).exports()
                        .exportReports(out, ExportService.Format.parse(null, out)),
                        n -> job.status("Exported " + n + " reports to " + out)));
    }

    /** Makes a schema the workspace's: Annotate, Train and the screens' source lists follow it. */
    void useSchema(String name) {
        WorkspaceSession s = session.get();
        if (s == null || name == null || name.equals(activeSchema.get())) {
            return;
        }
        job.run("Using schema " + name + "…", (p, c) -> s.useSchema(name).name(), used -> {
            schemaUsed.accept(used);
            job.status("The workspace's schema is now " + used + ".");
        });
    }

    /** One source's labels to CSV or JSONL (by the file's extension), as the CLI's export. */
    void exportLabels() {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        jobs.submit((p, c) -> EvaluationService.sources(s).stream().map(Source::name).toList(), p -> { }, names -> {
            if (session.get() != s) {
                return;
            }
            if (names.isEmpty()) {
                dialogs.showInfo("Export labels", "This workspace has no label sources yet.");
                return;
            }
            dialogs.choose("Export labels", "Source:", names, names.get(0)).ifPresent(source ->
                    dialogs.chooseFileToSave("Export labels of " + source, source.replaceAll("[^A-Za-z0-9._-]",
                            "_") + ".csv", List.of(FileKind.LABELS)).ifPresent(out -> job.run(JobLane.EXPORT,
                            "Exporting labels of " + source + "…", (p, c) -> s.lane(JobLane.EXPORT).exports()
                                    .exportLabels(source, out, ExportService.Format.parse(null, out)),
                            n -> job.status("Exported " + n + " labelled reports of " + source + " to " + out))));
        }, job::readFailed);
    }
}
