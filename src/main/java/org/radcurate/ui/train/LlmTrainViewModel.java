package org.radcurate.ui.train;

import java.nio.file.Path;
import java.util.LinkedHashMap;
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
import org.radcurate.ui.common.JobHandle;
import org.radcurate.ui.common.Jobs;

/**
 * The Train screen's "LLM (LoRA)" run kind: Build writes an instruction dataset ({@link LlmDatasetForm});
 * run name, instruction dataset, local base model, interpreter (detected venvs and conda envs
 * offered), recipe settings as NAME=VALUE lines; Check says exactly what is missing or where it
 * would run; Start runs the recipe as a job (a run whose name exists resumes), its loss per step
 * charted live; Cancel ends the recipe's process tree. In the run table ({@link LlmRunList}), Resume
 * continues the selected stopped run with what it was started with, and Predict answers a split
 * with a finished run into the student source {@code student:RUN}.
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
    private JobHandle running;

    public LlmTrainViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Jobs jobs) {
        this.session = session;
        this.jobs = jobs;
        this.datasetForm = new LlmDatasetForm(jobs);
        this.runList = new LlmRunList(session::get, jobs);
        session.addListener((obs, old, now) -> load(now));
        busy.addListener((obs, old, now) -> updateCommands());
        runList.selectedProperty().addListener((obs, old, now) -> updateCommands());
        load(session.get());
    }

    private void load(WorkspaceSession s) {
        datasetForm.load(s, status::set);
        runList.reload(null, status::set);
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
        StringBuilder lines = new StringBuilder();
        request.settings().forEach((k, v) -> lines.append(lines.isEmpty() ? "" : "\n").append(k).append('=').append(v));
        settings.set(lines.toString());
        start();
    }

    /** Answers the chosen split with the selected finished run and stores them as {@code student:RUN}. */
    public void predict() {
        if (canPredict.get() && session.get() != null) {
            running = runList.predict(session.get(), busy, status::set, this::onProgress, () -> running = null);
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
        return parseSettings(settings.get());
    }

    static Map<String, String> parseSettings(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a setting is NAME=VALUE, not '" + l + "'");
            }
            out.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
        }
        return out;
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
        String missing = missingInput();
        if (missing != null) {
            status.set("Cannot check: " + missing + ".");
            return;
        }
        Map<String, String> s;
        try {
            s = settingsMap();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        busy.set(true);
        status.set("Checking " + python.get() + "…");
        running = jobs.submit(JobLane.TRAIN, "Checking " + python.get(), (p, c) -> LlmTraining.check(Path.of(python.get()), s, Path.of(baseModel.get())),
                p -> { }, device -> {
                    busy.set(false);
                    status.set("Ready: the run would train on " + device + ".");
                }, error -> {
                    busy.set(false);
                    status.set(org.radcurate.service.UserMessages.describe(error));
                });
    }

    /** Starts (or resumes) the run as a job; its steps fill the chart as they come. */
    public void start() {
        String missing = missingInput();
        if (missing != null) {
            status.set("Cannot start: " + missing + ".");
            return;
        }
        WorkspaceSession ws = session.get();
        LlmTraining.Request request;
        try {
            request = new LlmTraining.Request(runName.get().strip(), Path.of(dataset.get()), Path.of(baseModel.get()),
                    Path.of(python.get()), settingsMap(), "python", 1, null);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
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
