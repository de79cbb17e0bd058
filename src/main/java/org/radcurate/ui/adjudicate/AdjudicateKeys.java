package org.radcurate.ui.adjudicate;

import java.util.List;
import org.radcurate.ui.common.HelpOverlay.KeyRow;

/** The Adjudicate screen's keys, as its help overlay (F1 or ?), Help > Keyboard Shortcuts and docs/keyboard.md list them. */
public final class AdjudicateKeys {
    private AdjudicateKeys() {}

    public static final List<KeyRow> ROWS = List.of(
            new KeyRow("Findings", "↑ / K", "Previous finding"),
            new KeyRow("Findings", "↓ / J", "Next finding"),
            new KeyRow("Findings", "D", "Next finding where the annotators disagree"),
            new KeyRow("Gold", "P / N / U / A", "Gold: positive / negative / uncertain / absent"),
            new KeyRow("Gold", "1 … 9", "Take the 1st … 9th annotator's label as gold"),
            new KeyRow("Gold", "Ctrl+Z / Ctrl+Y", "Undo / redo"),
            new KeyRow("Reports", "→ / Page Down", "Next report"),
            new KeyRow("Reports", "← / Page Up", "Previous report"),
            new KeyRow("Reports", "F1 / ?", "This help (Esc closes it)"));
}
