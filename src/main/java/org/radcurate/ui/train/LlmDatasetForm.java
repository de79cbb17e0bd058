package org.radcurate.ui.train;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.radcurate.domain.Source;
import org.radcurate.domain.Split;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.LlmDatasets;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;

/**
 * The LLM pane's instruction-dataset builder, the window's {@code llm dataset}: a source (a teacher
 * or gold) and a split, how many open-ended and multiple-choice records ("all": one per labelled
 * report), the seed, the folder and the file stem. What it built becomes the run's dataset.
 */
@ViewModelPart
final class LlmDatasetForm {
    /** The split choices, as the CLI spells them; "all" is every report. */
    static final List<String> SPLITS = List.of("train", "dev", "test", "all");

    private final Jobs jobs;
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObjectProperty<String> source = new SimpleObjectProperty<>();
    private final ObjectProperty<String> split = new SimpleObjectProperty<>("train");
    private final StringProperty openEnded = new SimpleStringProperty("all");
    private final StringProperty multipleChoice = new SimpleStringProperty("all");
    private final StringProperty seed = new SimpleStringProperty("42");
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("joint");

    LlmDatasetForm(Jobs jobs) {
        this.jobs = jobs;
    }

    /** A workspace was opened: its sources (read off the UI thread) and a folder beside it. */
    void load(WorkspaceSession s, Consumer<String> onError) {
        sources.clear();
        if (s == null) {
            return;
        }
        folder.set(s.file().toAbsolutePath() + ".datasets");
        jobs.submit((p, c) -> EvaluationService.sources(s).stream().map(Source::name).toList(), p -> { }, names -> {
            sources.setAll(names);
            if (source.get() == null || !names.contains(source.get())) {
                source.set(names.isEmpty() ? null : names.get(0));
            }
        }, e -> onError.accept("Could not read the sources: " + org.radcurate.service.UserMessages.describe(e)));
    }

    /**
     * Writes the form's dataset as a short job; {@code busy} is set while it runs, {@code status} says
     * what it wrote or why not, and {@code onBuilt} gets the Alpaca file.
     */
    void build(WorkspaceSession ws, javafx.beans.property.BooleanProperty busy, Consumer<String> status,
            Consumer<Path> onBuilt) {
        if (ws == null) {
            status.accept("Cannot build a dataset: open a workspace first.");
            return;
        }
        LlmDatasets.Request request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            status.accept("Cannot build the dataset: " + e.getMessage() + ".");
            return;
        }
        busy.set(true);
        status.accept("Writing the dataset " + request.name() + "…");
        jobs.submit(org.radcurate.service.JobLane.TRAIN, "Writing the dataset " + request.name(),
                (p, c) -> LlmDatasets.build(ws, request), p -> { }, (LlmDatasets.Built built) -> {
                    busy.set(false);
                    onBuilt.accept(built.alpaca());
                    status.accept("Wrote " + built.openEnded() + " open-ended and " + built.multipleChoice()
                            + " multiple-choice records from " + request.source() + " to " + built.alpaca()
                            + " (also " + built.chat().getFileName() + " and " + built.manifest().getFileName() + ").");
                }, error -> {
                    busy.set(false);
                    status.accept("Failed: " + org.radcurate.service.UserMessages.describe(error));
                });
    }

    /** The request the form describes; a bad field is an error naming it. */
    LlmDatasets.Request request() {
        if (source.get() == null || source.get().isBlank()) {
            throw new IllegalArgumentException("choose the source whose labels the dataset teaches");
        }
        if (folder.get().isBlank() || name.get().isBlank()) {
            throw new IllegalArgumentException("give the dataset a folder and a name");
        }
        return new LlmDatasets.Request(source.get(), split(split.get()), count("open-ended", openEnded.get()),
                count("multiple-choice", multipleChoice.get()), seed(), Path.of(folder.get().strip()), name.get().strip());
    }

    static Split split(String key) {
        return "all".equals(key) ? null : Split.parse(key).orElseThrow(() -> new IllegalArgumentException(
                "the split is train, dev, test or all, not '" + key + "'"));
    }

    private static int count(String what, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("all")) {
            return -1;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // the message below says what is wanted
        }
        throw new IllegalArgumentException("the " + what + " count is a whole number or 'all', not '" + t + "'");
    }

    private long seed() {
        try {
            return Long.parseLong(seed.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the seed is a whole number, not '" + seed.get().strip() + "'");
        }
    }

    ObservableList<String> sources() {
        return sources;
    }

    ObjectProperty<String> sourceProperty() {
        return source;
    }

    ObjectProperty<String> splitProperty() {
        return split;
    }

    StringProperty openEndedProperty() {
        return openEnded;
    }

    StringProperty multipleChoiceProperty() {
        return multipleChoice;
    }

    StringProperty seedProperty() {
        return seed;
    }

    StringProperty folderProperty() {
        return folder;
    }

    StringProperty nameProperty() {
        return name;
    }
}
