package org.radcurate.ui.annotate;

import java.util.List;
import org.radcurate.ui.common.HelpOverlay.KeyRow;

/** The Annotate screen's keys as the help overlay (F1 or ?), Help > Keyboard Shortcuts and docs/keyboard.md list them. */
public final class AnnotateKeys {
    private AnnotateKeys() {}

    /** Every documented key of {@link Shortcuts#ALL}, in its order. */
    public static List<KeyRow> rows() {
        return Shortcuts.ALL.stream().filter(s -> !s.description().isEmpty())
                .map(s -> new KeyRow(s.group(), s.keys(), s.description())).toList();
    }

    /** Every key and description, for tests and docs. */
    static List<String> lines() {
        return rows().stream().map(s -> s.keys() + " — " + s.description()).toList();
    }
}
