package org.radcurate.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radcurate.service.AnnotationFixtures.label;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.AnnotationFixtures;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Writer;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** Issue 17's radiologist-side fixes in Annotate, without a toolkit. */
class AnnotateFlowFixesTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SimpleObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private AnnotateViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session.set(WorkspaceSession.open(AnnotationFixtures.sampleCopy(dir, "a.radcurate")));
        Settings settings = new Settings(dir.resolve("settings.properties"));
        settings.put(Settings.ANNOTATOR, "alice");
        vm = new AnnotateViewModel(session, settings, new ImmediateJobs(), dialogs);
    }

    @AfterEach
    void close() {
        if (session.get() != null) {
            session.get().close();
        }
    }

    @Test
    void tAcceptsTheTeacherChosenAmongSeveral() {
        AnnotationFixtures.source(session.get(), "rules 1.0 chexpert14", SourceKind.TEACHER,
                List.of(label("S0001", "Edema", MentionState.NEGATIVE, null)));
        AnnotationFixtures.source(session.get(), "llm:gpt-4o mc chexpert14", SourceKind.TEACHER,
                List.of(label("S0001", "Edema", MentionState.UNCERTAIN, null)));
        vm.refresh();
        assertEquals(List.of("radcurate-rules 1.0 chexpert14", "rules 1.0 chexpert14", "llm:gpt-4o mc chexpert14"),
                List.copyOf(vm.teachers()));
        // the grid's compared columns are students only: no teacher appears twice
        assertEquals(List.of(), List.copyOf(vm.students()));
        assertEquals("radcurate-rules 1.0 chexpert14", vm.acceptedTeacherProperty().get());
        vm.acceptedTeacherProperty().set("rules 1.0 chexpert14");
        vm.edits().acceptTeacher();
        assertEquals(MentionState.NEGATIVE, vm.shownGold().get("Edema"));
        vm.acceptedTeacherProperty().set("llm:gpt-4o mc chexpert14");
        vm.edits().acceptTeacher();
        assertEquals(MentionState.UNCERTAIN, vm.shownGold().get("Edema"));
        assertEquals("llm:gpt-4o mc", SourceNames.shortName("llm:gpt-4o mc chexpert14"));
        assertEquals("radcurate-rul…", SourceNames.shortName("radcurate-rules-extended 1.0 nih14"));
    }

    @Test
    void preFilledGoldIsASuggestionUntilSetOrDone() {
        FindingRow edema = vm.rows().stream().filter(r -> r.name().equals("Edema")).findFirst().orElseThrow();
        assertTrue(edema.suggested());
        vm.edits().setState("Edema", MentionState.UNCERTAIN);
        FindingRow set = vm.rows().stream().filter(r -> r.name().equals("Edema")).findFirst().orElseThrow();
        assertFalse(set.suggested());
        assertTrue(vm.rows().stream().filter(r -> !r.name().equals("Edema")).allMatch(FindingRow::suggested));
        vm.edits().doneAndNext();
        vm.previous();
        assertTrue(vm.rows().stream().noneMatch(FindingRow::suggested));
    }

    @Test
    void aFlagStaysWhenTheReportIsDoneAndTheFlaggedFilterKeepsIt() {
        vm.edits().toggleFlag();
        assertTrue(vm.flaggedProperty().get());
        vm.edits().doneAndNext();
        assertEquals("S0002", vm.workProperty().get().report().id());
        assertTrue(vm.queue().get(0).flagged());
        assertEquals(AnnotationStatus.DONE, vm.queue().get(0).status());
        vm.filters().flaggedOnlyProperty().set(true);
        assertEquals(List.of("S0001"), vm.queue().stream().map(q -> q.reportId()).toList());
        assertTrue(vm.flaggedProperty().get());
        assertEquals(AnnotationStatus.DONE, vm.statusProperty().get());
        vm.edits().toggleFlag();
        assertFalse(vm.queue().get(0).flagged());
    }

    @Test
    void aReportsStatusLineGoesWhenAnotherReportIsShown() {
        vm.codes().preload();
        vm.codes().queryProperty().set("J90");
        vm.codes().addFirstMatch();
        vm.codes().queryProperty().set("J90");
        vm.codes().addFirstMatch();
        assertEquals("J90 is already in this report's codes.", vm.messageProperty().get());
        vm.next();
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void theSaveIndicatorStartsAfreshForAnotherWorkspace() throws Exception {
        vm.edits().setState("Edema", MentionState.UNCERTAIN);
        assertTrue(vm.writer().textProperty().get().endsWith(" · 1 this session"), vm.writer().textProperty().get());
        WorkspaceSession old = session.get();
        session.set(WorkspaceSession.open(AnnotationFixtures.sampleCopy(dir, "b.radcurate")));
        old.close();
        assertEquals("No changes yet", vm.writer().textProperty().get());
        assertEquals(Writer.SaveState.IDLE, vm.writer().stateProperty().get());
    }

    @Test
    void freezeSaysWhatItFreezesAndCanTakeOnlyReviewedReports() {
        vm.edits().doneAndNext();
        vm.edits().doneAndNext();
        dialogs.choices.add(0);
        dialogs.texts.add("reviewed");
        dialogs.texts.add("");
        vm.edits().freezeGoldSet();
        assertEquals(List.of("The working gold holds 300 reports: 2 reviewed (marked done by an annotator) and 298 "
                + "not yet reviewed (pre-filled: imported, or accepted from a teacher, and not marked done). "
                + "[Freeze the 2 reviewed reports, Freeze all 300 reports]"), dialogs.choiceQuestions);
        assertEquals("Froze gold set reviewed@1: 2 reviewed reports.", vm.messageProperty().get());
        dialogs.choices.add(-1);
        vm.edits().freezeGoldSet();
        assertEquals(1, vm.service().goldSets().stream().filter(g -> g.name().equals("reviewed")).count());
    }
}
