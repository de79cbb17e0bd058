package org.radcurate.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.radcurate.domain.Report;
import org.radcurate.domain.ReportReadOptions;
import org.radcurate.domain.ReportSummary;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.AppPaths;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.ExportService;
import org.radcurate.service.ImportResult;
import org.radcurate.service.JobLane;
import org.radcurate.service.LabelService;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.FileKind;
import org.radcurate.ui.common.JobTracker;
import org.radcurate.ui.common.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state: the open workspace, its report list (filterable), the selected report,
 * and the status of the running job. Commands are methods; no controls are touched here.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private final Settings settings;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final Path sampleWorkspace;
    private final LabelImportDialog labelDialog;
    private final LabelImportForm labelForm;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("RadCurate");
    private final ReadOnlyStringWrapper workspaceName = new ReadOnlyStringWrapper("");
    private final ObservableList<ReportSummary> reports = FXCollections.observableArrayList();
    private final FilteredList<ReportSummary> visibleReports = new FilteredList<>(reports);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Report> selected = new ReadOnlyObjectWrapper<>();
    private final JobTracker job;
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObservableList<String> schemas = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper activeSchema = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<WorkspaceSession> sessionProperty = new ReadOnlyObjectWrapper<>();
    private WorkspaceSession session;

    public MainViewModel(Settings settings, Jobs jobs, Dialogs dialogs, Path sampleWorkspace) {
        this(settings, jobs, dialogs, sampleWorkspace, null);
    }

    /** With the Import Labels dialog; null accepts the form as filled from the file (tests without a toolkit). */
    public MainViewModel(Settings settings, Jobs jobs, Dialogs dialogs, Path sampleWorkspace,
            LabelImportDialog labelDialog) {
        this.labelDialog = labelDialog != null ? labelDialog : form -> true;
        this.labelForm = new LabelImportForm(jobs, (file, schema) -> session.imports().previewLabels(file, schema),
                () -> session.schemaNames());
        this.settings = settings;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.sampleWorkspace = sampleWorkspace;
        this.job = new JobTracker(jobs);
        filter.addListener((obs, old, now) -> applyFilter(now));
    }

    /** Opens the last workspace, or the sample workspace (created on first start). */
    public void start() {
        start(null);
    }

    /**
     * Opens {@code requested} when it is given (a workspace double-clicked in the file manager or
     * passed on the command line), else the last workspace or the sample workspace.
     */
    public void start(Path requested) {
        if (requested != null) {
            open(requested);
            return;
        }
        Optional<Path> last = settings.get(Settings.LAST_WORKSPACE).map(Path::of).filter(Files::isRegularFile);
        if (last.isPresent()) {
            open(last.get());
            return;
        }
        run(JobLane.IMPORT, "Creating the sample workspace…",
                (p, c) -> SampleWorkspace.createIfMissing(sampleWorkspace, p), this::open);
    }

    public void newWorkspace() {
        dialogs.chooseFileToSave("New workspace", "cohort.radcurate", List.of(FileKind.WORKSPACE)).ifPresent(file -> {
            Path target = file.getFileName().toString().contains(".") ? file
                    : file.resolveSibling(file.getFileName() + ".radcurate");
            if (Files.exists(target)) {
                dialogs.showError("New workspace", target + " already exists. Use File > Open to open it.");
                return;
            }
            open(target);
        });
    }

    public void openWorkspace() {
        dialogs.chooseFileToOpen("Open workspace", List.of(FileKind.WORKSPACE, FileKind.ANY)).ifPresent(this::open);
    }

    /** Opens the sample workspace; when this window has it open already it simply stays on it. */
    public void openSampleWorkspace() {
        if (isOpen(sampleWorkspace)) {
            job.setStatus("The sample workspace is open in this window.");
            return;
        }
        run(JobLane.IMPORT, "Opening the sample workspace…",
                (p, c) -> SampleWorkspace.createIfMissing(sampleWorkspace, p), this::open);
    }

    /** Opens a workspace for reading only: it works while another window or process writes it. */
    public void openWorkspaceReadOnly() {
        dialogs.chooseFileToOpen("Open workspace read-only", List.of(FileKind.WORKSPACE, FileKind.ANY))
                .ifPresent(this::openReadOnly);
    }

    public void openReadOnly(Path file) {
        if (mayStopJobsToOpen(file)) {
            openReadOnlyNow(file);
        }
    }

    private void openReadOnlyNow(Path file) {
        job.run("Opening " + file.getFileName() + " read-only…", (p, c) -> WorkspaceSession.openReadOnly(file),
                next -> jobs.stopAll(() -> switchTo(next, file)), error -> {
                    job.setStatus("Could not open " + file.getFileName() + ".");
                    ErrorLog.caught(LOG, "Opening a workspace read-only", error);
                    dialogs.showError("Open workspace", org.radcurate.service.UserMessages.describe(error));
                });
    }

    /** True when this window has that file open, whatever name it is given by (a link, a relative path). */
    private boolean isOpen(Path file) {
        if (session == null) {
            return false;
        }
        try {
            return session.file().equals(file.toAbsolutePath()) || Files.exists(file)
                    && Files.isSameFile(session.file(), file);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens a workspace the operating system asked for while the window is open (on macOS, a file
     * double-clicked in Finder): the same as File > Open, which asks first while a long job runs.
     */
    public void openRequested(Path file) {
        open(file);
    }

    /**
     * Opening another workspace stops the running jobs: while a long one runs, the user is asked first.
     * False when they keep the job (the current workspace stays open).
     */
    private boolean mayStopJobsToOpen(Path file) {
        if (!jobs.longJobsRunning() || dialogs.confirm("Open workspace", "A background job (training, import, "
                + "labelling…) is still running. Opening " + file.getFileName() + " cancels it; what it has committed "
                + "stays, and a training run can be resumed later.", "Cancel the job and open")) {
            return true;
        }
        job.setStatus(file.getFileName() + " was not opened; the job goes on.");
        return false;
    }

    /**
     * Opens (or creates) a workspace, off the UI thread; on failure the current one stays open. The
     * current workspace's long jobs are cancelled and awaited before it is closed.
     */
    public void open(Path file) {
        if (isOpen(file) && !session.readOnly()) {
            job.setStatus(file.getFileName() + " is open in this window.");
            return;
        }
        if (!mayStopJobsToOpen(file)) {
            return;
        }
        job.run("Opening " + file.getFileName() + "…", (p, c) -> WorkspaceSession.open(file),
                next -> jobs.stopAll(() -> switchTo(next, file)), error -> {
                    job.setStatus("Could not open " + file.getFileName() + ".");
                    ErrorLog.caught(LOG, "Opening a workspace", error);
                    if (WorkspaceSession.inUse(error)) {
                        // what the message suggests, offered at once
                        if (dialogs.confirm("Open workspace", org.radcurate.service.UserMessages.describe(error)
                                + "\n\nOpen it read-only here? You can read it; edits and anything else that writes stay off.",
                                "Open read-only")) {
                            openReadOnlyNow(file);
                        }
                        return;
                    }
                    dialogs.showError("Open workspace", org.radcurate.service.UserMessages.describe(error));
                });
    }

    private void switchTo(WorkspaceSession next, Path file) {
        closeSession();
        session = next;
        sessionProperty.set(next);
        workspaceName.set(file.toAbsolutePath().toString());
        title.set("RadCurate — " + file.getFileName() + (next.readOnly() ? " (read-only)" : ""));
        try {
            settings.put(Settings.LAST_WORKSPACE, file.toAbsolutePath().toString());
        } catch (IOException e) {
            ErrorLog.caught(LOG, "Saving settings", e);
            job.setStatus("Could not save settings: " + e.getMessage());
        }
        reload();
        job.setStatus("Opened " + file.getFileName() + (next.readOnly() ? " read-only" : ""));
    }

    public void importReports() {
        if (session == null) {
            return;
        }
        dialogs.chooseFileToOpen("Import reports", List.of(FileKind.REPORTS, FileKind.ANY)).ifPresent(this::importReports);
    }

    public void importReportFolder() {
        if (session == null) {
            return;
        }
        dialogs.chooseFolder("Import a folder of .txt reports").ifPresent(this::importReports);
    }

    public void importReports(Path file) {
        WorkspaceSession s = session;
        run(JobLane.IMPORT, "Importing " + file.getFileName() + "…",
                (p, c) -> s.lane(JobLane.IMPORT).imports().importReports(file, null, ReportReadOptions.defaults(), p, c),
                this::imported);
    }

    public void importLabels() {
        if (session == null) {
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
        WorkspaceSession s = session;
        Path file = form.file();
        String name = form.nameProperty().get().strip();
        SourceKind kind = form.kindProperty().get();
        String schema = form.schemaProperty().get();
        String goldSet = form.freezes() ? form.goldSetNameProperty().get().strip() : null;
        String who = settings.get(Settings.ANNOTATOR).filter(a -> !a.isBlank()).orElse("import");
        run(JobLane.IMPORT, "Importing labels from " + file.getFileName() + "…", (p, c) -> {
            WorkspaceSession lane = s.lane(JobLane.IMPORT);
            ImportResult r = lane.imports().importLabels(file, null, name, kind, lane.schema(schema), null, p, c);
            return java.util.Map.entry(r, goldSet == null ? "" : "; frozen as gold set "
                    + lane.imports().freezeImportedGold(name, goldSet, who).reference() + ": choose it in Compare.");
        }, done -> {
            reload();
            job.setStatus(done.getKey().describe() + done.getValue());
        });
    }

    /** Runs the rule teacher over the workspace in its schema and stores its labels as a teacher source. */
    public void labelWithRuleTeacher() {
        labelWithRuleTeacher(null);
    }

    /** The schemas the rule teacher has a lexicon for. */
    public static List<String> ruleTeacherSchemas() {
        return org.radcurate.domain.BuiltInSchemas.ALL.stream().map(org.radcurate.domain.Schema::name).toList();
    }

    /** Runs the rule teacher in {@code schema} (null: the workspace's schema). */
    public void labelWithRuleTeacher(String schema) {
        if (session == null) {
            return;
        }
        WorkspaceSession s = session;
        run(JobLane.LABEL, "Labelling with the rule teacher" + (schema == null ? "" : " in " + schema) + "…",
                (p, c) -> {
                    WorkspaceSession lane = s.lane(JobLane.LABEL);
                    return LabelService.labelWorkspace(lane, schema == null ? lane.activeSchema()
                            : lane.schema(schema), false, false, List.of(), 0, p, c);
                },
                result -> {
                    reload();
                    job.setStatus(result.describe());
                });
    }

    public void exportReports() {
        if (session == null) {
            return;
        }
        dialogs.chooseFileToSave("Export reports", "reports.csv", List.of(FileKind.REPORTS)).ifPresent(out -> {
            WorkspaceSession s = session;
            run(JobLane.EXPORT, "Exporting reports…", (p, c) -> s.lane(JobLane.EXPORT).exports().exportReports(out,
                    ExportService.Format.parse(null, out)), n -> job.setStatus("Exported " + n + " reports to " + out));
        });
    }

    /** Makes a schema the workspace's: Annotate, Train and the screens' source lists follow it. */
    public void useSchema(String name) {
        WorkspaceSession s = session;
        if (s == null || name == null || name.equals(activeSchema.get())) {
            return;
        }
        run("Using schema " + name + "…", (p, c) -> s.useSchema(name).name(), used -> {
            activeSchema.set(used);
            job.setStatus("The workspace's schema is now " + used + ".");
        });
    }

    /** File > Export Labels: one source's labels to CSV or JSONL (by the file's extension), as the CLI's export. */
    public void exportLabels() {
        WorkspaceSession s = session;
        if (s == null) {
            return;
        }
        jobs.submit((p, c) -> org.radcurate.service.EvaluationService.sources(s).stream()
                .map(org.radcurate.domain.Source::name).toList(), p -> { }, names -> {
                    if (session != s) {
                        return;
                    }
                    if (names.isEmpty()) {
                        dialogs.showInfo("Export labels", "This workspace has no label sources yet.");
                        return;
                    }
                    dialogs.choose("Export labels", "Source:", names, names.get(0)).ifPresent(source ->
                            dialogs.chooseFileToSave("Export labels of " + source, source.replaceAll("[^A-Za-z0-9._-]",
                                    "_") + ".csv", List.of(FileKind.LABELS)).ifPresent(out -> run(JobLane.EXPORT,
                                    "Exporting labels of " + source + "…", (p, c) -> s.lane(JobLane.EXPORT).exports()
                                            .exportLabels(source, out, ExportService.Format.parse(null, out)),
                                    n -> job.setStatus("Exported " + n + " labelled reports of " + source + " to "
                                            + out))));
                }, this::readFailed);
    }

    public void cancel() {
        job.cancel();
    }

    /** Shows a report, read on the interactive lane. */
    public void select(String reportId) {
        WorkspaceSession s = session;
        if (s == null || reportId == null) {
            selected.set(null);
            return;
        }
        jobs.submit((p, c) -> s.report(reportId).orElse(null), p -> { }, report -> {
            if (session == s) {
                selected.set(report);
            }
        }, this::readFailed);
    }

    /** Closes the workspace at once, on this thread (the app is exiting; {@link #quit} has stopped the jobs). */
    public void close() {
        WorkspaceSession closing = session;
        session = null;
        sessionProperty.set(null);
        if (closing != null) {
            closing.close();
        }
    }

    /**
     * Quits: asks first while a long job runs, then cancels every job, waits for it to stop, closes the
     * workspace and runs {@code exit}. Returns false when the user chose to keep the app open.
     */
    public boolean quit(Runnable exit) {
        if (jobs.longJobsRunning() && !dialogs.confirm("Quit RadCurate", "A background job (training, import, "
                + "labelling…) is still running. Quitting cancels it; what it has committed stays, and a training run "
                + "can be resumed later.", "Cancel the job and quit")) {
            return false;
        }
        job.setStatus("Stopping background jobs…");
        jobs.stopAll(() -> closeSession(exit));
        return true;
    }

    private void readFailed(Throwable error) {
        if (!(error instanceof CancellationException)) {
            job.setStatus("Could not read the workspace: " + org.radcurate.service.UserMessages.describe(error));
        }
    }

    private void imported(ImportResult result) {
        reload();
        job.setStatus(inWindow(result.describe()));
    }

    /**
     * The importers speak to the CLI, whose flags a window user cannot pass: their advice is reworded for the
     * window (the file name chooses the layout here, and a MIMIC-CXR folder is recognised by its names).
     */
    static String inWindow(String message) {
        return message.replace("choose one with --layout (csv, jsonl, txt, openi, mimic)",
                "give the file a .csv or .jsonl name, or import a folder of .txt reports with File > Import Report "
                        + "Folder…")
                .replace("or use --layout mimic for the MIMIC-CXR layout",
                        "or choose the MIMIC-CXR folder that holds files/pNN/…/sNNNN.txt, which is recognised");
    }

    private void reload() {
        String annotator = settings.get(Settings.ANNOTATOR).orElse("");
        WorkspaceSession s = session;
        jobs.submit((p, c) -> java.util.Map.entry(s.reportSummaries(annotator),
                java.util.Map.entry(s.schemaNames(), s.activeSchema().name())), p -> { }, read -> {
            if (session != s) {
                return; // another workspace was opened meanwhile
            }
            List<ReportSummary> list = read.getKey();
            schemas.setAll(read.getValue().getKey());
            activeSchema.set(read.getValue().getValue());
            reports.setAll(list);
            applyFilter(filter.get());
            if (!reports.isEmpty() && selected.get() == null) {
                select(reports.get(0).id());
            }
        }, this::readFailed);
    }

    private void applyFilter(String text) {
        String f = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        visibleReports.setPredicate(f.isEmpty() ? null : r -> r.id().toLowerCase(Locale.ROOT).contains(f)
                || r.preview().toLowerCase(Locale.ROOT).contains(f) || r.split().key().equals(f));
        counts.set(f.isEmpty() ? reports.size() + " reports"
                : visibleReports.size() + " of " + reports.size() + " reports");
    }

    private <T> void run(String message, org.radcurate.ui.common.Job<T> work, java.util.function.Consumer<T> done) {
        run(JobLane.INTERACTIVE, message, work, done);
    }

    private <T> void run(JobLane lane, String message, org.radcurate.ui.common.Job<T> work,
            java.util.function.Consumer<T> done) {
        job.run(lane, message, work, done, error -> {
            if (error instanceof CancellationException) {
                job.setStatus("Cancelled; the workspace is unchanged.");
            } else {
                job.setStatus("Failed: " + inWindow(org.radcurate.service.UserMessages.describe(error)));
                ErrorLog.caught(LOG, message, error);
                dialogs.showError("RadCurate", inWindow(org.radcurate.service.UserMessages.describe(error)));
            }
        });
    }

    private void closeSession() {
        closeSession(() -> { });
    }

    /**
     * Screens let go of the session first (they may queue a last read as they do); the session is then
     * closed on the interactive lane, after everything already queued there, and {@code then} runs.
     */
    private void closeSession(Runnable then) {
        WorkspaceSession closing = session;
        session = null;
        sessionProperty.set(null);
        selected.set(null);
        reports.clear();
        if (closing == null) {
            then.run();
            return;
        }
        jobs.submit((p, c) -> {
            closing.close();
            return Boolean.TRUE;
        }, p -> { }, closed -> then.run(), error -> then.run());
    }

    /** The open workspace; other screens follow it. Null while none is open. */
    public ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
        return sessionProperty.getReadOnlyProperty();
    }

    /** Re-reads the report list (after another screen changed statuses or labels). */
    public void refresh() {
        if (session != null) {
            reload();
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspaceNameProperty() {
        return workspaceName.getReadOnlyProperty();
    }

    public ObservableList<ReportSummary> visibleReports() {
        return visibleReports;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<Report> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return job.statusProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return job.busyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    /** The schemas the workspace knows (built-in and its own). */
    public ObservableList<String> schemas() {
        return schemas;
    }

    /** The workspace's schema (the one annotation and training use). */
    public ReadOnlyStringProperty activeSchemaProperty() {
        return activeSchema.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public static Path defaultSampleWorkspace() {
        return AppPaths.sampleWorkspace();
    }
}
