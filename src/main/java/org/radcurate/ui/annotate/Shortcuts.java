package org.radcurate.ui.annotate;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.radcurate.domain.MentionState;

/**
 * Every key of the workbench, in one table: the key handler and the help overlay both read it, so the
 * overlay can never miss a key. Single keys are ignored while the user types in a text field.
 */
final class Shortcuts {
    /** One action: the keys shown, the combinations that trigger it, and what it does. */
    record Shortcut(String group, String keys, String description, List<KeyCombination> combos,
            Consumer<AnnotateViewModel> action) {}

    private Shortcuts() {}

    private static KeyCombination k(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    private static final KeyCombination.Modifier CTRL = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;

    static final List<Shortcut> ALL = List.of(
            new Shortcut("Findings", "↑ / K", "Previous finding", List.of(k(KeyCode.UP), k(KeyCode.K)),
                    vm -> vm.moveFinding(-1)),
            new Shortcut("Findings", "↓ / J", "Next finding", List.of(k(KeyCode.DOWN), k(KeyCode.J)),
                    vm -> vm.moveFinding(1)),
            new Shortcut("Findings", "P / 1", "Gold: positive", List.of(k(KeyCode.P), k(KeyCode.DIGIT1),
                    k(KeyCode.NUMPAD1)), vm -> vm.edits().setState(MentionState.POSITIVE)),
            new Shortcut("Findings", "N / 2", "Gold: negative", List.of(k(KeyCode.N), k(KeyCode.DIGIT2),
                    k(KeyCode.NUMPAD2)), vm -> vm.edits().setState(MentionState.NEGATIVE)),
            new Shortcut("Findings", "U / 3", "Gold: uncertain", List.of(k(KeyCode.U), k(KeyCode.DIGIT3),
                    k(KeyCode.NUMPAD3)), vm -> vm.edits().setState(MentionState.UNCERTAIN)),
            new Shortcut("Findings", "A / 4", "Gold: absent (not mentioned)", List.of(k(KeyCode.A),
                    k(KeyCode.DIGIT4), k(KeyCode.NUMPAD4)), vm -> vm.edits().setState(MentionState.ABSENT)),
            new Shortcut("Findings", "D", "Next disagreement (this report, then the queue)", List.of(k(KeyCode.D)),
                    AnnotateViewModel::nextDisagreement),
            new Shortcut("Report", "T", "Accept the teacher (the one chosen on the toolbar) for the whole report",
                    List.of(k(KeyCode.T)), vm -> vm.edits().acceptTeacher()),
            new Shortcut("Report", "S", "Accept the student for the whole report", List.of(k(KeyCode.S)),
                    vm -> vm.edits().acceptStudent()),
            new Shortcut("Report", "Enter", "Mark done and go to the next report", List.of(k(KeyCode.ENTER)),
                    vm -> vm.edits().doneAndNext()),
            new Shortcut("Report", "F", "Flag / unflag for follow-up (the flag stays when done)",
                    List.of(k(KeyCode.F)), vm -> vm.edits().toggleFlag()),
            new Shortcut("Report", "X", "Skip and go to the next report", List.of(k(KeyCode.X)),
                    vm -> vm.edits().skip()),
            new Shortcut("Report", "C", "Comment on the report", List.of(k(KeyCode.C)),
                    vm -> vm.edits().editComment()),
            new Shortcut("Queue", "→ / Page Down", "Next report", List.of(k(KeyCode.RIGHT), k(KeyCode.PAGE_DOWN)),
                    AnnotateViewModel::next),
            new Shortcut("Queue", "← / Page Up", "Previous report", List.of(k(KeyCode.LEFT), k(KeyCode.PAGE_UP)),
                    AnnotateViewModel::previous),
            new Shortcut("Edit", "Ctrl+Z", "Undo (across reports)", List.of(k(KeyCode.Z, CTRL)),
                    vm -> vm.edits().undo()),
            new Shortcut("Edit", "Ctrl+Y / Ctrl+Shift+Z", "Redo", List.of(k(KeyCode.Y, CTRL), k(KeyCode.Z, CTRL,
                    SHIFT)), vm -> vm.edits().redo()),
            new Shortcut("Edit", "I", "Type an ICD-10-CM code or words (Enter adds, Esc returns)",
                    List.of(k(KeyCode.I)), vm -> { }),
            new Shortcut("Edit", "Ctrl+G", "Freeze the gold into a named gold set", List.of(k(KeyCode.G, CTRL)),
                    vm -> vm.edits().freezeGoldSet()),
            new Shortcut("View", "Ctrl+= / Ctrl+-", "Larger / smaller text", List.of(k(KeyCode.EQUALS, CTRL),
                    k(KeyCode.PLUS, CTRL), k(KeyCode.ADD, CTRL)), vm -> vm.preferences().biggerText()),
            new Shortcut("View", "", "", List.of(k(KeyCode.MINUS, CTRL), k(KeyCode.SUBTRACT, CTRL)),
                    vm -> vm.preferences().smallerText()),
            new Shortcut("View", "Ctrl+Shift+L", "Light / dark theme", List.of(k(KeyCode.L, CTRL, SHIFT)),
                    vm -> vm.preferences().toggleTheme()),
            new Shortcut("View", "F1 / ?", "This help (Esc closes)", List.of(k(KeyCode.F1), k(KeyCode.SLASH, SHIFT)),
                    AnnotateViewModel::toggleHelp));

    /** Runs the action of a key press; true when one ran. */
    static boolean handle(KeyEvent e, AnnotateViewModel vm) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        boolean plain = !e.isShortcutDown() && !e.isAltDown();
        if (e.getCode() == KeyCode.ESCAPE) {
            vm.hideHelp();
            return false;
        }
        if (typing && (plain || e.getCode() == KeyCode.Z || e.getCode() == KeyCode.Y)) {
            return false;
        }
        for (Shortcut s : ALL) {
            for (KeyCombination c : s.combos()) {
                if (c.match(e)) {
                    s.action().accept(vm);
                    return true;
                }
            }
        }
        return false;
    }
}
