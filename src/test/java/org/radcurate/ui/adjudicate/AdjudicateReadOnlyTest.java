package org.radcurate.ui.adjudicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.MentionState;
import org.radcurate.service.AnnotationFixtures;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Preferences;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/**
 * Adjudicate on a workspace another window writes (opened read-only): it says so up front, gold cannot be
 * decided, and a gold key, take, undo or redo gives a short status line, never an error dialog.
 */
class AdjudicateReadOnlyTest {
    @TempDir
    Path dir;

    @Test
    void saysReadOnlyUpFrontAndGoldKeysWriteNothing() throws Exception {
        Path file = AnnotationFixtures.sampleCopy(dir, "adj.radcurate");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        try (WorkspaceSession writer = WorkspaceSession.open(file)) {
            AnnotationService w = new AnnotationService(writer);
            w.setState("alice", "S0001", "Edema", MentionState.POSITIVE);
            w.setState("bob", "S0001", "Edema", MentionState.NEGATIVE);
            long audited = w.audit().count();
            MentionState gold = w.load("S0001", "").rows().stream().filter(r -> r.finding().name().equals("Edema"))
                    .findFirst().orElseThrow().gold();
            try (WorkspaceSession ro = WorkspaceSession.openReadOnly(file)) {
                Preferences prefs = new Preferences(new Settings(dir.resolve("s.properties")), dialogs);
                dialogs.texts.add("zed");
                prefs.askAnnotator();
                AdjudicateViewModel vm = new AdjudicateViewModel(new SimpleObjectProperty<>(ro), prefs,
                        new ImmediateJobs(), dialogs);
                assertEquals("Read-only: this workspace is open for reading, so gold cannot be decided here (File > "
                        + "Open Workspace opens it for writing once no other window or process has it).",
                        vm.readOnlyNoticeProperty().get());
                assertFalse(vm.editableProperty().get());
                // it still reads: the shared report, both annotators' labels, kappa
                assertEquals(List.of("S0001"), vm.items().stream().map(i -> i.reportId()).toList());
                assertEquals(List.of("alice", "bob"), List.copyOf(vm.included()));
                assertTrue(vm.overallProperty().get().startsWith("Cohen's kappa overall: "), vm.overallProperty().get());

                vm.select(indexOf(vm, "Edema"));
                for (Runnable key : List.<Runnable>of(() -> vm.setGold(MentionState.POSITIVE), () -> vm.take(0),
                        () -> vm.setGold(vm.rows().get(indexOf(vm, "Edema")), MentionState.UNCERTAIN), vm::undo,
                        vm::redo)) {
                    vm.say("");
                    key.run();
                    assertEquals("Read-only: gold is not changed (the workspace is open for reading).",
                            vm.messageProperty().get());
                }
                assertEquals(gold, vm.rows().get(indexOf(vm, "Edema")).gold(), "the grid shows the stored gold");
                assertEquals(List.of(), dialogs.errors);
            }
            assertEquals(audited, w.audit().count(), "nothing was written");
        }
    }

    @Test
    void aWorkspaceOpenForWritingIsEditableWithNoNotice() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        try (WorkspaceSession s = WorkspaceSession.open(AnnotationFixtures.sampleCopy(dir, "w.radcurate"))) {
            AdjudicateViewModel vm = new AdjudicateViewModel(new SimpleObjectProperty<>(s),
                    new Preferences(new Settings(dir.resolve("s.properties")), dialogs), new ImmediateJobs(), dialogs);
            assertTrue(vm.editableProperty().get());
            assertEquals("", vm.readOnlyNoticeProperty().get());
        }
    }

    static int indexOf(AdjudicateViewModel vm, String finding) {
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).name().equals(finding)) {
                return i;
            }
        }
        throw new AssertionError(finding);
    }
}
