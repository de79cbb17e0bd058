package org.radcurate.ui.adjudicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AuditEvent;
import org.radcurate.domain.MentionState;
import org.radcurate.service.AnnotationFixtures;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.annotate.AnnotateViewModel;
import org.radcurate.ui.common.Preferences;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** One preferences object for the app: switching the annotator in Annotate changes who Adjudicate writes as. */
class SharedPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void switchingTheAnnotatorInAnnotateChangesWhoAdjudicateWritesAs() throws Exception {
        Path file = AnnotationFixtures.sampleCopy(dir, "shared.radcurate");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        try (WorkspaceSession s = WorkspaceSession.open(file)) {
            AnnotationService svc = new AnnotationService(s);
            svc.setState("alice", "S0001", "Edema", MentionState.POSITIVE);
            svc.setState("bob", "S0001", "Edema", MentionState.NEGATIVE);
            SimpleObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>(s);
            Preferences prefs = new Preferences(new Settings(dir.resolve("settings.properties")), dialogs);
            dialogs.texts.add("alice");
            prefs.askAnnotator();
            AnnotateViewModel annotate = new AnnotateViewModel(session, prefs, new ImmediateJobs(), dialogs);
            AdjudicateViewModel adjudicate = new AdjudicateViewModel(session, prefs, new ImmediateJobs(), dialogs);

            dialogs.texts.add("carol");
            annotate.preferences().askAnnotator();
            adjudicate.refresh();
            int edema = indexOf(adjudicate, "Edema");
            adjudicate.select(edema);
            adjudicate.setGold(MentionState.UNCERTAIN);

            AuditEvent last = svc.audit().latest(1).get(0);
            assertEquals("carol", last.who());
            assertEquals("S0001", last.reportId());
            assertEquals(List.of(), dialogs.errors);
        }
    }

    private static int indexOf(AdjudicateViewModel vm, String finding) {
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).name().equals(finding)) {
                return i;
            }
        }
        throw new AssertionError(finding + " not in " + vm.rows());
    }
}
