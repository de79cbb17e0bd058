package org.radcurate.ui.annotate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.GoldCoverage;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.MentionState;
import org.radcurate.service.AnnotationService;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.EditHistory;
import org.radcurate.ui.common.Preferences;
import org.radcurate.ui.common.ViewModelPart;
import org.radcurate.ui.common.Writer;

/**
 * The workbench's edits: gold states, accepting a source, status, comment, freezing a gold set, and
 * undo and redo across reports. Every edit is written through {@link Writer} and recorded in the
 * {@link EditHistory} once committed.
 */
@ViewModelPart
public final class Edits {
    private final AnnotateViewModel vm;
    private final Writer writer;
    private final EditHistory history;
    private final Preferences prefs;
    private final Dialogs dialogs;

    Edits(AnnotateViewModel vm, Writer writer, EditHistory history, Preferences prefs, Dialogs dialogs) {
        this.vm = vm;
        this.writer = writer;
        this.history = history;
        this.prefs = prefs;
        this.dialogs = dialogs;
    }

    /** Sets the selected finding's gold state. */
    public void setState(MentionState state) {
        String finding = vm.selectedFinding();
        if (finding != null) {
            setState(finding, state);
        }
    }

    public void setState(String finding, MentionState state) {
        Optional<String> who = editor();
        FindingRow row = vm.row(finding);
        if (who.isEmpty() || row == null || row.gold() == state) {
            return;
        }
        String report = vm.currentId();
        String name = row.displayName() + " " + state.name().toLowerCase();
        row.show(state, true);
        writer.write(vm.service(), s -> s.setState(who.get(), report, finding, state), before -> {
            FindingRow shown = report.equals(vm.currentId()) ? vm.row(finding) : null;
            if (shown != null) {
                shown.show(state, false);
            }
            history.done(new EditHistory.Edit(report, name,
                    s -> s.restore(who.get(), report, Map.of(finding, before), "undo"),
                    s -> s.restore(who.get(), report, Map.of(finding, state), "redo")));
        }, vm::reload);
    }

    public void acceptTeacher() {
        accept(vm.teachers().isEmpty() ? null : vm.acceptedTeacherProperty().get(), "teacher");
    }

    public void acceptStudent() {
        accept(vm.students().isEmpty() ? null : vm.students().get(0), "student");
    }

    private void accept(String source, String kind) {
        Optional<String> who = editor();
        if (who.isEmpty() || vm.currentId() == null) {
            return;
        }
        if (source == null) {
            vm.say("This workspace has no " + kind + " labels to accept.");
            return;
        }
        String report = vm.currentId();
        writer.write(vm.service(), s -> s.acceptSource(who.get(), report, source), before -> {
            history.done(new EditHistory.Edit(report, "accept " + source,
                    s -> s.restore(who.get(), report, before, "undo"),
                    s -> s.acceptSource(who.get(), report, source)));
            vm.reload();
        }, vm::reload);
    }

    /** Flags or unflags the report: a mark for follow-up that stays, done or not, until it is removed. */
    public void toggleFlag() {
        Optional<String> who = editor();
        if (who.isEmpty() || vm.currentId() == null) {
            return;
        }
        String report = vm.currentId();
        boolean before = vm.flaggedProperty().get();
        boolean now = !before;
        writer.write(vm.service(), s -> {
            s.setFlag(who.get(), report, now);
            return now;
        }, f -> {
            vm.syncFlag(report, f);
            history.done(new EditHistory.Edit(report, now ? "flag" : "unflag",
                    s -> s.setFlag(who.get(), report, before, "undo flag"),
                    s -> s.setFlag(who.get(), report, now, "redo flag")));
        }, vm::reload);
    }

    public void skip() {
        setStatus(AnnotationStatus.SKIPPED, true);
    }

    /** Marks the report done and moves on: the key a radiologist presses most. */
    public void doneAndNext() {
        setStatus(AnnotationStatus.DONE, true);
    }

    public void setStatus(AnnotationStatus status, boolean thenNext) {
        Optional<String> who = editor();
        AnnotationStatus before = vm.statusProperty().get();
        if (who.isEmpty() || vm.currentId() == null) {
            return;
        }
        String report = vm.currentId();
        if (before != status) {
            writer.write(vm.service(), s -> {
                s.setStatus(who.get(), report, status);
                return status;
            }, st -> {
                vm.syncStatus(report, st);
                history.done(new EditHistory.Edit(report, "mark " + status.name().toLowerCase(),
                        s -> s.setStatus(who.get(), report, before, "undo status"),
                        s -> s.setStatus(who.get(), report, status, "redo status")));
            }, vm::reload);
        }
        if (thenNext) {
            vm.next();
        }
    }

    public void editComment() {
        Optional<String> who = editor();
        if (who.isEmpty() || vm.currentId() == null) {
            return;
        }
        String report = vm.currentId();
        String before = vm.commentProperty().get();
        dialogs.askText("Comment", "Comment on report " + report + ":", before).ifPresent(text -> writer.write(
                vm.service(), s -> {
                    s.setComment(who.get(), report, text);
                    return text;
                }, t -> {
                    if (report.equals(vm.currentId())) {
                        vm.setComment(t);
                    }
                    history.done(new EditHistory.Edit(report, "comment", s -> s.setComment(who.get(), report, before),
                            s -> s.setComment(who.get(), report, text)));
                }, vm::reload));
    }

    public void undo() {
        history.takeUndo().ifPresent(e -> replay(e, e.undo(), () -> history.undone(e), "Undid "));
    }

    public void redo() {
        history.takeRedo().ifPresent(e -> replay(e, e.redo(), () -> history.redone(e), "Redid "));
    }

    /** Writes an undo or redo, then shows its report so the user sees what changed. */
    private void replay(EditHistory.Edit e, Consumer<AnnotationService> write, Runnable recorded, String verb) {
        writer.write(vm.service(), s -> {
            write.accept(s);
            return e;
        }, x -> {
            recorded.run();
            vm.say(verb + e.description() + " (report " + e.reportId() + ")", e.reportId());
        }, vm::reload);
        vm.open(e.reportId());
    }

    /**
     * Freezes the working gold into a named, versioned gold set, after saying what it holds: how many
     * reports were reviewed (marked done) and how many are only pre-filled; the user may freeze the
     * reviewed ones alone.
     */
    public void freezeGoldSet() {
        Optional<String> who = editor();
        if (who.isEmpty()) {
            return;
        }
        AnnotationService svc = vm.service();
        vm.read((p, c) -> svc.goldCoverage(), cov -> freeze(who.get(), cov));
    }

    private void freeze(String who, GoldCoverage cov) {
        if (cov.reports() == 0) {
            vm.say("The working gold is empty: set gold in some reports first.");
            return;
        }
        String what = "The working gold holds " + cov.reports() + " reports: " + cov.reviewed() + " reviewed (marked "
                + "done by an annotator) and " + cov.notReviewed() + " not yet reviewed (pre-filled: imported, or "
                + "accepted from a teacher, and not marked done).";
        List<String> options = cov.reviewed() > 0 && cov.notReviewed() > 0
                ? List.of("Freeze the " + cov.reviewed() + " reviewed reports", "Freeze all " + cov.reports() + " reports")
                : List.of("Freeze all " + cov.reports() + " reports");
        int choice = dialogs.choose("Freeze gold set", what, options);
        if (choice < 0) {
            return;
        }
        boolean reviewedOnly = options.size() == 2 && choice == 0;
        Optional<String> name = dialogs.askText("Freeze gold set", "Name of the gold set (a new version is added "
                + "when the name exists):", "gold");
        if (name.isEmpty()) {
            return;
        }
        String note = dialogs.askText("Freeze gold set", "Note (optional):", "").orElse("");
        writer.write(vm.service(), s -> s.freeze(who, name.get(), note, reviewedOnly), (GoldSet g) -> {
            vm.say("Froze gold set " + g.reference() + ": " + g.reportCount() + (reviewedOnly ? " reviewed reports"
                    : " reports") + ".", null);
            vm.audit().refresh();
        }, () -> { });
    }

    /** The annotator who edits, asking for a name the first time; empty when editing is not possible. */
    Optional<String> editor() {
        if (vm.service() == null || !vm.editableProperty().get()) {
            vm.say(vm.service() == null ? "No workspace open." : "This workspace is open read-only.");
            return Optional.empty();
        }
        Optional<String> who = prefs.requireAnnotator();
        if (who.isEmpty()) {
            vm.say("Set an annotator name to edit (toolbar, Annotator).");
        }
        return who;
    }
}
