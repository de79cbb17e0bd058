package org.radcurate.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.radcurate.service.AnnotationService;

/**
 * Undo and redo over the session's committed edits, across reports. Each entry knows its report (the
 * screen goes there to show what changed) and how to write itself back or again.
 */
@ViewModelPart
public final class EditHistory {
    /** One committed edit: its report, what it did, and the writes that undo and redo it. */
    public record Edit(String reportId, String description, Consumer<AnnotationService> undo,
            Consumer<AnnotationService> redo) {}

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Nothing to undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Nothing to redo");

    /** Records a new edit; anything undone before it can no longer be redone. */
    public void done(Edit e) {
        undo.push(e);
        redo.clear();
        update();
    }

    public Optional<Edit> takeUndo() {
        Optional<Edit> e = Optional.ofNullable(undo.poll());
        update();
        return e;
    }

    public Optional<Edit> takeRedo() {
        Optional<Edit> e = Optional.ofNullable(redo.poll());
        update();
        return e;
    }

    public void undone(Edit e) {
        redo.push(e);
        update();
    }

    public void redone(Edit e) {
        undo.push(e);
        update();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    public int undoSize() {
        return undo.size();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Nothing to undo" : "Undo " + undo.peek().description());
        redoText.set(redo.isEmpty() ? "Nothing to redo" : "Redo " + redo.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
