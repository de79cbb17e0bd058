package org.radcurate.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Split;
import org.radcurate.service.AnnotationFixtures;
import org.radcurate.service.QueueFilter;
import org.radcurate.service.QueueItem;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Preferences;
import org.radcurate.ui.common.Writer;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** The workbench's logic without a toolkit: jobs run on the calling thread. */
class AnnotateViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SimpleObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private AnnotateViewModel vm;
    private Settings settings;

    @BeforeEach
    void open() throws Exception {
        session.set(WorkspaceSession.open(AnnotationFixtures.sampleCopy(dir, "vm.radcurate")));
        settings = new Settings(dir.resolve("settings.properties"));
        vm = new AnnotateViewModel(session, settings, new ImmediateJobs(), dialogs);
    }

    @AfterEach
    void close() {
        session.get().close();
    }

    @Test
    void asksTheAnnotatorOnceAtTheFirstEditAndKeepsIt() {
        assertEquals("S0001", vm.workProperty().get().report().id());
        assertEquals("0 of 300 done", vm.progressTextProperty().get());
        dialogs.texts.add("alice");
        vm.edits().setState("Edema", MentionState.UNCERTAIN);
        vm.edits().setState("Edema", MentionState.POSITIVE);
        assertEquals("alice", settings.get(Settings.ANNOTATOR).orElseThrow());
        assertEquals(MentionState.POSITIVE, vm.shownGold().get("Edema"));
        assertEquals(Writer.SaveState.SAVED, vm.writer().stateProperty().get());
        assertEquals(2, vm.history().undoSize());
    }

    @Test
    void declinedNameMeansNoEdit() {
        vm.edits().setState("Edema", MentionState.UNCERTAIN);
        assertEquals(MentionState.ABSENT, vm.shownGold().get("Edema"));
        assertTrue(vm.messageProperty().get().contains("annotator"), vm.messageProperty().get());
    }

    @Test
    void undoAndRedoCrossReportsAndStatusesFollow() throws Exception {
        settings.put(Settings.ANNOTATOR, "alice");
        vm = new AnnotateViewModel(session, settings, new ImmediateJobs(), dialogs);
        vm.select(5);
        vm.edits().setState(MentionState.NEGATIVE);
        vm.edits().doneAndNext();
        assertEquals("S0002", vm.workProperty().get().report().id());
        assertEquals("1 of 300 done", vm.progressTextProperty().get());
        vm.edits().toggleFlag();
        assertTrue(vm.queue().get(1).flagged());
        assertEquals(AnnotationStatus.TODO, vm.queue().get(1).status());
        vm.edits().undo();
        assertFalse(vm.queue().get(1).flagged());
        vm.edits().undo();
        assertEquals("S0001", vm.workProperty().get().report().id());
        assertEquals("0 of 300 done", vm.progressTextProperty().get());
        assertEquals(AnnotationStatus.TODO, vm.queue().get(0).status());
        // the log says which flag changes were undone
        List<String> flagActions = new org.radcurate.service.AnnotationService(session.get()).audit()
                .forReport("S0002").stream().map(a -> a.action() + " " + a.before() + ">" + a.after()).toList();
        assertEquals(List.of("flag not flagged>flagged", "undo flag flagged>not flagged"), flagActions);
        vm.edits().undo();
        assertEquals(MentionState.ABSENT, vm.shownGold().get("Edema"));
        vm.edits().redo();
        assertEquals(MentionState.NEGATIVE, vm.shownGold().get("Edema"));
        assertTrue(vm.history().canRedoProperty().get());
    }

    @Test
    void filtersRebuildTheQueueAndNavigationStaysInside() {
        vm.filters().splitProperty().set(Split.DEV);
        assertTrue(vm.queue().stream().allMatch(i -> i.split() == Split.DEV));
        assertEquals(vm.queue().get(0).reportId(), vm.workProperty().get().report().id());
        vm.previous();
        assertEquals("This is the first report of the queue.", vm.messageProperty().get());
        vm.filters().splitProperty().set(null);
        vm.filters().orderProperty().set(QueueFilter.Order.RANDOM);
        List<String> first = vm.queue().stream().map(QueueItem::reportId).toList();
        vm.filters().seedProperty().set(99);
        assertFalse(first.equals(vm.queue().stream().map(QueueItem::reportId).toList()));
        vm.open("S0150");
        assertEquals("S0150", vm.workProperty().get().report().id());
    }

    @Test
    void codesAutocompleteAddAndRemove() throws Exception {
        dialogs.texts.add("alice");
        vm.codes().queryProperty().set("J90");
        assertEquals("J90", vm.codes().matches().get(0).code());
        vm.codes().addFirstMatch();
        assertTrue(vm.codes().gold().stream().anyMatch(c -> c.code().equals("J90")));
        assertEquals("", vm.codes().queryProperty().get());
        vm.codes().remove(vm.codes().gold().stream().filter(c -> c.code().equals("J90")).findFirst().orElseThrow());
        assertTrue(vm.codes().gold().stream().noneMatch(c -> c.code().equals("J90")));
        vm.edits().undo();
        assertTrue(vm.codes().gold().stream().anyMatch(c -> c.code().equals("J90")));
    }

    @Test
    void auditExportWritesTheLog() throws Exception {
        dialogs.texts.add("alice");
        vm.edits().setState("Edema", MentionState.POSITIVE);
        assertEquals("set", vm.audit().events().get(0).action());
        Path out = dir.resolve("audit.csv");
        dialogs.files.add(out);
        vm.audit().exportCsv();
        assertTrue(Files.readString(out).contains("alice,set,S0001,Edema,ABSENT,POSITIVE"), Files.readString(out));
    }

    @Test
    void themeAndTextSizePersist() {
        vm.preferences().toggleTheme();
        vm.preferences().biggerText();
        assertEquals(Preferences.DARK, settings.get(Settings.THEME).orElseThrow());
        assertEquals(String.valueOf(Preferences.DEFAULT_TEXT + 1), settings.get(Settings.TEXT_SIZE).orElseThrow());
        assertEquals(22, AnnotateKeys.lines().size(), AnnotateKeys.lines().toString());
    }
}
