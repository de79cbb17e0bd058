package org.radcurate.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.radcurate.service.BuildInfo;
import org.radcurate.ui.common.HelpOverlay.KeyRow;

class HelpViewModelTest {
    /** One dialog as shown: title, text or message, and the copyable value (null for plain text). */
    record Shown(String title, String text, String value) {}

    static final class Recording implements HelpDialogs {
        final List<Shown> shown = new ArrayList<>();

        @Override
        public void showText(String title, String text) {
            shown.add(new Shown(title, text, null));
        }

        @Override
        public void showCopyable(String title, String message, String value) {
            shown.add(new Shown(title, message, value));
        }
    }

    final Recording dialogs = new Recording();
    final Path log = Path.of("/data/rc/logs/radcurate.log");

    HelpViewModel help(Optional<Path> docs) {
        Map<String, List<KeyRow>> keys = new LinkedHashMap<>();
        keys.put("Annotate", List.of(new KeyRow("Findings", "↑ / K", "Previous finding"),
                new KeyRow("Findings", "↓ / J", "Next finding"), new KeyRow("Reports", "Enter", "Done, next report")));
        keys.put("Adjudicate", List.of(new KeyRow("Gold", "1 … 9", "Take that annotator's label")));
        return new HelpViewModel(dialogs, keys, "21.0.11", log, docs);
    }

    @Test
    void aboutNamesTheBuiltVersionTheLicenceJavaAndJavaFx() {
        help(Optional.empty()).about();
        assertEquals(List.of(new Shown("About RadCurate", "RadCurate " + System.getProperty("radcurate.expected.version")
                + "\nCurate disease labels in radiology reports; compare weak-label teachers with fine-tuned students.\n"
                + "Licence: Apache-2.0 (the Apache License 2.0)\n\n"
                + BuildInfo.java() + "\nJavaFX 21.0.11", null)), dialogs.shown);
    }

    @Test
    void theLogDialogOffersThePathToCopy() {
        help(Optional.empty()).logFile();
        assertEquals(1, dialogs.shown.size());
        assertEquals("Log file", dialogs.shown.get(0).title());
        assertEquals("/data/rc/logs/radcurate.log", dialogs.shown.get(0).value());
    }

    @Test
    void keyboardListsEveryScreensKeysByGroup() {
        help(Optional.empty()).keyboard();
        assertEquals(List.of(new Shown("Keyboard shortcuts", """
                Annotate
                  Findings
                    ↑ / K  Previous finding
                    ↓ / J  Next finding
                  Reports
                    Enter  Done, next report

                Adjudicate
                  Gold
                    1 … 9  Take that annotator's label
                """, null)), dialogs.shown);
    }

    @Test
    void documentationGivesTheFolderWhenItIsHereAndNamesTheFilesAlways() {
        help(Optional.of(Path.of("/src/radcurate/docs"))).documentation();
        help(Optional.empty()).documentation();
        String list = String.join("\n", HelpViewModel.DOCUMENTS);
        assertEquals(List.of(
                new Shown("Documentation", "The documentation is in this folder and the README.md beside it:\n\n" + list,
                        "/src/radcurate/docs"),
                new Shown("Documentation", "The documentation comes with RadCurate's source, next to the code:\n\n"
                        + list, null)), dialogs.shown);
    }
}
