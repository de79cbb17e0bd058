package org.radcurate.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.radcurate.domain.ReportSummary;
import org.radcurate.service.AppPaths;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.JobTracker;
import org.radcurate.ui.common.Jobs;

/**
 * The main window's state: the open workspace, its report list (filterable), the selected report,
 * and the status of the running job. Commands are methods; no controls are touched here. Which
 * workspace is open is {@link WorkspaceSwitch}'s part, what the menus do to it {@link WorkspaceCommands}'s.
 */
public final class MainViewModel {
    private final Settings settings;
    private final Jobs jobs;
    private final ShellJobs job;
    private final WorkspaceSwitch workspace;
    private final WorkspaceCommands commands;

    private final ObservableList<ReportSummary> reports = FXCollections.observableArrayList();
    private final FilteredList<ReportSummary> visibleReports = new FilteredList<>(reports);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Report> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObservableList<String> schemas = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper activeSchema = new ReadOnlyStringWrapper("");

    public MainViewModel(Settings settings, Jobs jobs, Dialogs dialogs, Path sampleWorkspace) {
        this(settings, jobs, dialogs, sampleWorkspace, null);
    }

    /** With the Import Labels dialog; null accepts the form as filled from the file (tests without a toolkit). */
    public MainViewModel(Settings settings, Jobs jobs, Dialogs dialogs, Path sampleWorkspace,
            LabelImportDialog labelDialog) {
        this.settings = settings;
        this.jobs = jobs;
        this.job = new ShellJobs(new JobTracker(jobs), dialogs);
        this.workspace = new WorkspaceSwitch(settings, jobs, dialogs, sampleWorkspace, job, (s, file) -> reload(),
                () -> {
                    selected.set(null);
                    reports.clear();
                });
        this.commands = new WorkspaceCommands(workspace::session, settings, jobs, dialogs, job, this::reload,
                activeSchema::get, activeSchema::set, labelDialog != null ? labelDialog : form -> true);
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
        workspace.start(requested);
    }

    public void newWorkspace() {
        workspace.newWorkspace();
    }

    public void openWorkspace() {
        workspace.openWorkspace();
    }

    /** Opens the sample workspace; when this window has it open already it simply stays on it. */
    public void openSampleWorkspace() {
        workspace.openSampleWorkspace();
    }

    /** Opens a workspace for reading only: it works while another window or process writes it. */
    public void openWorkspaceReadOnly() {
        workspace.openWorkspaceReadOnly();
    }

    public void openReadOnly(Path file) {
        workspace.openReadOnly(file);
    }

    /**
     * Opens a workspace the operating system asked for while the window is open (on macOS, a file
     * double-clicked in Finder): the same as File > Open, which asks first while a long job runs.
     */
    public void openRequested(Path file) {
        workspace.open(file);
    }

    /**
     * Opens (or creates) a workspace, off the UI thread; on failure the current one stays open. The
     * current workspace's long jobs are cancelled and awaited before it is closed.
     */
    public void open(Path file) {
        workspace.open(file);
    }

    public void importReports() {
        commands.importReports();
    }

    public void importReportFolder() {
        commands.importReportFolder();
    }

    public void importReports(Path file) {
        commands.importReports(file);
    }

    public void importLabels() {
        commands.importLabels();
    }

    /** Runs the rule teacher over the workspace in its schema and stores its labels as a teacher source. */
    public void labelWithRuleTeacher() {
        commands.labelWithRuleTeacher(null);
    }

    /** The schemas the rule teacher has a lexicon for. */
    public static List<String> ruleTeacherSchemas() {
        return WorkspaceCommands.ruleTeacherSchemas();
    }

    /** Runs the rule teacher in {@code schema} (null: the workspace's schema). */
    public void labelWithRuleTeacher(String schema) {
        commands.labelWithRuleTeacher(schema);
    }

    public void exportReports() {
        commands.exportReports();
    }

    /** Makes a schema the workspace's: Annotate, Train and the screens' source lists follow it. */
    public void useSchema(String name) {
        commands.useSchema(name);
    }

    /** File > Export Labels: one source's labels to CSV or JSONL (by the file's extension), as the CLI's export. */
    public void exportLabels() {
        commands.exportLabels();
    }

    public void cancel() {
        job.tracker().cancel();
    }

    /** Shows a report, read on the interactive lane. */
    public void select(String reportId) {
        WorkspaceSession s = workspace.session();
        if (s == null || reportId == null) {
            selected.set(null);
            return;
        }
        jobs.submit((p, c) -> s.report(reportId).orElse(null), p -> { }, report -> {
            if (workspace.session() == s) {
                selected.set(report);
            }
        }, job::readFailed);
    }

    /** Closes the workspace at once, on this thread (the app is exiting; {@link #quit} has stopped the jobs). */
    public void close() {
        workspace.close();
    }

    /**
     * Quits: asks first while a long job runs, then cancels every job, waits for it to stop, closes the
     * workspace and runs {@code exit}. Returns false when the user chose to keep the app open.
     */
    public boolean quit(Runnable exit) {
        return workspace.quit(exit);
    }

    private void reload() {
        String annotator = settings.get(Settings.ANNOTATOR).orElse("");
        WorkspaceSession s = workspace.session();
        jobs.submit((p, c) -> Map.entry(s.reportSummaries(annotator), Map.entry(s.schemaNames(),
                s.activeSchema().name())), p -> { }, read -> {
                    if (workspace.session() != s) {
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
                }, job::readFailed);
    }

    private void applyFilter(String text) {
        String f = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        visibleReports.setPredicate(f.isEmpty() ? null : r -> r.id().toLowerCase(Locale.ROOT).contains(f)
                || r.preview().toLowerCase(Locale.ROOT).contains(f) || r.split().key().equals(f));
        counts.set(f.isEmpty() ? reports.size() + " reports"
                : visibleReports.size() + " of " + reports.size() + " reports");
    }

    /** The open workspace; other screens follow it. Null while none is open. */
    public ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
        return workspace.sessionProperty();
    }

    /** Re-reads the report list (after another screen changed statuses or labels). */
    public void refresh() {
        if (workspace.session() != null) {
            reload();
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return workspace.titleProperty();
    }

    public ReadOnlyStringProperty workspaceNameProperty() {
        return workspace.workspaceNameProperty();
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
        return job.tracker().statusProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return job.tracker().busyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return job.tracker().progressProperty();
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
