package org.radcurate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.LabelService;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.SweepPoint;
import org.radcurate.service.SweepService;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** The learning-curve tab's logic: the form, a tiny sweep on the test thread, stored points listed again. */
class LearningCurveViewModelTest {
    static final String TINY = "epochs=1, layers=1, width=16, heads=2, ffn=32, maxTokens=48, vocabSize=200, "
            + "mlmEpochs=0, batchSize=8, patience=0";

    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static String teacher;

    private final ImmediateJobs jobs = new ImmediateJobs();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void open() throws Exception {
        Path file = SampleWorkspace.createIfMissing(dir.resolve("sample.radcurate"), ProgressListener.NONE);
        session = WorkspaceSession.open(file);
        teacher = LabelService.labelWorkspace(session, false, false, 1, ProgressListener.NONE, () -> false).target();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private LearningCurveViewModel viewModel() {
        return new LearningCurveViewModel(new SimpleObjectProperty<>(session), jobs, dialogs);
    }

    @Test
    void offersTheSweepsChoicesAndValidatesTheText() {
        LearningCurveViewModel vm = viewModel();
        assertEquals(List.of(teacher, SampleWorkspace.GOLD), vm.teachers());
        assertEquals(teacher, vm.teacherProperty().get());
        assertEquals("sample-gold@1", vm.goldSetProperty().get().reference());
        assertEquals("", vm.validationProperty().get());
        assertTrue(vm.canRunProperty().get());

        vm.sampleCountsProperty().set("100, lots");
        assertEquals("'lots' is not a sample count", vm.validationProperty().get());
        assertFalse(vm.canRunProperty().get());
        vm.sampleCountsProperty().set("100 200");
        vm.learningRatesProperty().set("2");
        assertEquals("learning rates must lie between 0 and 1", vm.validationProperty().get());
        vm.learningRatesProperty().set("3e-4");
        vm.parametersProperty().set("heads=5");
        assertEquals("width must be a multiple of heads", vm.validationProperty().get());
        vm.parametersProperty().set("epochs 5");
        assertEquals("write parameters as name=value, e.g. epochs=5, not 'epochs 5'", vm.validationProperty().get());
        vm.parametersProperty().set("epochs=5");
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void sweepsAndPlotsOneLinePerLearningRate() {
        LearningCurveViewModel vm = viewModel();
        vm.sampleCountsProperty().set("40,80");
        vm.learningRatesProperty().set("1e-2");
        vm.parametersProperty().set(TINY);
        vm.run();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertEquals("Swept 2 runs; micro-F1 against sample-gold@1 on test.", vm.statusProperty().get());
        List<SweepPoint> stored = SweepService.stored(session);
        assertEquals(stored, vm.points());
        Map<Double, List<SweepPoint>> lines = LearningCurveChart.byRate(vm.points());
        assertEquals(List.of(1e-2), List.copyOf(lines.keySet()));
        assertEquals(List.of(40, 80), lines.get(1e-2).stream().map(SweepPoint::samples).toList());
        assertEquals(List.of("sweep-40-1e-2", "sweep-80-1e-2"),
                lines.get(1e-2).stream().map(SweepPoint::runName).toList());
        assertTrue(jobs.progress.stream().anyMatch(p -> p.message().startsWith("run 2 of 2 (sweep-80-1e-2)")));

        assertEquals(stored, viewModel().points(), "a sweep is listed again from its runs and evaluations");
    }

    @Test
    void cancelKeepsWhatWasScored() {
        LearningCurveViewModel vm = viewModel();
        vm.sampleCountsProperty().set("30");
        vm.parametersProperty().set(TINY);
        jobs.cancelNext = true;
        vm.run();

        assertEquals("Cancelled; the points scored so far are stored.", vm.statusProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.canRunProperty().get());
    }
}
