package org.radcurate.ui.adjudicate;

import java.util.List;
import java.util.Optional;
import org.radcurate.domain.MentionState;
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
    private final AdjudicateViewModel vm;
    private final Preferences prefs;
    private final Writer writer;
    private final EditHistory history = new EditHistory();

    GoldEdits(AdjudicateViewModel vm, Preferences prefs, Writer writer) {
        this.vm = vm;
        this.prefs = prefs;
        this.writer = writer;
    }

    void setGold(MentionState state) {
        List<AdjudicationRow> rows = vm.rows();
        int i = vm.selectedProperty().get();
        if (i >= 0 && i < rows.size()) {
            setGold(rows.get(i), state);
        }
    }

    void take(int annotator) {
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
        history.takeUndo().ifPresent(e -> writer.write(vm.service(), s -> {
            e.undo().accept(s);
            return e;
        }, x -> {
            history.undone(x);
            vm.open(x.reportId());
        }, vm::reload));
    }

    void redo() {
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
