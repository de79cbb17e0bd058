package org.radcurate.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.EvaluationRecord;
import org.radcurate.domain.WorkspaceChange;
import org.radcurate.service.CompareRequest;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.JobLane;
import org.radcurate.service.EvaluationView;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.FileKind;
import org.radcurate.ui.common.JobTracker;
import org.radcurate.ui.common.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Compare screen's state: what to compare (in {@link CompareInputs}), the running comparison, the
 * result's rows and verdict, the stored evaluations, and the errors behind a selected cell.
 */
public final class CompareViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CompareViewModel.class);
    /** How the verdict reads: no test, the student beats the teacher, or no evidence that it does. */
    public enum VerdictKind { NONE, BEATS, NO_EVIDENCE }

    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final Dialogs dialogs;
    private final CompareInputs inputs = new CompareInputs();
    private final ErrorListViewModel errors;
    private final LearningCurveViewModel learningCurve;
    private final OpenEndedViewModel openEnded;

    private final JobTracker job;
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(false);

    private final ReadOnlyObjectWrapper<EvaluationView> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<EvaluationView.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No comparison yet.");
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<VerdictKind> verdictKind = new ReadOnlyObjectWrapper<>(VerdictKind.NONE);
    private final ObservableList<EvaluationRecord> history = FXCollections.observableArrayList();
    private final ObservableList<EvaluationView.Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<EvaluationRecord> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper readOnlyNotice = new ReadOnlyStringWrapper("");
    private final Jobs jobs;

    public CompareViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Jobs jobs, Dialogs dialogs,
            Consumer<String> openReport) {
        this.session = session;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.job = new JobTracker(jobs);
        this.errors = new ErrorListViewModel(session::get, jobs, dialogs, openReport);
        this.learningCurve = new LearningCurveViewModel(session, jobs, dialogs);
        this.openEnded = new OpenEndedViewModel(session, jobs);
        session.addListener((obs, old, now) -> load(now));
        // a source predicted in Train, a gold set frozen in Annotate: the lists follow at once
        org.radcurate.ui.common.WorkspaceChanges.follow(session, jobs, changes -> {
            if (changes.contains(WorkspaceChange.SOURCES) || changes.contains(WorkspaceChange.GOLD_SETS)
                    || changes.contains(WorkspaceChange.EVALUATIONS) || changes.contains(WorkspaceChange.SCHEMA)) {
                refresh();
            }
        });
        inputs.validationProperty().addListener((obs, old, now) -> updateCanRun());
        job.busyProperty().addListener((obs, old, now) -> updateCanRun());
        result.addListener((obs, old, now) -> canExport.set(now != null));
        load(session.get());
    }

    private void load(WorkspaceSession s) {
        clearResult();
        // said before anything is run: a comparison on a workspace another window writes is not stored
        readOnlyNotice.set(s != null && s.readOnly() ? CompareText.READ_ONLY : "");
        if (s == null) {
            history.clear();
            inputs.load(List.of(), List.of(), false);
        } else {
            // read on the interactive lane, never on the UI thread
            jobs.submit((p, c) -> new Object[] {EvaluationService.history(s), EvaluationService.goldSets(s),
                    EvaluationService.sources(s), trainedOn(s)}, p -> { }, read -> {
                if (session.get() == s) {
                    history.setAll(cast(read[0]));
                    inputs.load(cast(read[1]), cast(read[2]), true);
                    inputs.trainedOn(castMap(read[3]));
                }
            }, e -> job.setStatus("Could not read the workspace: " + org.radcurate.service.UserMessages.describe(e)));
        }
        job.setStatus("");
    }

    /** Each student source's training split key ("all" when it trained on every report); read off the UI thread. */
    private static Map<String, String> trainedOn(WorkspaceSession s) {
        Map<String, String> out = new java.util.HashMap<>();
        for (org.radcurate.domain.Run run : org.radcurate.service.TrainingService.runs(s)) {
            org.radcurate.service.TrainingService.Request r = org.radcurate.service.TrainingService.request(run);
            if (r.teacher() != null) {
                out.put(org.radcurate.service.TrainingService.STUDENT_PREFIX + run.name(),
                        r.split() == null ? CompareInputs.ALL : r.split().key());
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> castMap(Object map) {
        return (Map<String, String>) map;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }

    /**
     * Re-reads gold sets, sources and stored evaluations (another screen or job may have added one), keeping
     * what is shown and chosen.
     */
    public void refresh() {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        jobs.submit((p, c) -> new Object[] {EvaluationService.history(s), EvaluationService.goldSets(s),
                EvaluationService.sources(s), trainedOn(s)}, p -> { }, read -> {
            if (session.get() == s) {
                history.setAll(cast(read[0]));
                inputs.update(cast(read[1]), cast(read[2]));
                inputs.trainedOn(castMap(read[3]));
            }
        }, e -> job.setStatus("Could not read the workspace: " + org.radcurate.service.UserMessages.describe(e)));
    }

    /**
     * Runs the comparison as a job; the evaluation is stored and appears in the history, except on a workspace
     * opened read-only, where it is scored and shown but not stored.
     */
    public void run() {
        WorkspaceSession s = session.get();
        if (!canRun.get() || s == null) {
            return;
        }
        CompareRequest request;
        try {
            request = inputs.request();
        } catch (IllegalArgumentException e) {
            ErrorLog.rejected(LOG, "Compare", e);
            dialogs.showError("Compare", e.getMessage());
            return;
        }
        job.run(JobLane.EVALUATE, "Comparing " + request.sources().size() + " sources against " + request.goldSet()
                + "…", (p, c) -> {
                    EvaluationView v = EvaluationService.evaluate(s.lane(JobLane.EVALUATE), request, p, c);
                    return Map.entry(v, EvaluationService.history(s.lane(JobLane.EVALUATE)));
                }, read -> {
            EvaluationView view = read.getKey();
            history.setAll(read.getValue());
            show(view);
            job.setStatus(view.stored() ? "Stored as evaluation #" + view.evaluationId() + "."
                    : "Scored, not stored: the workspace is open read-only.");
        }, error -> {
            if (error instanceof CancellationException) {
                job.setStatus("Cancelled; nothing was stored.");
            } else {
                job.setStatus("Failed: " + org.radcurate.service.UserMessages.describe(error));
                ErrorLog.caught(LOG, "Compare", error);
                dialogs.showError("Compare", org.radcurate.service.UserMessages.describe(error));
            }
        });
    }

    public void cancel() {
        job.cancel();
    }

    /** Shows a stored evaluation again and restores the choices that produced it. */
    public void showStored(EvaluationRecord record) {
        EvaluationView shown = result.get();
        if (record == null || shown != null && shown.evaluationId() == record.id()) {
            return;
        }
        EvaluationView view;
        try {
            view = EvaluationService.show(record);
        } catch (IllegalArgumentException e) {
            ErrorLog.caught(LOG, "Showing stored evaluation #" + record.id(), e);
            dialogs.showError("Stored evaluation #" + record.id(), e.getMessage());
            return;
        }
        show(view);
        inputs.restore(view);
        job.setStatus("Showing stored evaluation #" + record.id() + ".");
    }

    /** Lists the reports behind one cell's false positives and false negatives. */
    public void selectCell(EvaluationView.Row row, String source) {
        errors.show(result.get(), row, source);
    }

    public void exportCsv() {
        export("csv", "CSV table");
    }

    public void exportJson() {
        export("json", "JSON");
    }

    public void exportHtml() {
        export("html", "HTML report");
    }

    private void export(String ext, String description) {
        EvaluationView v = result.get();
        if (v == null) {
            return;
        }
        String name = CompareText.name(v);
        dialogs.chooseFileToSave("Export " + name, "evaluation-" + (v.stored() ? v.evaluationId() : "not-stored")
                + "." + ext, List.of(new FileKind(description, List.of("*." + ext)))).ifPresent(chosen -> {
                    Path out = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + ext)
                            ? chosen : chosen.resolveSibling(chosen.getFileName() + "." + ext);
                    // on the export lane: an HTML report also reads the workspace's time ledger
                    WorkspaceSession s = session.get();
                    job.run(JobLane.EXPORT, "Exporting " + name + "…", (p, c) -> {
                        EvaluationService.export(s == null ? null : s.lane(JobLane.EXPORT), v, out);
                        return out;
                    }, done -> job.setStatus("Exported " + name + " to " + done), e -> {
                        ErrorLog.caught(LOG, "Exporting " + name, e);
                        dialogs.showError("Export", "Could not write " + out + ": " + org.radcurate.service.UserMessages.describe(e));
                    });
                });
    }

    private void show(EvaluationView v) {
        result.set(v);
        rows.setAll(v.rows());
        summary.set(CompareText.summary(v));
        coverage.set(String.join(" · ", v.coverage()));
        errors.clear();
        v.verdict().ifPresentOrElse(t -> {
            verdict.set(CompareText.verdict(t));
            verdictKind.set(CompareText.beats(t) ? VerdictKind.BEATS : VerdictKind.NO_EVIDENCE);
        }, () -> {
            verdict.set(v.sources().size() < 2
                    ? "Compare two or more sources to test whether a student beats its teacher."
                    : "No paired test: it needs bootstrap resamples.");
            verdictKind.set(VerdictKind.NONE);
        });
    }

    private void clearResult() {
        result.set(null);
        rows.clear();
        summary.set("No comparison yet.");
        coverage.set("");
        verdict.set("");
        verdictKind.set(VerdictKind.NONE);
        errors.clear();
    }

    private void updateCanRun() {
        canRun.set(!job.busyProperty().get() && session.get() != null && inputs.validationProperty().get().isEmpty());
    }

    /** The choices: gold set, split, policy, task, sources, teacher and student, resamples and seed. */
    public CompareInputs inputs() {
        return inputs;
    }

    public ErrorListViewModel errors() {
        return errors;
    }

    /** The learning-curve tab: sweeps over sample counts and learning rates. */
    public LearningCurveViewModel learningCurve() {
        return learningCurve;
    }

    /** The open-ended tab: ICD-10-CM codes against a gold source, as {@code llm score}. */
    public OpenEndedViewModel openEnded() {
        return openEnded;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return job.busyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return job.progressProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return job.statusProperty();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    /** What Compare says up front on a workspace opened read-only (it scores without storing); else empty. */
    public ReadOnlyStringProperty readOnlyNoticeProperty() {
        return readOnlyNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EvaluationView> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The table's rows: one per finding, then micro and macro. */
    public ObservableList<EvaluationView.Row> rows() {
        return rowsView;
    }

    /** Per source: gold reports, predicted reports, reports in common and reports scored. */
    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VerdictKind> verdictKindProperty() {
        return verdictKind.getReadOnlyProperty();
    }

    /** Stored evaluations, oldest first. */
    public ObservableList<EvaluationRecord> history() {
        return historyView;
    }
}
