package org.radcurate.ui.adjudicate;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.radcurate.domain.MentionState;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.EditHistory;
import org.radcurate.ui.common.Preferences;
import org.radcurate.ui.common.ViewModelPart;
import org.radcurate.ui.common.Writer;

/**
 * The adjudicator's gold edits, written through {@link Writer} and undoable across reports. Part of
 * {@link AdjudicateViewModel}, whose commands delegate here; a failed write re-reads the report on screen
 * so the grid never shows a state the workspace refused.
 */
@ViewModelPart
final class GoldEdits {
    /** The notice on a workspace opened read-only. */
    static final String READ_ONLY = "Read-only: this workspace is open for reading, so gold cannot be decided "
            + "here (File > Open Workspace opens it for writing once no other window or process has it).";
    /** What a gold key, a gold button, undo or redo says on a workspace opened read-only. */
    static final String READ_ONLY_KEY = "Read-only: gold is not changed (the workspace is open for reading).";
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper readOnlyNotice = new ReadOnlyStringWrapper("");
    private final AdjudicateViewModel vm;
    private final Preferences prefs;
    private final Writer writer;
    private final EditHistory history = new EditHistory();

    GoldEdits(AdjudicateViewModel vm, Preferences prefs, Writer writer) {
        this.vm = vm;
        this.prefs = prefs;
        this.writer = writer;
    }

    /** A workspace was opened (or closed): said up front, before a key is pressed, when it is read-only. */
    void opened(WorkspaceSession s) {
        editable.set(false);
        readOnlyNotice.set(s != null && s.readOnly() ? READ_ONLY : "");
    }

    /** The workspace's annotation service is ready: gold can be decided unless it is read-only. */
    void loaded(WorkspaceSession s) {
        editable.set(!s.readOnly());
    }

    ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    ReadOnlyStringProperty readOnlyNoticeProperty() {
        return readOnlyNotice.getReadOnlyProperty();
    }

    /** On a workspace opened read-only, says so (a status line, no dialog) and returns true: nothing is written. */
    private boolean refusedReadOnly() {
        if (!readOnlyNotice.get().isEmpty()) {
            vm.say(READ_ONLY_KEY);
            return true;
        }
        return false;
    }

    void setGold(MentionState state) {
        if (refusedReadOnly()) {
            return;
        }
        List<AdjudicationRow> rows = vm.rows();
        int i = vm.selectedProperty().get();
        if (i >= 0 && i < rows.size()) {
            setGold(rows.get(i), state);
        }
    }

    void take(int annotator) {
        if (refusedReadOnly()) {
            return;
        }
        List<AdjudicationRow> rows = vm.rows();
        List<String> included = vm.included();
        int i = vm.selectedProperty().get();
        if (i >= 0 && i < rows.size() && annotator < included.size()) {
            MentionState s = rows.get(i).annotators().get(included.get(annotator));
            if (s != null) {
                setGold(rows.get(i), s);
            }
        }
    }

    void setGold(AdjudicationRow row, MentionState state) {
        if (refusedReadOnly()) {
            return;
        }
        // a gold key never opens a name dialog: that would switch the annotator Annotate works as without a word;
        // who adjudicates is on the toolbar and changed there
        String name = prefs.annotatorProperty().get();
        Optional<String> who = name == null || name.isEmpty() ? Optional.empty() : Optional.of(name);
        String report = vm.currentId();
        if (who.isEmpty()) {
            vm.say("Set who adjudicates first (toolbar, Adjudicator); gold decisions are audited under that name.");
            return;
        }
        if (report == null || vm.service() == null || row.gold() == state) {
            return;
        }
        String finding = row.name();
        row.setGold(state);
        writer.write(vm.service(), s -> s.adjudicate(who.get(), report, finding, state), before -> history.done(
                new EditHistory.Edit(report, row.displayName() + " " + state.name().toLowerCase(),
                        s -> s.adjudicate(who.get(), report, finding, before),
                        s -> s.adjudicate(who.get(), report, finding, state))), vm::reload);
    }

    void undo() {
        if (refusedReadOnly()) {
            return;
        }
        history.takeUndo().ifPresent(e -> writer.write(vm.service(), s -> {
            e.undo().accept(s);
            return e;
        }, x -> {
            history.undone(x);
            vm.open(x.reportId());
        }, vm::reload));
    }

    void redo() {
        if (refusedReadOnly()) {
            return;
        }
        history.takeRedo().ifPresent(e -> writer.write(vm.service(), s -> {
            e.redo().accept(s);
            return e;
        }, x -> {
            history.redone(x);
            vm.open(x.reportId());
        }, vm::reload));
    }

    EditHistory history() {
        return history;
    }

    Writer writer() {
        return writer;
    }
}
