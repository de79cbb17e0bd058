package org.radcurate.ui.compare;

import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.ScoringScope;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.CompareRequest;
import org.radcurate.service.EvaluationService.Task;
import org.radcurate.service.EvaluationView;
import org.radcurate.ui.common.ViewModelPart;

/**
 * What the user chooses before comparing, validated as it changes. Sources offered are those labelling the
 * gold set's schema; teachers and students are chosen by default, annotators and gold sources are not (an
 * annotator has usually labelled a few reports, and gold against its own snapshot says nothing). The paired
 * test's teacher defaults to the first chosen teacher, the student to the first chosen student (else the first
 * and last chosen sources); the teacher stays chosen while it is ticked, even alone.
 */
@ViewModelPart
public final class CompareInputs {
    public static final String ALL = "all";
    public static final List<String> SPLITS = List.of(ALL, "train", "dev", "test");
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 42;

    private final ObservableList<GoldSet> goldSets = FXCollections.observableArrayList();
    private final ObjectProperty<GoldSet> goldSet = new SimpleObjectProperty<>();
    private final ObjectProperty<String> split = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<UncertaintyPolicy> policy = new SimpleObjectProperty<>(UncertaintyPolicy.U_ZEROS);
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>(Task.LABELS);
    // each source where it has labels: an annotator of 5 of 300 reports is not scored on the other 295
    private final ObjectProperty<ScoringScope> scope = new SimpleObjectProperty<>(ScoringScope.LABELLED);
    private final ObservableList<SourceChoice> sources =
            FXCollections.observableArrayList(c -> new Observable[] {c.chosenProperty()});
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> chosenView = FXCollections.unmodifiableObservableList(chosen);
    private final ObjectProperty<String> teacher = new SimpleObjectProperty<>();
    private final ObjectProperty<String> student = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> resamples = new SimpleObjectProperty<>(DEFAULT_RESAMPLES);
    private final StringProperty seed = new SimpleStringProperty(Long.toString(DEFAULT_SEED));
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("Open a workspace to compare sources.");
    private final ReadOnlyStringWrapper leakage = new ReadOnlyStringWrapper("");
    private java.util.Map<String, String> trainedOn = java.util.Map.of();
    private List<Source> allSources = List.of();
    private boolean open;

    CompareInputs() {
        goldSet.addListener((obs, old, now) -> offerSources());
        sources.addListener((Observable o) -> updateChosen());
        for (Observable o : List.of(split, policy, task, scope, teacher, student, resamples, seed)) {
            o.addListener(x -> validate());
        }
    }

    /** A workspace opened (or closed, with open false): the newest gold set is chosen. */
    void load(List<GoldSet> sets, List<Source> all, boolean isOpen) {
        open = isOpen;
        allSources = List.copyOf(all);
        goldSets.setAll(sets);
        goldSet.set(null);
        goldSet.set(sets.isEmpty() ? null : sets.get(sets.size() - 1));
        validate();
    }

    /**
     * The workspace gained (or lost) gold sets or sources while the screen is open: the lists follow it, keeping
     * the chosen gold set and every box the user ticked or unticked; new sources are ticked by their kind.
     */
    void update(List<GoldSet> sets, List<Source> all) {
        if (!open) {
            load(sets, all, true);
            return;
        }
        allSources = List.copyOf(all);
        GoldSet kept = goldSet.get();
        goldSets.setAll(sets);
        GoldSet next = kept != null && sets.contains(kept) ? kept : sets.isEmpty() ? null : sets.get(sets.size() - 1);
        if (java.util.Objects.equals(next, goldSet.get())) {
            offerSources();
        } else {
            goldSet.set(next); // offers the sources of its schema
        }
        validate();
    }

    private void offerSources() {
        GoldSet g = goldSet.get();
        java.util.Map<String, Boolean> ticked = new java.util.HashMap<>();
        sources.forEach(c -> ticked.put(c.name(), c.isChosen()));
        List<SourceChoice> offered = g == null ? List.of() : allSources.stream()
                .filter(s -> s.schema().equals(g.schema()))
                .map(s -> new SourceChoice(s.name(), s.kind(), ticked.getOrDefault(s.name(), byDefault(s.kind()))))
                .toList();
        if (!offered.stream().map(SourceChoice::name).toList().equals(sources.stream().map(SourceChoice::name).toList())
                || !offered.stream().map(SourceChoice::isChosen).toList().equals(
                        sources.stream().map(SourceChoice::isChosen).toList())) {
            sources.setAll(offered);
        }
    }

    /** Teachers and students are what a comparison is for; annotators and gold are ticked by hand. */
    static boolean byDefault(SourceKind kind) {
        return kind == SourceKind.TEACHER || kind == SourceKind.STUDENT;
    }

    private void updateChosen() {
        List<String> now = sources.stream().filter(SourceChoice::isChosen).map(SourceChoice::name).toList();
        if (!now.equals(chosen)) {
            chosen.setAll(now);
            chooseRoles();
        }
        validate();
    }

    private void chooseRoles() {
        if (chosen.size() < 2) {
            // the teacher the user picked stays while its box is ticked; a test needs a second source
            if (!chosen.contains(teacher.get())) {
                teacher.set(firstOfKind(SourceKind.TEACHER, null).orElse(null));
            }
            student.set(null);
            return;
        }
        Optional<String> firstTeacher = firstOfKind(SourceKind.TEACHER, null);
        // a source kept as "teacher" while it was alone gives way to a real teacher once one is ticked
        if (!chosen.contains(teacher.get()) || kindOf(teacher.get()) != SourceKind.TEACHER && firstTeacher.isPresent()) {
            teacher.set(firstTeacher.orElse(chosen.get(0)));
        }
        if (!chosen.contains(student.get()) || student.get().equals(teacher.get())) {
            student.set(firstOfKind(SourceKind.STUDENT, teacher.get()).orElse(
                    chosen.get(chosen.size() - 1).equals(teacher.get()) ? chosen.get(0) : chosen.get(chosen.size() - 1)));
        }
    }

    private SourceKind kindOf(String name) {
        return sources.stream().filter(c -> c.name().equals(name)).map(SourceChoice::kind).findFirst().orElse(null);
    }

    private Optional<String> firstOfKind(SourceKind kind, String except) {
        return sources.stream().filter(c -> c.isChosen() && c.kind() == kind && !c.name().equals(except))
                .map(SourceChoice::name).findFirst();
    }

    private void validate() {
        validation.set(problem());
        leakage.set(leakage());
    }

    /** Students and the split each trained on ("all" for every report), to warn when scoring overlaps it. */
    void trainedOn(java.util.Map<String, String> splits) {
        trainedOn = java.util.Map.copyOf(splits);
        validate();
    }

    private String leakage() {
        String scored = split.get();
        List<String> overlapping = chosen.stream().filter(trainedOn::containsKey).filter(n -> {
            String trained = trainedOn.get(n);
            return ALL.equals(trained) || ALL.equals(scored) || trained.equals(scored);
        }).toList();
        if (overlapping.isEmpty()) {
            return "";
        }
        String n = overlapping.get(0);
        return n + " learnt from " + (ALL.equals(trainedOn.get(n)) ? "every report" : "the "
                + trainedOn.get(n) + " split") + ", and this comparison scores " + (ALL.equals(scored)
                ? "every report" : "the " + scored + " split") + ": its figures include reports it learnt from. "
                + "Score on a split it did not train on (test).";
    }

    /** A warning when a chosen student is scored on reports it was trained on; else empty. */
    public ReadOnlyStringProperty leakageProperty() {
        return leakage.getReadOnlyProperty();
    }

    private String problem() {
        if (!open) {
            return "Open a workspace to compare sources.";
        }
        if (goldSet.get() == null) {
            return "This workspace has no frozen gold set yet: freeze one in the annotation screen.";
        }
        if (chosen.isEmpty()) {
            return "Choose at least one source to compare.";
        }
        if (task.get() == Task.MULTIPLE_CHOICE && !"chexpert14".equals(goldSet.get().schema())) {
            return "The multiple-choice task needs a chexpert14 gold set.";
        }
        if (resamples.get() == null || resamples.get() < 0) {
            return "Bootstrap resamples must be 0 or more.";
        }
        if (seed().isEmpty()) {
            return "The seed must be a whole number.";
        }
        if (teacher.get() != null && teacher.get().equals(student.get())) {
            return "Choose different sources as teacher and student.";
        }
        return "";
    }

    private Optional<Long> seed() {
        try {
            return Optional.of(Long.parseLong(seed.get().strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    CompareRequest request() {
        Split s = ALL.equals(split.get()) ? null : Split.parse(split.get()).orElseThrow();
        boolean paired = teacher.get() != null && student.get() != null;
        return new CompareRequest(goldSet.get().reference(), s, policy.get(), task.get(), List.copyOf(chosen),
                paired ? teacher.get() : null, paired ? student.get() : null, resamples.get(), seed().orElseThrow(),
                scope.get());
    }

    /** Sets every choice to what produced a shown evaluation, so it can be run again. */
    void restore(EvaluationView v) {
        goldSets.stream().filter(g -> g.reference().equals(v.gold())).findFirst().ifPresent(goldSet::set);
        split.set(v.split());
        policy.set(v.policy());
        task.set(v.task());
        scope.set(v.scope());
        resamples.set(v.resamples());
        seed.set(Long.toString(v.seed()));
        sources.forEach(c -> c.chosenProperty().set(v.sources().contains(c.name())));
        v.verdict().ifPresent(t -> {
            teacher.set(t.teacher());
            student.set(t.student());
        });
    }

    public ObservableList<GoldSet> goldSets() {
        return goldSets;
    }

    public ObjectProperty<GoldSet> goldSetProperty() {
        return goldSet;
    }

    public ObjectProperty<String> splitProperty() {
        return split;
    }

    public ObjectProperty<UncertaintyPolicy> policyProperty() {
        return policy;
    }

    public ObjectProperty<Task> taskProperty() {
        return task;
    }

    /** Which gold reports each source is scored on: those it labelled (the default), or every one. */
    public ObjectProperty<ScoringScope> scopeProperty() {
        return scope;
    }

    /** Every source of the gold set's schema; check one to compare it. */
    public ObservableList<SourceChoice> sources() {
        return sources;
    }

    /** The checked sources, in list order: the teacher and student are chosen among them. */
    public ObservableList<String> chosen() {
        return chosenView;
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

    /** Empty when the choices can be compared; otherwise what to fix. */
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }
}
