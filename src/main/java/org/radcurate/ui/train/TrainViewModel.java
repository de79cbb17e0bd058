package org.radcurate.ui.train;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressDetail;
import org.radcurate.domain.RunStatus;
import org.radcurate.domain.Source;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.JobLane;
import org.radcurate.service.TrainingService;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.JobHandle;
import org.radcurate.ui.common.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Train screen's state: the form ({@link TrainInputs}), the device, the running job with its live epochs,
 * and the workspace's runs. Start trains (a run whose name exists resumes from its checkpoint), Cancel stops
 * at the next batch, Resume continues the selected run with its stored teacher, split and config, Predict
 * stores the selected finished run's predictions as its student source.
 */
public final class TrainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TrainViewModel.class);
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final TrainInputs inputs = new TrainInputs();

    private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper("");
    private final TrainRuns runs;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canPredict = new ReadOnlyBooleanWrapper(false);
    private JobHandle running;
    private final LlmTrainViewModel llm;

    public TrainViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Jobs jobs, Dialogs dialogs) {
        this.session = session;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.runs = new TrainRuns(session::get, jobs);
        this.llm = new LlmTrainViewModel(session, jobs, dialogs, System.getProperty("user.name", "unknown"));
        session.addListener((obs, old, now) -> load(now));
        // a teacher labelled or imported elsewhere, a schema chosen, reports split: the form follows at once
        org.radcurate.ui.common.WorkspaceChanges.follow(session, jobs, changes -> {
            if (changes.contains(org.radcurate.domain.WorkspaceChange.SOURCES)
                    || changes.contains(org.radcurate.domain.WorkspaceChange.SCHEMA)
                    || changes.contains(org.radcurate.domain.WorkspaceChange.REPORTS)) {
                readSources(session.get(), false);
            }
        });
        inputs.validationProperty().addListener((obs, old, now) -> updateCommands());
        busy.addListener((obs, old, now) -> updateCommands());
        device.addListener((obs, old, now) -> runs.updateLive(now));
        runs.selectedProperty().addListener((obs, old, now) -> updateCommands());
        load(session.get());
    }

    private void load(WorkspaceSession s) {
        runs.clear();
        status.set("");
        if (s == null) {
            inputs.load(List.of(), "", false);
            return;
        }
        // sources and schema are read on the interactive lane, never on the UI thread
        readSources(s, true);
        runs.reload(null, () -> {
            if (inputs.runNameProperty().get().isBlank()) {
                inputs.runNameProperty().set("student-" + (runs.runs().size() + 1));
            }
        });
        if (device.get().isEmpty()) {
            // loading the engine takes a moment: off the UI thread, once
            jobs.submit(JobLane.TRAIN, "Loading the training engine", (p, c) -> TrainingService.device(), p -> { },
                    device::set,
                    e -> device.set("cpu: the training engine did not load (" + e.getMessage() + ")"));
        }
    }

    /** Sources, gold sets, schema and splits, read on the interactive lane, never on the UI thread. */
    private void readSources(WorkspaceSession s, boolean opened) {
        jobs.submit((p, c) -> new Object[] {EvaluationService.sources(s), s.activeSchema().name(),
                s.reportsBySplit().getOrDefault("train", 0L) > 0, EvaluationService.goldSets(s).stream()
                        .map(org.radcurate.domain.GoldSet::reference).toList()}, p -> { }, read -> {
                    if (session.get() == s) {
                        @SuppressWarnings("unchecked")
                        List<org.radcurate.domain.Source> sources = (List<org.radcurate.domain.Source>) read[0];
                        inputs.load(sources, (String) read[1], true, (Boolean) read[2], opened);
                        @SuppressWarnings("unchecked")
                        List<String> golds = (List<String>) read[3];
                        inputs.loadGold(golds);
                    }
                }, e -> status.set("Could not read the workspace: " + org.radcurate.service.UserMessages.describe(e)));
    }

    /** Asks for a pretrained encoder's folder (config.json, model.safetensors, tokenizer.json or vocab.txt) to start from. */
    public void chooseEncoder() {
        dialogs.chooseFolder("Pretrained encoder folder").ifPresent(p -> inputs.encoderProperty().set(p.toString()));
    }

    /** Trains the form's run as a job; the chart follows its epochs. */
    public void start() {
        WorkspaceSession s = session.get();
        if (!canStart.get() || s == null) {
            return;
        }
        TrainingService.Request request;
        try {
            request = inputs.request();
        } catch (IllegalArgumentException e) {
            ErrorLog.rejected(LOG, "Training", e);
            dialogs.showError("Train", e.getMessage());
            return;
        }
        String name = request.runName();
        boolean resumes = runs.find(name) != null;
        busy.set(true);
        progress.set(-1);
        progressText.set("");
        status.set((resumes ? "Resuming " : "Starting ") + name + "…");
        runs.startLive(name, device.get());
        running = jobs.submit(JobLane.TRAIN, "Training " + name, (p, c) -> TrainingService.train(
                s.lane(JobLane.TRAIN), request, p, c), this::onProgress, run -> finish(run.name(), () -> {
            RunRow row = runs.find(run.name());
            status.set("Run " + run.name() + " finished after " + row.epochs() + " epochs; best validation micro-F1 "
                    + TrainText.f1(row.bestValidationF1()) + ".");
        }), error -> finish(name, () -> {
            if (error instanceof CancellationException) {
                RunRow row = runs.find(name);
                status.set(row == null || row.run().id() == 0 ? "Cancelled before " + name + " started."
                        : "Cancelled " + name + " after epoch " + row.epochs()
                        + "; Resume continues from its last checkpoint.");
            } else {
                status.set("Failed: " + org.radcurate.service.UserMessages.describe(error));
                ErrorLog.caught(LOG, "Training run " + name, error);
                dialogs.showError("Train " + name, org.radcurate.service.UserMessages.describe(error));
            }
        }));
    }

    /** Continues the selected run with the teacher, split and config it was started with. */
    public void resume() {
        RunRow row = runs.selectedProperty().get();
        if (!canResume.get() || row == null) {
            return;
        }
        try {
            inputs.restore(TrainingService.request(row.run()));
        } catch (IllegalArgumentException e) {
            ErrorLog.rejected(LOG, "Resuming run " + row.name(), e);
            dialogs.showError("Resume " + row.name(), e.getMessage());
            return;
        }
        start();
    }

    public void cancel() {
        if (running != null) {
            status.set("Cancelling at the next batch…"); // before: the job may report "cancelled" at once
            running.cancel();
        }
    }

    /** Stores the selected finished run's predictions (states and probabilities) as its student source. */
    public void predict() {
        WorkspaceSession s = session.get();
        RunRow row = runs.selectedProperty().get();
        if (!canPredict.get() || s == null || row == null) {
            return;
        }
        String name = row.name();
        busy.set(true);
        progress.set(-1);
        status.set("Predicting every report with " + name + "…");
        running = jobs.submit(JobLane.TRAIN, "Predicting with " + name,
                (p, c) -> TrainingService.predict(s.lane(JobLane.TRAIN), name, p, c), this::onProgress, (Source source) -> finish(name,
                () -> status.set("Stored the predictions as student source " + source.name()
                        + "; Annotate and Compare show it.")), error -> finish(name, () -> {
            if (error instanceof CancellationException) {
                status.set("Prediction cancelled; nothing was stored.");
            } else {
                status.set("Failed: " + org.radcurate.service.UserMessages.describe(error));
                ErrorLog.caught(LOG, "Predicting with run " + name, error);
                dialogs.showError("Predict " + name, org.radcurate.service.UserMessages.describe(error));
            }
        }));
    }

    private void onProgress(Progress p) {
        if (!busy.get()) {
            return; // a cancelled job may report until it reaches its next batch
        }
        // epochs carry a detail, so the runner delivers every one, in order
        epoch(p).ifPresent(runs::add);
        if (!busy.get()) {
            return; // an epoch listener cancelled the job
        }
        if (p.total() > 0) {
            progress.set(p.fraction());
            progressText.set(TrainText.step(p.step(), p.total(), p.detail(ProgressDetail.Batch.class)
                    .map(ProgressDetail.Batch::eta).orElse(null)));
        }
        if (p.message() != null && !p.message().isBlank()) {
            status.set(p.message());
        }
    }

    /** An epoch line of {@link TrainingService#train}'s progress, as a chart point. */
    private static java.util.Optional<EpochPoint> epoch(Progress p) {
        return p.detail(ProgressDetail.Epoch.class).map(e -> new EpochPoint(e.epoch(), e.loss(), e.validationMicroF1()));
    }

    /** The job has stopped: the runs are read again, then {@code then} says how it ended. */
    private void finish(String runName, Runnable then) {
        running = null;
        runs.reload(runName, () -> {
            busy.set(false);
            progress.set(0);
            progressText.set("");
            then.run();
        });
    }

    private void updateCommands() {
        RunRow row = runs.selectedProperty().get();
        boolean idle = !busy.get() && session.get() != null;
        canStart.set(idle && inputs.validationProperty().get().isEmpty());
        // LoRA runs are listed here too, but resumed and predicted in the "LLM (LoRA)" tab
        boolean builtIn = row != null && row.run().kind().equals(TrainingService.KIND);
        canResume.set(idle && builtIn && row.run().id() != 0 && row.status() != RunStatus.FINISHED);
        canPredict.set(idle && builtIn && row.status() == RunStatus.FINISHED);
    }

    /** The "LLM (LoRA)" run kind's state. */
    public LlmTrainViewModel llm() {
        return llm;
    }

    public TrainInputs inputs() {
        return inputs;
    }

    /** Where training runs and why, as {@link TrainingService#device()} says it ("" until known). */
    public ReadOnlyStringProperty deviceProperty() {
        return device.getReadOnlyProperty();
    }

    /** The workspace's runs, oldest first. */
    public ObservableList<RunRow> runs() {
        return runs.runs();
    }

    /** The run chosen in the table; its stored timeline fills the chart. */
    public ObjectProperty<RunRow> selectedRunProperty() {
        return runs.selectedProperty();
    }

    /** The charted epochs: the running run's as they finish, else the selected run's timeline. */
    public ObservableList<EpochPoint> epochs() {
        return runs.epochs();
    }

    /** What the chart shows: run name, status and device. */
    public ReadOnlyStringProperty chartTitleProperty() {
        return runs.titleProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Fraction of the run's steps done, -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "step 12 of 80 · ETA 0:35" while a run trains. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResumeProperty() {
        return canResume.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPredictProperty() {
        return canPredict.getReadOnlyProperty();
    }
}
