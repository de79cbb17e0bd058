package org.radcurate.ui.train;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;
import org.radcurate.service.TrainingService;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;

/**
 * The runs table and the chart's epochs: the selected run's stored timeline, or while a run trains ("live")
 * its epochs as they finish, whatever is selected.
 */
@ViewModelPart
final class TrainRuns {
    private final Supplier<WorkspaceSession> session;
    private final Jobs jobs;
    /** Each run's stored timeline as chart points, read with the runs (never on the UI thread). */
    private Map<Long, List<EpochPoint>> timelines = Map.of();
    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ObservableList<RunRow> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ObjectProperty<RunRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<EpochPoint> epochs = FXCollections.observableArrayList();
    private final ObservableList<EpochPoint> epochsView = FXCollections.unmodifiableObservableList(epochs);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private boolean live;
    private String liveName;

    TrainRuns(Supplier<WorkspaceSession> session, Jobs jobs) {
        this.session = session;
        this.jobs = jobs;
        selected.addListener((obs, old, now) -> {
            if (now != null && !live) {
                show(now.run());
            }
        });
        clear();
    }

    void clear() {
        runs.clear();
        timelines = Map.of();
        epochs.clear();
        title.set("No run selected: start one, or choose a run below.");
    }

    /**
     * Reads the runs again (on the interactive lane), selects the named one (null: none), whose timeline
     * then fills the chart, and runs {@code then}.
     */
    void reload(String select, Runnable then) {
        live = false;
        WorkspaceSession s = session.get();
        if (s == null) {
            then.run();
            return;
        }
        jobs.submit((p, c) -> {
            Map<Long, List<EpochPoint>> read = new HashMap<>();
            List<RunRow> rows = TrainingService.runs(s).stream().map(r -> {
                Map<Integer, Map<String, Double>> timeline = TrainingService.timeline(s, r.id());
                read.put(r.id(), points(timeline));
                return RunRow.of(r, timeline);
            }).toList();
            return Map.entry(rows, read);
        }, p -> { }, result -> {
            if (session.get() != s) {
                return;
            }
            timelines = result.getValue();
            runs.setAll(result.getKey());
            RunRow row = select == null ? null : find(select);
            selected.set(null);
            selected.set(row);
            then.run();
        }, error -> then.run());
    }

    void reload(String select) {
        reload(select, () -> { });
    }

    /**
     * A run starts: the chart shows its stored epochs (when it resumes) and follows it; its row shows it as
     * running until {@link #reload} reads the stored record again.
     */
    void startLive(String name, String device) {
        RunRow existing = find(name);
        epochs.setAll(existing == null ? List.of() : points(existing.run().id()));
        live = true;
        liveName = name;
        Run base = existing != null ? existing.run()
                : new Run(0, name, TrainingService.KIND, "{}", device, RunStatus.RUNNING, "", 0, Instant.now());
        RunRow row = new RunRow(new Run(base.id(), name, base.kind(), base.configJson(), device, RunStatus.RUNNING,
                base.artifactDir(), base.studentSourceId(), base.createdAt()),
                existing == null ? 0 : existing.epochs(), existing == null ? Double.NaN : existing.bestValidationF1());
        if (existing == null) {
            runs.add(row);
        } else {
            runs.set(runs.indexOf(existing), row);
        }
        selected.set(row);
        updateLive(device);
    }

    /** An epoch of the live run (a resumed epoch replaces what followed it). */
    void add(EpochPoint e) {
        epochs.removeIf(old -> old.epoch() >= e.epoch());
        epochs.add(e);
        RunRow row = live ? find(liveName) : null;
        if (row != null) {
            replace(row, new RunRow(row.run(), epochs.size(), epochs.stream().mapToDouble(EpochPoint::validationMicroF1)
                    .filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN)));
        }
    }

    /** The device became known (it is detected in the background) while a run trains. */
    void updateLive(String device) {
        RunRow row = live ? find(liveName) : null;
        if (row == null) {
            return;
        }
        title.set(liveName + " · training on the " + TrainText.where(device));
        Run r = row.run();
        replace(row, new RunRow(new Run(r.id(), r.name(), r.kind(), r.configJson(), device, r.status(),
                r.artifactDir(), r.studentSourceId(), r.createdAt()), row.epochs(), row.bestValidationF1()));
    }

    private void replace(RunRow old, RunRow now) {
        boolean wasSelected = old.equals(selected.get());
        runs.set(runs.indexOf(old), now);
        if (wasSelected) {
            selected.set(now);
        }
    }

    RunRow find(String name) {
        RunRow found = null;
        for (RunRow r : runs) {
            if (r.name().equals(name)) {
                found = r;
            }
        }
        return found;
    }

    private void show(Run run) {
        if (run.id() == 0) {
            return;
        }
        epochs.setAll(points(run.id()));
        title.set(run.name() + " · " + TrainText.status(run.status()).toLowerCase(Locale.ROOT)
                + (run.device().isBlank() ? "" : " · " + TrainText.where(run.device())));
    }

    private List<EpochPoint> points(long runId) {
        return timelines.getOrDefault(runId, List.of());
    }

    private static List<EpochPoint> points(Map<Integer, Map<String, Double>> timeline) {
        return timeline.entrySet().stream()
                .map(e -> new EpochPoint(e.getKey(), e.getValue().getOrDefault("loss", Double.NaN),
                        e.getValue().getOrDefault("validationMicroF1", Double.NaN))).toList();
    }

    ObservableList<RunRow> runs() {
        return runsView;
    }

    ObjectProperty<RunRow> selectedProperty() {
        return selected;
    }

    ObservableList<EpochPoint> epochs() {
        return epochsView;
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
