package org.radcurate.ui.compare;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.EvaluationView;
import org.radcurate.service.JobLane;
import org.radcurate.service.OpenEndedComparison;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.JobTracker;
import org.radcurate.ui.common.Jobs;

/**
 * The Compare screen's open-ended task (ICD-10-CM codes): a gold source's codes (frozen gold sets
 * hold labels, not codes), a split, the sources to score (columns), teacher and student for the
 * paired test, resamples and seed; the result is the comparison table's rows (full code and
 * category, micro, with F1 intervals) and the verdict, as {@code llm score} computes them.
 */
public final class OpenEndedViewModel {
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final Jobs jobs;
    private final JobTracker job;
    private final ObservableList<String> goldSources = FXCollections.observableArrayList();
    private final ObjectProperty<String> gold = new SimpleObjectProperty<>();
    private final ObjectProperty<String> split = new SimpleObjectProperty<>("test");
    private final ObservableList<SourceChoice> sources =
            FXCollections.observableArrayList(c -> new Observable[] {c.chosenProperty()});
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<String> teacher = new SimpleObjectProperty<>();
    private final ObjectProperty<String> student = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> resamples = new SimpleObjectProperty<>(CompareInputs.DEFAULT_RESAMPLES);
    private final StringProperty seed = new SimpleStringProperty(Long.toString(CompareInputs.DEFAULT_SEED));
    private final ObservableList<EvaluationView.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No open-ended scores yet.");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper beats = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(false);
    private List<Source> all = List.of();

    public OpenEndedViewModel(ReadOnlyObjectProperty<WorkspaceSession> session, Jobs jobs) {
        this.session = session;
        this.jobs = jobs;
        this.job = new JobTracker(jobs);
        sources.addListener((Observable o) -> updateChosen());
        gold.addListener((obs, old, now) -> offerSources());
        for (Observable o : List.of(gold, chosen, job.busyProperty())) {
            o.addListener(x -> canRun.set(!job.busyProperty().get() && session.get() != null && gold.get() != null
                    && !chosen.isEmpty()));
        }
        session.addListener((obs, old, now) -> load(now));
        load(session.get());
    }

    private void load(WorkspaceSession s) {
        rows.clear();
        columns.clear();
        summary.set("No open-ended scores yet.");
        verdict.set("");
        if (s == null) {
            all = List.of();
            goldSources.clear();
            gold.set(null);
            return;
        }
        jobs.submit((p, c) -> EvaluationService.sources(s), p -> { }, read -> {
            if (session.get() != s) {
                return;
            }
            all = List.copyOf(read);
            goldSources.setAll(read.stream().map(Source::name).toList());
            gold.set(null);
            gold.set(read.stream().filter(x -> x.kind() == SourceKind.GOLD).map(Source::name).findFirst()
                    .orElse(goldSources.isEmpty() ? null : goldSources.get(0)));
        }, e -> job.setStatus("Could not read the sources: " + org.radcurate.service.UserMessages.describe(e)));
    }

    /** Every source but the gold one; teachers and students chosen, the first of each paired. */
    private void offerSources() {
        sources.setAll(all.stream().filter(x -> !x.name().equals(gold.get()))
                .map(x -> new SourceChoice(x.name(), x.kind(), x.kind() != SourceKind.GOLD)).toList());
        teacher.set(first(SourceKind.TEACHER));
        student.set(first(SourceKind.STUDENT));
    }

    private String first(SourceKind kind) {
        return sources.stream().filter(c -> c.isChosen() && c.kind() == kind).map(SourceChoice::name).findFirst()
                .orElse(null);
    }

    private void updateChosen() {
        List<String> now = sources.stream().filter(SourceChoice::isChosen).map(SourceChoice::name).toList();
        if (!now.equals(chosen)) {
            chosen.setAll(now);
            if (!chosen.contains(teacher.get())) {
                teacher.set(null);
            }
            if (!chosen.contains(student.get())) {
                student.set(null);
            }
        }
    }

    /** Scores the chosen sources as a job. */
    public void run() {
        WorkspaceSession s = session.get();
        if (!canRun.get() || s == null) {
            return;
        }
        long seedValue;
        try {
            seedValue = Long.parseLong(seed.get().strip());
        } catch (NumberFormatException e) {
            job.setStatus("The seed is a whole number, not '" + seed.get().strip() + "'.");
            return;
        }
        String g = gold.get();
        List<String> scored = List.copyOf(chosen);
        String t = teacher.get();
        String st = student.get();
        boolean paired = t != null && st != null && !t.equals(st);
        int n = resamples.get() == null ? 0 : resamples.get();
        job.run(JobLane.EVALUATE, "Scoring ICD-10-CM codes of " + scored.size() + " sources against " + g + "…",
                (p, c) -> OpenEndedComparison.compare(s.lane(JobLane.EVALUATE), g, scored, paired ? t : null,
                        paired ? st : null, CompareInputs.ALL.equals(split.get()) ? null
                                : org.radcurate.domain.Split.parse(split.get()).orElseThrow(), n, seedValue),
                this::show, error -> job.setStatus("Failed: " + org.radcurate.service.UserMessages.describe(error)));
    }

    private void show(OpenEndedComparison.Result r) {
        rows.clear(); // the old rows may have fewer cells than the new columns
        columns.setAll(r.sources());
        rows.setAll(r.rows());
        StringBuilder reports = new StringBuilder();
        for (int i = 0; i < r.sources().size(); i++) {
            reports.append(i == 0 ? "" : ", ").append(r.sources().get(i)).append(' ').append(r.reports().get(i));
        }
        summary.set("Open-ended task (ICD-10-CM) against " + r.gold() + "'s codes, split " + r.split()
                + "; reports scored: " + reports + ".");
        r.verdict().ifPresentOrElse(v -> {
            verdict.set(CompareText.verdict(v));
            beats.set(CompareText.beats(v));
        }, () -> {
            verdict.set(r.sources().size() < 2 ? "Score two or more sources to test whether a student beats its teacher."
                    : "No paired test: choose a teacher and a student, with bootstrap resamples.");
            beats.set(false);
        });
        job.setStatus("Scored " + r.sources().size() + (r.sources().size() == 1 ? " source" : " sources") + (resamples.get() > 0 ? " with "
                + resamples.get() + " bootstrap resamples" : "") + ".");
    }

    public void cancel() {
        job.cancel();
    }

    /** Re-reads the sources when nothing is shown (another screen may have added one). */
    public void refresh() {
        if (rows.isEmpty() && !job.busyProperty().get() && session.get() != null) {
            load(session.get());
        }
    }

    public ObservableList<String> goldSources() {
        return goldSources;
    }

    public ObjectProperty<String> goldProperty() {
        return gold;
    }

    public ObjectProperty<String> splitProperty() {
        return split;
    }

    public ObservableList<SourceChoice> sources() {
        return sources;
    }

    public ObservableList<String> chosen() {
        return chosen;
    }

    public ObjectProperty<String> teacherProperty() {
        return teacher;
    }

    public ObjectProperty<String> studentProperty() {
        return student;
    }

    public ObjectProperty<Integer> resamplesProperty() {
        return resamples;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** The table's rows: full code and category, micro. */
    public ObservableList<EvaluationView.Row> rows() {
        return rows;
    }

    /** The table's columns: the scored sources, teacher first and student last when both are chosen. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty beatsProperty() {
        return beats.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
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
}
