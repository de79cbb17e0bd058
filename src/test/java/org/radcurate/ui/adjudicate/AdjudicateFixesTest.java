package org.radcurate.ui.adjudicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** Adjudicate's status line says only what is true, and a gold key never asks for (and switches) a name. */
class AdjudicateFixesTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkspaceSession session;
    private AnnotationService svc;

    @BeforeEach
    void open() throws Exception {
        session = WorkspaceSession.open(AnnotationFixtures.sampleCopy(dir, "adj.radcurate"));
        svc = new AnnotationService(session);
        svc.setState("alice", "S0001", "Edema", MentionState.POSITIVE);
        svc.setState("bob", "S0001", "Edema", MentionState.NEGATIVE);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void withTwoAnnotatorsTheStatusLineDoesNotSayTwoAreNeeded() {
        Preferences prefs = new Preferences(new Settings(dir.resolve("s.properties")), dialogs);
        AdjudicateViewModel vm = new AdjudicateViewModel(new SimpleObjectProperty<>(session), prefs,
                new ImmediateJobs(), dialogs);
        vm.include("bob", false);
        assertEquals("Adjudication needs at least two annotators' labels.", vm.messageProperty().get());
        vm.include("bob", true);
        assertEquals("", vm.messageProperty().get());
        assertEquals(List.of("alice", "bob"), List.copyOf(vm.included()));
        assertEquals(List.of("S0001"), vm.items().stream().map(i -> i.reportId()).toList());
        assertFalse(vm.overallProperty().get().isEmpty());
    }

    @Test
    void aGoldKeyNeverAsksForANameAndTheAdjudicatorIsChangedOnlyOnPurpose() {
        Preferences prefs = new Preferences(new Settings(dir.resolve("s.properties")), dialogs);
        AdjudicateViewModel vm = new AdjudicateViewModel(new SimpleObjectProperty<>(session), prefs,
                new ImmediateJobs(), dialogs);
        dialogs.texts.add("zed");
        long before = svc.audit().count();
        vm.select(indexOf(vm, "Edema"));
        vm.setGold(MentionState.UNCERTAIN);
        assertEquals(List.of("zed"), List.copyOf(dialogs.texts)); // nothing asked
        assertEquals("", prefs.annotatorProperty().get());
        assertEquals(before, svc.audit().count());
        assertEquals("Set who adjudicates first (toolbar, Adjudicator); gold decisions are audited under that name.",
                vm.messageProperty().get());

        vm.switchAdjudicator();
        assertEquals("zed", vm.adjudicatorProperty().get());
        vm.take(0); // alice's label, key 1 (bob's, the last set, is the working gold now)
        assertEquals("zed", svc.audit().latest(1).get(0).who());
        assertEquals("POSITIVE", svc.audit().latest(1).get(0).after());
        vm.setGold(MentionState.ABSENT);
        assertEquals(List.of(), List.copyOf(dialogs.texts));
        assertEquals("zed", prefs.annotatorProperty().get());
    }

    private static int indexOf(AdjudicateViewModel vm, String finding) {
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).name().equals(finding)) {
                return i;
            }
        }
        throw new AssertionError(finding);
    }
}
