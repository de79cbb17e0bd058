package org.radcurate.ui.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.Progress;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.JobLane;
import org.radcurate.service.SweepPoint;
import org.radcurate.service.SweepRequest;
import org.radcurate.service.SweepService;
import org.radcurate.service.TrainingService;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.JobHandle;
import org.radcurate.ui.common.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learning-curve tab: a sweep's choices (teacher and its split, gold set and the split it scores on, sample
 * counts, learning rates, the student kind: the built-in student's preset with extra parameters, or an LLM's
 * LoRA options in {@link LlmSweepInputs}; seed), the running sweep, and the points: every
 * stored sweep run's latest score, plus each new point as soon as it is scored.
 */
public final class LearningCurveViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LearningCurveViewModel.class);
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final Jobs jobs;
    private final Dialogs dialogs;

    private final ObservableList<String> teachers = FXCollections.observableArrayList();
    private final ObjectProperty<String> teacher = new SimpleObjectProperty<>();
    private final ObjectProperty<String> trainingSplit = new SimpleObjectProperty<>("train");
    private final ObservableList<GoldSet> goldSets = FXCollections.observableArrayList();
    private final ObjectProperty<GoldSet> goldSet = new SimpleObjectProperty<>();
    private final ObjectProperty<String> evaluationSplit = new SimpleObjectProperty<>("test");
    private final StringProperty sampleCounts = new SimpleStringProperty("100,200,300");
    private final StringProperty learningRates = new SimpleStringProperty("3e-4,1e-4");
    private final ObjectProperty<String> preset = new SimpleObjectProperty<>(TrainingService.presets().get(0));
    private final StringProperty parameters = new SimpleStringProperty("");
    private final StringProperty seed = new SimpleStringProperty("42");
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("");
    private final LlmSweepInputs llm = new LlmSweepInputs();
    private final ReadOnlyStringWrapper leakage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper needsSplit = new ReadOnlyBooleanWrapper(false);

    private final ObservableList<SweepPoint> points = FXCollections.observableArrayList();
    private final ObservableList<SweepPoint> pointsView = FXCollections.unmodifiableObservableList(points);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(false);
    private JobHandle running;

    public LearningCurveViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Jobs jobs, Dialogs dialogs) {
        this.session = session;
        this.jobs = jobs;
        this.dialogs = dialogs;
        session.addListener((obs, old, now) -> load(now));
        // a gold set frozen or a teacher labelled elsewhere shows up at once (not mid-sweep: points arrive by progress)
        org.radcurate.ui.common.WorkspaceChanges.follow(session, jobs, changes -> {
            if (!busy.get() && (changes.contains(org.radcurate.domain.WorkspaceChange.SOURCES)
                    || changes.contains(org.radcurate.domain.WorkspaceChange.GOLD_SETS)
                    || changes.contains(org.radcurate.domain.WorkspaceChange.SCHEMA)
                    || changes.contains(org.radcurate.domain.WorkspaceChange.REPORTS))) {
                load(session.get());
            }
        });
        for (javafx.beans.Observable o : List.of(teacher, goldSet, sampleCounts, learningRates, preset, parameters,
                seed, busy, trainingSplit, evaluationSplit, llm.kindProperty(), llm.baseModelProperty(),
                llm.settingsProperty(), llm.inferenceProperty())) {
            o.addListener(x -> validate());
        }
        load(session.get());
    }

    private void load(WorkspaceSession s) {
        if (s == null) {
            show(List.of(), "", List.of(), List.of());
            return;
        }
        // read on the interactive lane, never on the UI thread
        jobs.submit((p, c) -> {
            String schema = s.activeSchema().name();
            List<Source> teachers = new java.util.ArrayList<>(s.sources(SourceKind.TEACHER, schema));
            teachers.addAll(s.sources(SourceKind.GOLD, schema));
            return new Object[] {teachers, schema, EvaluationService.goldSets(s), SweepService.stored(s),
                    s.reportsBySplit().getOrDefault("train", 0L) == 0 && s.reportsBySplit().getOrDefault("none", 0L) > 0};
        }, p -> { }, read -> {
                    if (session.get() == s) {
                        show(cast(read[0]), (String) read[1], cast(read[2]), cast(read[3]));
                        needsSplit.set((Boolean) read[4]);
                        validate();
                    }
                }, e -> status.set("Could not read the workspace: " + org.radcurate.service.UserMessages.describe(e)));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object list) {
        return (List<T>) list;
    }

    private void show(List<Source> sources, String schema, List<GoldSet> sets, List<SweepPoint> stored) {
        String keep = teacher.get();
        // teachers, then the working gold, of the active schema (read by the one sources query)
        teachers.setAll(sources.stream().map(Source::name).toList());
        teacher.set(teachers.contains(keep) ? keep : teachers.isEmpty() ? null : teachers.get(0));
        GoldSet keptGold = goldSet.get();
        goldSets.setAll(sets);
        goldSet.set(keptGold != null && sets.contains(keptGold) ? keptGold : goldSets.isEmpty() ? null : goldSets.get(goldSets.size() - 1));
        points.setAll(stored);
        status.set(points.isEmpty() ? "" : "Showing " + points.size() + " stored sweep points.");
        validate();
    }

    /** Runs the sweep as a job; each point joins the chart once it is scored. */
    public void run() {
        WorkspaceSession s = session.get();
        if (!canRun.get() || s == null) {
            return;
        }
        SweepRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            ErrorLog.rejected(LOG, "Learning curve", e);
            dialogs.showError("Learning curve", e.getMessage());
            return;
        }
        busy.set(true);
        progress.set(-1);
        status.set("Sweeping " + request.size() + " runs…");
        org.radcurate.service.LlmSweep.Options lora = llm.isLlm() ? llm.options() : null;
        running = jobs.submit(JobLane.TRAIN, "Learning curve: " + request.size() + (lora != null ? " LLM" : "") + " runs",
                (p, c) -> lora != null ? SweepService.runLlm(s.lane(JobLane.TRAIN), request, lora, p, c)
                        : SweepService.run(s.lane(JobLane.TRAIN), request, p, c), this::onProgress, done -> finish(s, () -> status.set("Swept " + done.size() + " runs; micro-F1 against " + request.goldSet() + " on "
                    + CompareText.split(request.evaluationSplit() == null ? "all" : request.evaluationSplit().key())
                    .toLowerCase(java.util.Locale.ROOT) + ".")), error -> finish(s, () -> {
            if (error instanceof CancellationException) {
                status.set("Cancelled; the points scored so far are stored.");
            } else {
                status.set("Failed: " + org.radcurate.service.UserMessages.describe(error));
                ErrorLog.caught(LOG, "Learning curve sweep", error);
                dialogs.showError("Learning curve", org.radcurate.service.UserMessages.describe(error));
            }
        }));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void onProgress(Progress p) {
        if (!busy.get()) {
            return; // a cancelled sweep may report until it reaches its next batch
        }
        // finished points carry a detail, so the runner delivers every one, in order
        SweepService.point(p).ifPresent(this::show);
        if (!busy.get()) {
            return; // a points listener cancelled the sweep
        }
        progress.set(p.fraction());
        status.set(p.message());
    }

    private void show(SweepPoint point) {
        points.removeIf(old -> old.runName().equals(point.runName()));
        points.add(point);
    }

    private void finish(WorkspaceSession s, Runnable then) {
        running = null;
        jobs.submit((p, c) -> SweepService.stored(s), p -> { }, stored -> {
            busy.set(false);
            progress.set(0);
            points.setAll(stored);
            then.run();
        }, e -> {
            busy.set(false);
            progress.set(0);
            then.run();
        });
    }

    SweepRequest request() {
        List<Integer> counts = SweepParsing.counts(sampleCounts.get());
        List<Double> rates = SweepParsing.rates(learningRates.get());
        Map<String, String> base = new LinkedHashMap<>();
        base.put("preset", preset.get());
        base.putAll(SweepParsing.parameters(parameters.get()));
        long s = SweepParsing.seed(seed.get());
        GoldSet gold = goldSet.get();
        SweepRequest r = new SweepRequest(teacher.get(), split(trainingSplit.get()),
                gold == null ? null : gold.reference(), split(evaluationSplit.get()), counts, rates, base, s);
        if (llm.isLlm()) {
            llm.options(); // the LoRA recipe checks its own settings when a run starts
            return r;
        }
        Map<String, String> first = new LinkedHashMap<>(base);
        first.put("maxSamples", counts.get(0).toString());
        first.put("learningRate", rates.get(0).toString());
        first.put("seed", Long.toString(s));
        TrainingService.check(first).ifPresent(m -> {
            throw new IllegalArgumentException(m);
        });
        return r;
    }

    /** Gives the reports a seeded 80/10/10 train/dev/test split, so the sweep trains and scores on different ones. */
    public void makeSeededSplit() {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        long seedValue = parseSeed();
        jobs.submit((p, c) -> s.makeSeededSplit(seedValue), p -> { }, n -> {
            needsSplit.set(false);
            trainingSplit.set("train");
            evaluationSplit.set("test");
            status.set("Split " + n + " reports into train, dev and test (80/10/10, seed " + seedValue + ").");
            validate();
        }, e -> status.set("Could not split the reports: " + org.radcurate.service.UserMessages.describe(e)));
    }

    private long parseSeed() {
        try {
            return Long.parseLong(seed.get().strip());
        } catch (RuntimeException e) {
            return 42;
        }
    }

    /** True when the workspace has no split yet: the sweep would train and score on the same reports. */
    public ReadOnlyBooleanProperty needsSplitProperty() {
        return needsSplit.getReadOnlyProperty();
    }

    /** A warning when the sweep's training reports overlap the reports it is scored on; else empty. */
    public ReadOnlyStringProperty leakageProperty() {
        return leakage.getReadOnlyProperty();
    }

    private void warnOfLeakage() {
        String t = trainingSplit.get();
        String e = evaluationSplit.get();
        boolean overlap = needsSplit.get() || "all".equals(t) || "all".equals(e) || java.util.Objects.equals(t, e);
        leakage.set(!overlap ? "" : needsSplit.get()
                ? "This workspace has no train/dev/test split, so every point would be scored on reports it learnt "
                        + "from. Make a seeded split first."
                : "The training reports overlap the reports the points are scored on: each point's micro-F1 "
                        + "includes reports it learnt from. Train on train and score on test.");
    }

    private void validate() {
        warnOfLeakage();
        if (session.get() == null) {
            validation.set("Open a workspace to sweep.");
        } else {
            try {
                request();
                validation.set("");
            } catch (IllegalArgumentException e) {
                validation.set(e.getMessage());
            }
        }
        canRun.set(!busy.get() && session.get() != null && validation.get().isEmpty());
    }

    private static Split split(String key) {
        return key == null || key.equals("all") ? null : Split.parse(key).orElse(null);
    }

    /** The student kind (built-in or LLM) and the LoRA runs' options. */
    LlmSweepInputs llm() {
        return llm;
    }

    public ObservableList<String> teachers() {
        return teachers;
    }

    public ObjectProperty<String> teacherProperty() {
        return teacher;
    }

    /** Reports the students learn from: all, train, dev or test. */
    public ObjectProperty<String> trainingSplitProperty() {
        return trainingSplit;
    }

    public ObservableList<GoldSet> goldSets() {
        return goldSets;
    }

    public ObjectProperty<GoldSet> goldSetProperty() {
        return goldSet;
    }

    /** Reports the students are scored on: all, train, dev or test. */
    public ObjectProperty<String> evaluationSplitProperty() {
        return evaluationSplit;
    }

    /** Comma-separated sample counts, e.g. "100,200,300". */
    public StringProperty sampleCountsProperty() {
        return sampleCounts;
    }

    /** Comma-separated learning rates, e.g. "3e-4,1e-4". */
    public StringProperty learningRatesProperty() {
        return learningRates;
    }

    public List<String> presets() {
        return TrainingService.presets();
    }

    public ObjectProperty<String> presetProperty() {
        return preset;
    }

    /** Other hyperparameters over the preset, e.g. "epochs=5, layers=1". */
    public StringProperty parametersProperty() {
        return parameters;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    /** Every plotted point; the chart draws one line per learning rate. */
    public ObservableList<SweepPoint> points() {
        return pointsView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }
}
