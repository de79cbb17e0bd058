package org.radcurate.ui.common;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.ErrorLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends writes to the workspace one after another on the jobs thread and tracks whether everything
 * the user did is committed: the save indicator says "Saved" only once the last write has returned.
 */
@ViewModelPart
public final class Writer {
    private static final Logger LOG = LoggerFactory.getLogger(Writer.class);
    /** What the save indicator shows. */
    public enum SaveState { IDLE, SAVING, SAVED, FAILED }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Jobs jobs;
    private final Dialogs dialogs;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.IDLE);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("No changes yet");
    private int inFlight;
    private int committed;

    public Writer(Jobs jobs, Dialogs dialogs) {
        this.jobs = jobs;
        this.dialogs = dialogs;
    }

    /**
     * Runs the write; {@code done} gets its result on the UI thread after the commit, {@code failed}
     * runs after a failure has been shown (to put the screen back to what is stored).
     */
    public <T> void write(AnnotationService service, Function<AnnotationService, T> work, Consumer<T> done,
            Runnable failed) {
        inFlight++;
        state.set(SaveState.SAVING);
        text.set("Saving…");
        jobs.submit((p, c) -> work.apply(service), p -> { }, result -> {
            inFlight--;
            committed++;
            if (inFlight == 0) {
                state.set(SaveState.SAVED);
                text.set("Saved " + LocalTime.now().format(TIME) + " · " + committed + " this session");
            }
            done.accept(result);
        }, error -> {
            inFlight--;
            state.set(SaveState.FAILED);
            text.set("Not saved: " + org.radcurate.service.UserMessages.describe(error));
            ErrorLog.caught(LOG, "Saving an edit", error);
            dialogs.showError("Not saved", "The last change was not saved: " + org.radcurate.service.UserMessages.describe(error));
            failed.run();
        });
    }

    /**
     * Starts afresh for another workspace: "Saved … 21 this session" counted the last one's edits. A write
     * still in flight keeps its indicator until it lands.
     */
    public void reset() {
        committed = 0;
        if (inFlight == 0) {
            state.set(SaveState.IDLE);
            text.set("No changes yet");
        }
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
