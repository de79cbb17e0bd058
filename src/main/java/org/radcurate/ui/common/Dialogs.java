package org.radcurate.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything a ViewModel asks the user, behind an interface that tests replace. */
public interface Dialogs {
    Optional<Path> chooseFileToOpen(String title, List<FileKind> kinds);

    Optional<Path> chooseFileToSave(String title, String initialName, List<FileKind> kinds);

    Optional<Path> chooseFolder(String title);

    Optional<String> askText(String title, String prompt, String initial);

    void showError(String title, String message);

    /** One of {@code options} (shown as given), or empty when cancelled. */
    default Optional<String> choose(String title, String prompt, List<String> options, String initial) {
        return Optional.ofNullable(initial);
    }

    void showInfo(String title, String message);

    /** Asks a yes/no question; true when the user chose {@code yes}. */
    boolean confirm(String title, String message, String yes);

    /** Offers a choice of actions (and Cancel); the index of the one chosen, or -1 for Cancel. */
    default int choose(String title, String message, List<String> options) {
        return confirm(title, message, options.get(0)) ? 0 : -1;
    }
}
