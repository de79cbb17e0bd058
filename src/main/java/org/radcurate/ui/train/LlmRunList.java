package org.radcurate.ui.train;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Run;
import org.radcurate.domain.Split;
import org.radcurate.service.JobLane;
import org.radcurate.service.LlmTraining;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.JobHandle;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;

/**
 * The LLM pane's run table: the workspace's LoRA runs (read off the UI thread), the one selected,
 * and Predict with what it uses: the split to answer and the inference settings (NAME=VALUE lines).
 */
@ViewModelPart
final class LlmRunList {
    private final Supplier<WorkspaceSession> session;
    private final Jobs jobs;
    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Run> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<String> predictSplit = new SimpleObjectProperty<>("test");
    private final StringProperty predictSettings = new SimpleStringProperty("batch_size=8\nmax_new_tokens=256");

    LlmRunList(Supplier<WorkspaceSession> session, Jobs jobs) {
        this.session = session;
        this.jobs = jobs;
    }

    /** Reads the LoRA runs again and selects the named one (null: none). */
    void reload(String select, Consumer<String> onError) {
        WorkspaceSession s = session.get();
        if (s == null) {
            runs.clear();
            selected.set(null);
            return;
        }
        jobs.submit((p, c) -> LlmTraining.runs(s).stream().filter(r -> r.kind().equals(LlmTraining.KIND)).toList(),
                p -> { }, read -> {
                    if (session.get() != s) {
                        return;
                    }
                    runs.setAll(read);
                    selected.set(read.stream().filter(r -> r.name().equals(select)).findFirst().orElse(null));
                }, e -> onError.accept("Could not read the runs: " + org.radcurate.service.UserMessages.describe(e)));
    }

    /**
     * Answers the chosen split with the selected run as a job and stores them as {@code student:RUN};
     * returns the job (to cancel it), or null when the split or the settings are wrong (status says why).
     */
    JobHandle predict(WorkspaceSession ws, BooleanProperty busy, Consumer<String> status, ProgressListener onProgress,
            Runnable stopped) {
        Run r = selected.get();
        if (r == null) {
            return null;
        }
        Split split;
        Map<String, String> s;
        try {
            split = LlmDatasetForm.split(predictSplit.get());
            s = SettingLines.parse(predictSettings.get());
        } catch (IllegalArgumentException e) {
            status.accept(e.getMessage());
            return null;
        }
        String name = r.name();
        String where = split == null ? "every report" : "the " + split.key() + " split";
        busy.set(true);
        status.accept("Answering " + where + " with " + name + "…");
        return jobs.submit(JobLane.TRAIN, "Predicting with " + name, (p, c) -> LlmTraining.predict(
                ws.lane(JobLane.TRAIN), name, split, null, s, p, c), onProgress, (LlmTraining.Predicted done) -> {
            busy.set(false);
            stopped.run();
            status.accept("Stored the answers for " + done.reports() + " reports of " + where + " as student source "
                    + done.source().name() + " (unreadable: " + done.multipleChoiceFailures() + " multiple-choice, "
                    + done.openEndedFailures() + " open-ended); Compare shows it.");
            reload(name, status);
        }, error -> {
            busy.set(false);
            stopped.run();
            status.accept(error instanceof CancellationException
                    ? "Prediction cancelled; a rerun keeps the answers already written."
                    : "Failed: " + org.radcurate.service.UserMessages.describe(error));
        });
    }

    ObservableList<Run> runs() {
        return runs;
    }

    ObjectProperty<Run> selectedProperty() {
        return selected;
    }

    ObjectProperty<String> predictSplitProperty() {
        return predictSplit;
    }

    StringProperty predictSettingsProperty() {
        return predictSettings;
    }
}
