package org.radcurate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.LabelLayout;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.CompareFixture;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/**
 * Compare follows the workspace while a result is shown (a source imported or predicted elsewhere appears),
 * ticks teachers and students but not annotators, picks the paired test's roles by kind, and keeps the
 * teacher when the other boxes are unticked.
 */
class CompareStaysCurrentTest {
    @TempDir
    Path dir;
    private String teacher;
    private WorkspaceSession workspace;
    private final SimpleObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private final ImmediateJobs jobs = new ImmediateJobs();
    private CompareViewModel vm;

    @BeforeEach
    void open() throws Exception {
        teacher = CompareFixture.create(dir.resolve("w.radcurate"));
        workspace = WorkspaceSession.open(dir.resolve("w.radcurate"));
        vm = new CompareViewModel(session, jobs, new ScriptedDialogs(), id -> { });
        session.set(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void importAs(String name, SourceKind kind) throws Exception {
        Path csv = dir.resolve(name + ".csv");
        Files.writeString(csv, CompareFixture.studentCsv(), StandardCharsets.UTF_8);
        workspace.imports().importLabels(csv, LabelLayout.LABEL_CSV, name, kind, BuiltInSchemas.CHEXPERT14, null,
                ProgressListener.NONE, () -> false);
    }

    @Test
    void aStudentAddedWhileAResultIsShownJoinsTheListTickedAndTheResultStays() throws Exception {
        vm.inputs().resamplesProperty().set(0);
        vm.run();
        assertNotNull(vm.resultProperty().get());
        vm.inputs().sources().stream().filter(c -> c.name().equals(CompareFixture.WEAK)).findFirst().orElseThrow()
                .chosenProperty().set(false);

        importAs("student:late", SourceKind.STUDENT);

        assertEquals(List.of("gold", teacher, CompareFixture.STUDENT, CompareFixture.WEAK, "student:late"),
                vm.inputs().sources().stream().map(SourceChoice::name).toList());
        assertEquals(List.of(teacher, CompareFixture.STUDENT, "student:late"), vm.inputs().chosen(),
                "the new student is ticked; the box the user unticked stays unticked");
        assertNotNull(vm.resultProperty().get(), "the shown comparison stays");
        assertEquals(1, vm.history().size());
    }

    @Test
    void anAnnotatorIsOfferedButNotTickedAndNeverTheStudent() throws Exception {
        importAs("alice", SourceKind.ANNOTATOR);

        SourceChoice alice = vm.inputs().sources().stream().filter(c -> c.name().equals("alice")).findFirst()
                .orElseThrow();
        assertEquals(false, alice.isChosen());
        alice.chosenProperty().set(true);
        assertEquals(teacher, vm.inputs().teacherProperty().get());
        assertEquals(CompareFixture.STUDENT, vm.inputs().studentProperty().get(), "the student is chosen by kind");
    }

    @Test
    void theTeacherStaysWhenEveryOtherBoxIsUntickedAndTheComparisonRunsWithoutATest() {
        vm.inputs().sources().forEach(c -> c.chosenProperty().set(c.name().equals(teacher)));

        assertEquals(teacher, vm.inputs().teacherProperty().get());
        assertNull(vm.inputs().studentProperty().get());
        assertEquals("", vm.inputs().validationProperty().get());
        vm.inputs().resamplesProperty().set(0);
        vm.run();
        assertEquals(List.of(teacher), vm.resultProperty().get().sources());

        vm.inputs().sources().stream().filter(c -> c.name().equals(CompareFixture.STUDENT)).findFirst()
                .orElseThrow().chosenProperty().set(true);
        assertEquals(teacher, vm.inputs().teacherProperty().get());
        assertEquals(CompareFixture.STUDENT, vm.inputs().studentProperty().get());
        assertTrue(vm.canRunProperty().get());
    }
}
