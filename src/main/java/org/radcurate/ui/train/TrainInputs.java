package org.radcurate.ui.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.service.TrainingService;
import org.radcurate.ui.common.ViewModelPart;

/**
 * What to train: run name, teacher (a teacher source or the gold source), the split of the training reports,
 * the preset and every hyperparameter as editable text. Validation is live; {@link #request()} builds what
 * {@link TrainingService#train} takes.
 */
@ViewModelPart
public final class TrainInputs {
    /** Split choices; "all" trains on every report the teacher labels. */
    public static final List<String> SPLITS = List.of("all", "train", "dev", "test");
    /** Gold choices before the frozen gold sets: none, or the working gold. */
    public static final String NO_GOLD = "none";
    /** Held-out choices: "auto" keeps test out when gold is used. */
    public static final List<String> HELD_OUT = List.of("auto", "train", "dev", "test");
    private static final String PRESET = "preset";
    private static final String INIT = "init";

    private final StringProperty runName = new SimpleStringProperty("");
    private final ObservableList<String> teachers = FXCollections.observableArrayList();
    private final ObjectProperty<String> teacher = new SimpleObjectProperty<>();
    private final ObjectProperty<String> split = new SimpleObjectProperty<>("all");
    private final ObjectProperty<String> preset = new SimpleObjectProperty<>(TrainingService.presets().get(0));
    private final ObservableList<ParameterRow> parameters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper leakage = new ReadOnlyStringWrapper("");
    private final StringProperty encoder = new SimpleStringProperty("");
    private final ObservableList<String> golds = FXCollections.observableArrayList(NO_GOLD);
    private final ObjectProperty<String> gold = new SimpleObjectProperty<>(NO_GOLD);
    private final ObjectProperty<String> heldOut = new SimpleObjectProperty<>("auto");
    private boolean workspaceOpen;
    private boolean hasSplits;

    TrainInputs() {
        runName.addListener((obs, old, now) -> validate());
        teacher.addListener((obs, old, now) -> validate());
        preset.addListener((obs, old, now) -> loadPreset(now));
        split.addListener((obs, old, now) -> warnOfLeakage());
        encoder.addListener((obs, old, now) -> useEncoder(now));
        loadPreset(preset.get());
    }

    /**
     * Starts the run from a pretrained encoder's folder (blank: the workspace's own encoder). A folder on a
     * preset made for training from scratch switches to the pretrained preset, whose rate and epochs suit it.
     */
    private void useEncoder(String folder) {
        String f = folder == null ? "" : folder.strip();
        if (!f.isEmpty() && !TrainingService.PRETRAINED_PRESET.equals(preset.get())) {
            preset.set(TrainingService.PRETRAINED_PRESET);
        }
        parameter(INIT).filter(r -> !r.value().equals(f)).ifPresent(r -> r.valueProperty().set(f));
    }

    /** Offers "none", the working gold and the frozen gold sets as labels that override the teacher's. */
    void loadGold(List<String> goldSets) {
        String keep = gold.get();
        golds.setAll(NO_GOLD, TrainingService.WORKING_GOLD);
        golds.addAll(goldSets);
        gold.set(golds.contains(keep) ? keep : NO_GOLD);
    }

    /**
     * Offers the teachers and gold sources of the workspace's active schema (the student learns its findings);
     * keeps the chosen teacher when it is still there.
     */
    void load(List<Source> sources, String schema, boolean open) {
        load(sources, schema, open, false, false);
    }

    /**
     * As above; {@code opened} when this is a newly opened workspace: on one with a train split (or once one
     * appears) the form trains on it, so Compare's test reports stay unseen.
     */
    void load(List<Source> sources, String schema, boolean open, boolean withSplits, boolean opened) {
        workspaceOpen = open;
        boolean splitsAppeared = withSplits && !hasSplits;
        hasSplits = withSplits;
        // a workspace opened, or reports with splits imported into one that had none: train on the train split
        if (opened || splitsAppeared) {
            split.set(withSplits ? "train" : "all");
        }
        warnOfLeakage();
        List<String> names = sources.stream().filter(s -> s.kind() == SourceKind.TEACHER
                && s.schema().equals(schema)).map(Source::name).toList();
        List<String> gold = sources.stream().filter(s -> s.kind() == SourceKind.GOLD && s.schema().equals(schema))
                .map(Source::name).toList();
        List<String> all = new java.util.ArrayList<>(names);
        all.addAll(gold);
        String keep = teacher.get();
        // one change, and none when the list is the same: replacing the teachers and then adding the gold source left
        // the box's selection empty (its value kept) whenever the gold source was the chosen teacher
        if (!teachers.equals(all)) {
            teachers.setAll(all);
        }
        teacher.set(all.contains(keep) ? keep : all.isEmpty() ? null : all.get(0));
        validate();
    }

    private void loadPreset(String name) {
        if (name == null) {
            return;
        }
        parameters.setAll(TrainingService.parameters(name).entrySet().stream()
                .filter(e -> !e.getKey().equals(PRESET)).map(e -> {
                    ParameterRow row = new ParameterRow(e.getKey(), e.getValue());
                    row.valueProperty().addListener((obs, old, now) -> validate());
                    if (row.name().equals(INIT)) {
                        // the folder field and the table's init row show the same value
                        row.valueProperty().addListener((obs, old, now) -> encoder.set(now == null ? "" : now));
                    }
                    return row;
                }).toList());
        parameter(INIT).ifPresent(r -> r.valueProperty().set(encoder.get() == null ? "" : encoder.get().strip()));
        validate();
    }

    /** Fills the form with what started a stored run (to resume it with the same data and config). */
    void restore(TrainingService.Request request) {
        runName.set(request.runName());
        if (request.teacher() != null && teachers.contains(request.teacher())) {
            teacher.set(request.teacher());
        }
        if (request.teacher() != null) {
            split.set(request.split() == null ? "all" : request.split().key());
        }
        String p = request.parameters().get(PRESET);
        if (p != null && TrainingService.presets().contains(p)) {
            preset.set(p);
        }
        for (ParameterRow row : parameters) {
            String v = request.parameters().get(row.name());
            if (v != null) {
                row.valueProperty().set(v);
            }
        }
        gold.set(request.gold() != null && golds.contains(request.gold()) ? request.gold() : NO_GOLD);
        heldOut.set(request.heldOut() == null ? "auto" : request.heldOut().key());
    }

    /** The edited value of one hyperparameter. */
    public Optional<ParameterRow> parameter(String name) {
        return parameters.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The preset plus every hyperparameter, as text. */
    public Map<String, String> parameterValues() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(PRESET, preset.get());
        parameters.forEach(r -> out.put(r.name(), r.value().strip()));
        return out;
    }

    /** The training request; throws IllegalArgumentException with the validation message when incomplete. */
    TrainingService.Request request() {
        validate();
        if (!validation.get().isEmpty()) {
            throw new IllegalArgumentException(validation.get());
        }
        Split s = "all".equals(split.get()) ? null : Split.parse(split.get()).orElse(null);
        String g = NO_GOLD.equals(gold.get()) ? null : gold.get();
        Split held = "auto".equals(heldOut.get()) ? null : Split.parse(heldOut.get()).orElse(null);
        return new TrainingService.Request(runName.get().strip(), teacher.get(), s, parameterValues(), g, held);
    }

    private void validate() {
        if (!workspaceOpen) {
            validation.set("Open a workspace to train a student.");
        } else if (teachers.isEmpty()) {
            validation.set("The workspace has no teacher labels yet: run a labeler first.");
        } else if (runName.get() == null || runName.get().isBlank()) {
            validation.set("Name the run.");
        } else if (teacher.get() == null) {
            validation.set("Choose the teacher to learn from.");
        } else {
            validation.set(TrainingService.check(parameterValues()).orElse(""));
        }
    }

    private void warnOfLeakage() {
        String s = split.get();
        leakage.set(!hasSplits || "train".equals(s) || "dev".equals(s) ? ""
                : ("all".equals(s) ? "All reports include the test split" : "The test split is")
                        + " what Compare and the learning curve score on: a student trained on it is scored on "
                        + "reports it learnt from. Train on the train split to keep them apart.");
    }

    /** A warning when the training reports include the test split of a workspace that has splits; else empty. */
    public ReadOnlyStringProperty leakageProperty() {
        return leakage.getReadOnlyProperty();
    }

    public StringProperty runNameProperty() {
        return runName;
    }

    public ObservableList<String> teachers() {
        return teachers;
    }

    public ObjectProperty<String> teacherProperty() {
        return teacher;
    }

    public ObjectProperty<String> splitProperty() {
        return split;
    }

    public List<String> presets() {
        return TrainingService.presets();
    }

    /** The pretrained encoder's folder ("" = train the workspace's own encoder from scratch). */
    public StringProperty encoderProperty() {
        return encoder;
    }

    public ObservableList<String> golds() {
        return golds;
    }

    /** Gold labels that override the teacher's: {@value #NO_GOLD}, the working gold or a gold set. */
    public ObjectProperty<String> goldProperty() {
        return gold;
    }

    /** The split the student will be scored on, kept out of training ("auto": test when gold is used). */
    public ObjectProperty<String> heldOutProperty() {
        return heldOut;
    }

    public ObjectProperty<String> presetProperty() {
        return preset;
    }

    /** Every hyperparameter of the preset, editable; changing the preset resets them. */
    public ObservableList<ParameterRow> parameters() {
        return parameters;
    }

    /** Why the form cannot start a run, or empty. */
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }
}
