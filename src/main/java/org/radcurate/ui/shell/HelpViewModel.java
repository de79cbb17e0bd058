package org.radcurate.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radcurate.service.AppPaths;
import org.radcurate.service.BuildInfo;
import org.radcurate.ui.common.HelpOverlay.KeyRow;

/**
 * The Help menu: the key reference of every screen, where the documentation and the log are, and
 * About (name, the version Maven built, the licence, the Java and JavaFX it runs on).
 */
public final class HelpViewModel {
    /** The licence's SPDX name, as the .rpm's License tag gives it (LICENSE, docs/adr/0016). */
    static final String LICENCE = "Apache-2.0";

    /** The documents a user looks for first, as they are named in the source tree. */
    static final List<String> DOCUMENTS = List.of(
            "README.md: what RadCurate does, the command line, data formats, where data lives",
            "docs/keyboard.md: every key of Annotate and Adjudicate",
            "docs/labeler.md: the rule teacher and your own rules",
            "docs/training.md: training the student, CPU and GPU",
            "docs/benchmarks.md: measured speed and how to measure it",
            "docs/adr/: the design decisions");

    private final HelpDialogs dialogs;
    private final Map<String, List<KeyRow>> keys;
    private final String javafxVersion;
    private final Path logFile;
    private final Optional<Path> docs;

    /**
     * @param keys each screen's key rows by screen title, in menu order
     * @param javafxVersion the running JavaFX (the toolkit's {@code javafx.runtime.version})
     * @param docs the documentation folder when it is on this machine (a source checkout)
     */
    public HelpViewModel(HelpDialogs dialogs, Map<String, List<KeyRow>> keys, String javafxVersion, Path logFile,
            Optional<Path> docs) {
        this.dialogs = dialogs;
        this.keys = new LinkedHashMap<>(keys);
        this.javafxVersion = javafxVersion;
        this.logFile = logFile;
        this.docs = docs;
    }

    /** The app's: the log where AppPaths puts it, the docs folder beside the working directory if there is one. */
    public static HelpViewModel standard(HelpDialogs dialogs, Map<String, List<KeyRow>> keys) {
        Path docs = Path.of("docs").toAbsolutePath();
        return new HelpViewModel(dialogs, keys, System.getProperty("javafx.runtime.version", "unknown"),
                AppPaths.logFile(), Files.isRegularFile(docs.resolve("keyboard.md")) ? Optional.of(docs)
                        : Optional.empty());
    }

    public void keyboard() {
        dialogs.showText("Keyboard shortcuts", keyboardText());
    }

    public void documentation() {
        String list = String.join("\n", DOCUMENTS);
        if (docs.isPresent()) {
            dialogs.showCopyable("Documentation", "The documentation is in this folder and the README.md beside it:\n\n"
                    + list, docs.get().toString());
        } else {
            dialogs.showText("Documentation", "The documentation comes with RadCurate's source, next to the code:\n\n"
                    + list);
        }
    }

    public void logFile() {
        dialogs.showCopyable("Log file", "RadCurate writes its log to this file; older logs beside it are kept for 14"
                + " days. It names report ids, counts and files, never report text. Attach it when you report a problem.",
                logFile.toString());
    }

    public void about() {
        dialogs.showText("About RadCurate", aboutText());
    }

    String aboutText() {
        return "RadCurate " + BuildInfo.version() + "\n"
                + "Curate disease labels in radiology reports; compare weak-label teachers with fine-tuned students.\n"
                + "Licence: " + LICENCE + " (the Apache License 2.0)\n\n"
                + BuildInfo.java() + "\n"
                + "JavaFX " + javafxVersion;
    }

    /** Each screen's keys under its title, grouped as the overlay groups them. */
    String keyboardText() {
        StringBuilder b = new StringBuilder();
        keys.forEach((screen, rows) -> {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(screen).append('\n');
            String group = null;
            for (KeyRow r : rows) {
                if (!r.group().equals(group)) {
                    group = r.group();
                    b.append("  ").append(group).append('\n');
                }
                b.append("    ").append(r.keys()).append("  ").append(r.description()).append('\n');
            }
        });
        return b.toString();
    }
}
