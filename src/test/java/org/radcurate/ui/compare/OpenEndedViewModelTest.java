package org.radcurate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.EvaluationView.Cell;
import org.radcurate.service.EvaluationView.Row;
import org.radcurate.service.OpenEndedComparison;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;

/** The Compare screen's open-ended task on {@link OpenEndedFixture}'s hand-made workspace, counts by hand there. */
class OpenEndedViewModelTest {
    @TempDir
    static Path dir;
    static WorkspaceSession workspace;

    @BeforeAll
    static void create() throws Exception {
        workspace = OpenEndedFixture.create(dir);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static void assertCell(double p, double r, double f1, Cell c) {
        assertEquals(p, c.precision(), 1e-12);
        assertEquals(r, c.recall(), 1e-12);
        assertEquals(f1, c.f1(), 1e-12);
    }

    @Test
    void scoresTeacherAndStudentAgainstTheGoldSourcesCodesWithThePairedTest() {
        OpenEndedViewModel vm = new OpenEndedViewModel(new SimpleObjectProperty<>(workspace), new ImmediateJobs());
        assertEquals("gold", vm.goldProperty().get(), "the gold source is offered first");
        assertEquals(List.of("llm teacher", "student:lora"), vm.chosen());
        assertEquals("llm teacher", vm.teacherProperty().get());
        assertEquals("student:lora", vm.studentProperty().get());
        vm.resamplesProperty().set(200);
        assertTrue(vm.canRunProperty().get());
        vm.run();

        assertEquals(List.of("llm teacher", "student:lora"), vm.columns());
        Row full = vm.rows().get(0);
        Row category = vm.rows().get(1);
        assertEquals(OpenEndedComparison.FULL_CODE, full.label());
        assertEquals(4, full.support());
        assertEquals(4, category.support());
        assertCell(1.0 / 3, 1.0 / 4, 2.0 / 7, full.cells().get(0));
        assertCell(1, 1, 1, full.cells().get(1));
        assertCell(2.0 / 3, 2.0 / 4, 4.0 / 7, category.cells().get(0));
        assertCell(1, 1, 1, category.cells().get(1));
        assertTrue(full.cells().get(0).hasInterval());
        assertEquals(List.of(1), full.best());
        assertEquals("Open-ended task (ICD-10-CM) against gold's codes, split test; reports scored: llm teacher 4, "
                + "student:lora 4.", vm.summaryProperty().get());
        assertTrue(vm.verdictProperty().get().startsWith("student:lora beats llm teacher by +0.714 ICD-10-CM code "
                + "micro-F1 (95% CI "), vm.verdictProperty().get());
        assertTrue(vm.beatsProperty().get());
        assertEquals("Scored 2 sources with 200 bootstrap resamples.", vm.statusProperty().get());
    }

    @Test
    void withoutAStudentThereIsNoPairedTestAndTheSplitCanBeAll() {
        OpenEndedViewModel vm = new OpenEndedViewModel(new SimpleObjectProperty<>(workspace), new ImmediateJobs());
        vm.sources().stream().filter(c -> c.name().equals("student:lora")).findFirst().orElseThrow()
                .chosenProperty().set(false);
        assertEquals(null, vm.studentProperty().get());
        vm.splitProperty().set(CompareInputs.ALL);
        vm.resamplesProperty().set(0);
        vm.run();
        // R5 joins: gold J18.9, J90; teacher J90: full tp 2, fp 2, fn 4 (F1 4/10)
        assertCell(2.0 / 4, 2.0 / 6, 4.0 / 10, vm.rows().get(0).cells().get(0));
        assertFalse(vm.rows().get(0).cells().get(0).hasInterval());
        assertEquals("Score two or more sources to test whether a student beats its teacher.", vm.verdictProperty().get());
        assertFalse(vm.beatsProperty().get());
    }
}
