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
import org.radcurate.service.JobLane;
import org.radcurate.service.LlmTraining;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.JobHandle;
import org.radcurate.ui.common.Jobs;

/**
 * The Train screen's "LLM (LoRA)" run kind: run name, instruction dataset, local base model,
 * interpreter (detected venvs and conda envs offered), recipe settings as NAME=VALUE lines; Check
 * says exactly what is missing or where it would run; Start runs the recipe as a job (a run whose
 * name exists resumes), its loss per step charted live; Cancel ends the recipe's process tree.
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
    private JobHandle running;

    public LlmTrainViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Jobs jobs) {
        this.session = session;
        this.jobs = jobs;
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
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : settings.get().split("\n")) {
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
        }, error -> {
            busy.set(false);
            running = null;
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
