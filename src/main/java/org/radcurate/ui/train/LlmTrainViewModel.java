package org.radcurate.ui.train;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.Progress;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;
import org.radcurate.service.LlmResume;
import org.radcurate.service.JobLane;
import org.radcurate.service.LlmTraining;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.JobHandle;
import org.radcurate.ui.common.Jobs;

/**
 * The Train screen's "LLM (LoRA)" run kind: Build writes an instruction dataset ({@link LlmDatasetForm});
 * run name, instruction dataset, local base model, interpreter (detected venvs and conda envs
 * offered), recipe settings as NAME=VALUE lines; Check says exactly what is missing or where it
 * would run; Start runs the recipe as a job (a run whose name exists resumes), its loss per step
 * charted live; Cancel ends the recipe's process tree. In the run table ({@link LlmRunList}), Resume
 * continues the selected stopped run with what it was started with, and Predict answers a split
 * with a finished run into the student source {@code student:RUN}. Write Slurm script saves the run as a
 * batch script ({@link LlmSlurmForm}); a served model answers a split too ({@link LlmServedForm}).
 */
public final class LlmTrainViewModel {
    /** One logged optimizer step of the chart. */
    public record StepPoint(long step, double loss) {}

    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final Jobs jobs;
    private final StringProperty runName = new SimpleStringProperty("lora-1");
    private final StringProperty dataset = new SimpleStringProperty("");
    private final StringProperty baseModel = new SimpleStringProperty("");
    private final StringProperty python = new SimpleStringProperty("");
    private final StringProperty settings = new SimpleStringProperty("device=auto\nprecision=auto");
    private final ObservableList<String> interpreters = FXCollections.observableArrayList();
    private final ObservableList<StepPoint> steps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canPredict = new ReadOnlyBooleanWrapper(false);
    private final LlmDatasetForm datasetForm;
    private final LlmRunList runList;
    private final LlmSlurmForm slurm;
    private final LlmServedForm served;
    private JobHandle running;

    /** {@code user} is who grants consent for a served model's endpoint (the audit log's name). */
    public LlmTrainViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Jobs jobs, Dialogs dialogs, String user) {
        this.session = session;
        this.jobs = jobs;
        this.datasetForm = new LlmDatasetForm(jobs);
        this.runList = new LlmRunList(session::get, jobs);
        this.slurm = new LlmSlurmForm(jobs, dialogs);
        this.served = new LlmServedForm(session::get, jobs, user, status::set);
        session.addListener((obs, old, now) -> load(now));
        busy.addListener((obs, old, now) -> updateCommands());
        runList.selectedProperty().addListener((obs, old, now) -> {
            updateCommands();
            if (now != null) {
                served.studentProperty().set(now.name());
            }
        });
        load(session.get());
    }

    private void load(WorkspaceSession s) {
        datasetForm.load(s, status::set);
        runList.reload(null, status::set);
        served.updateEndpoint();
    }

    private void updateCommands() {
        Run r = runList.selectedProperty().get();
        boolean idle = !busy.get() && session.get() != null && r != null;
        canResume.set(idle && r.status() != RunStatus.FINISHED && r.status() != RunStatus.RUNNING);
        canPredict.set(idle && r.status() == RunStatus.FINISHED);
    }

    /** Writes the form's instruction dataset (a short job) and makes it the run's dataset. */
    public void buildDataset() {
        datasetForm.build(session.get(), busy, status::set, built -> dataset.set(built.toString()));
    }

    /** Continues the selected stopped run with the dataset, model, interpreter and settings it was started with. */
    public void resume() {
        Run r = runList.selectedProperty().get();
        if (!canResume.get() || r == null) {
            return;
        }
        LlmTraining.Request request;
        try {
            request = LlmResume.request(r);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        runName.set(request.runName());
        dataset.set(request.dataset().toString());
        baseModel.set(request.baseModel().toString());
        if (request.python() != null) {
            python.set(request.python().toString());
        }
        settings.set(SettingLines.format(request.settings()));
        start();
    }

    /** Answers the chosen split with the selected finished run and stores them as {@code student:RUN}. */
    public void predict() {
        if (canPredict.get() && session.get() != null) {
            running = runList.predict(session.get(), busy, status::set, this::onProgress, () -> running = null);
        }
    }

    /** Asks a served model (vLLM with the adapter) about the served form's split; stores student:NAME. */
    public void predictServed() {
        if (!busy.get() && session.get() != null) {
            running = served.predict(session.get(), busy, status::set, this::onProgress, () -> running = null);
        }
    }

    /** Writes the form's run as a Slurm batch script (the Slurm form's GPUs) to a file the user names. */
    public void writeSlurm() {
        int gpus;
        try {
            gpus = slurm.gpus();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        LlmTraining.Request request = request("write the script", LlmSlurmForm.launcher(gpus), gpus);
        if (request != null) {
            slurm.write(request, busy, status::set);
        }
    }

    /** Fills the interpreter list (best first) and picks the first when none is chosen. */
    public void detect() {
        interpreters.setAll(LlmTraining.interpreters().stream().map(Path::toString).toList());
        if (python.get().isBlank() && !interpreters.isEmpty()) {
            python.set(interpreters.get(0));
        }
    }

    /** The settings lines as a map; a line without '=' is an error naming it. */
    Map<String, String> settingsMap() {
        return SettingLines.parse(settings.get());
    }

    private String missingInput() {
        if (session.get() == null) {
            return "open a workspace first";
        }
        if (runName.get().isBlank()) {
            return "give the run a name";
        }
        if (dataset.get().isBlank()) {
            return "choose an instruction dataset (llm dataset writes one)";
        }
        if (baseModel.get().isBlank()) {
            return "choose the base model's folder";
        }
        if (python.get().isBlank()) {
            return "choose a Python interpreter";
        }
        return null;
    }

    /** Asks the interpreter what it can do; the status says where the run would go or what is missing. */
    public void check() {
        LlmTraining.Request r = request("check", "python", 1);
        if (r == null) {
            return;
        }
        busy.set(true);
        status.set("Checking " + r.python() + "…");
        running = jobs.submit(JobLane.TRAIN, "Checking " + r.python(), (p, c) -> LlmTraining.check(r.python(),
                r.settings(), r.baseModel()), p -> { }, device -> {
                    busy.set(false);
                    status.set("Ready: the run would train on " + device + ".");
                }, error -> {
                    busy.set(false);
                    status.set(org.radcurate.service.UserMessages.describe(error));
                });
    }

    /** The form's run, or null with the status saying what is missing ("Cannot VERB: ..."). */
    private LlmTraining.Request request(String verb, String launcher, int processes) {
        String missing = missingInput();
        if (missing != null) {
            status.set("Cannot " + verb + ": " + missing + ".");
            return null;
        }
        try {
            return new LlmTraining.Request(runName.get().strip(), Path.of(dataset.get()), Path.of(baseModel.get()),
                    Path.of(python.get()), settingsMap(), launcher, processes, null);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return null;
        }
    }

    /** Starts (or resumes) the run as a job; its steps fill the chart as they come. */
    public void start() {
        LlmTraining.Request request = request("start", "python", 1);
        if (request == null) {
            return;
        }
        WorkspaceSession ws = session.get();
        steps.clear();
        busy.set(true);
        status.set("Starting " + request.runName() + "…");
        running = jobs.submit(JobLane.TRAIN, "Training " + request.runName(),
                (p, c) -> LlmTraining.train(ws.lane(JobLane.TRAIN), request, p, c), this::onProgress, (Run run) -> {
            busy.set(false);
            running = null;
            status.set("Run " + run.name() + " finished on " + run.device() + "; adapter in "
                    + Path.of(run.artifactDir()).resolve("adapter") + ".");
            runList.reload(run.name(), status::set);
        }, error -> {
            busy.set(false);
            running = null;
            runList.reload(request.runName(), s -> { });
            status.set(error instanceof CancellationException ? "Cancelled " + request.runName()
                    + "; Start with the same name resumes from its last checkpoint." : "Failed: " + org.radcurate.service.UserMessages.describe(error));
        });
    }

    public void cancel() {
        if (running != null) {
            status.set("Cancelling: ending the recipe's processes…");
            running.cancel();
        }
    }

    private void onProgress(Progress p) {
        p.detail(LlmTraining.StepDetail.class).ifPresent(d -> steps.add(new StepPoint(d.step(), d.loss())));
        if (p.message() != null && !p.message().isBlank()) {
            status.set(p.message());
        }
    }

    LlmDatasetForm datasetForm() {
        return datasetForm;
    }

    LlmRunList runList() {
        return runList;
    }

    LlmSlurmForm slurmForm() {
        return slurm;
    }

    LlmServedForm servedForm() {
        return served;
    }

    public ReadOnlyBooleanProperty canResumeProperty() {
        return canResume.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPredictProperty() {
        return canPredict.getReadOnlyProperty();
    }

    public StringProperty runNameProperty() {
        return runName;
    }

    public StringProperty datasetProperty() {
        return dataset;
    }

    public StringProperty baseModelProperty() {
        return baseModel;
    }

    public StringProperty pythonProperty() {
        return python;
    }

    public StringProperty settingsProperty() {
        return settings;
    }

    public ObservableList<String> interpreters() {
        return interpreters;
    }

    public ObservableList<StepPoint> steps() {
        return steps;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
