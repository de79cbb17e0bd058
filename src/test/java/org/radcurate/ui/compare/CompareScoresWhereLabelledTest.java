package org.radcurate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ScoringScope;
import org.radcurate.service.EvaluationView.Row;
import org.radcurate.service.LabelledScopeFixture;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** Compare scores each source only where it has labels by default, and says so (issue 17). */
class CompareScoresWhereLabelledTest {
    @TempDir
    static Path dir;
    static WorkspaceSession workspace;

    @BeforeAll
    static void createWorkspace() throws Exception {
        LabelledScopeFixture.create(dir.resolve("w.radcurate"));
        workspace = WorkspaceSession.open(dir.resolve("w.radcurate"));
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    @Test
    void theAnnotatorIsScoredOnItsTwoReportsAndTheCoverageSaysSo() {
        SimpleObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
        CompareViewModel vm = new CompareViewModel(session, new ImmediateJobs(), new ScriptedDialogs(), id -> { });
        session.set(workspace);
        CompareInputs in = vm.inputs();
        assertEquals(ScoringScope.LABELLED, in.scopeProperty().get(), "the window's default");
        in.sources().forEach(c -> c.chosenProperty().set(!c.name().equals("gold")));
        in.teacherProperty().set(LabelledScopeFixture.TEACHER);
        in.studentProperty().set(LabelledScopeFixture.ANNOTATOR);
        in.resamplesProperty().set(200);

        vm.run();

        assertEquals("coverage of teacher: gold 6 reports, predicted 6, in common 6, scored 6 · coverage of ann: "
                + "gold 6 reports, predicted 2, in common 2, scored 2 of 6 gold reports (only those it labelled)",
                vm.coverageProperty().get());
        Row micro = vm.rows().stream().filter(r -> r.label().equals("micro")).findFirst().orElseThrow();
        assertEquals(List.of(10.0 / 13, 0.8), micro.cells().stream().map(c -> c.f1()).toList());
        assertEquals(true, vm.verdictProperty().get().endsWith(", on the 2 gold reports both labelled)"),
                vm.verdictProperty().get());
    }
}
