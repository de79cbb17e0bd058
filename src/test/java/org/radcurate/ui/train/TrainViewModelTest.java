package org.radcurate.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.RunStatus;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.ExportService;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.TrainingService;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** The Train screen's logic on the sample workspace, jobs on the test thread, tiny students. */
class TrainViewModelTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static String teacher;

    private final ImmediateJobs jobs = new ImmediateJobs();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void open() throws Exception {
        teacher = TrainFixture.create(dir.resolve("sample.radcurate"));
        session = WorkspaceSession.open(dir.resolve("sample.radcurate"));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private TrainViewModel viewModel(String runName, int epochs) {
        TrainViewModel vm = new TrainViewModel(new SimpleObjectProperty<>(session), jobs, dialogs);
        vm.inputs().runNameProperty().set(runName);
        TrainFixture.tiny(vm.inputs(), epochs);
        return vm;
    }

    private static RunRow row(TrainViewModel vm, String name) {
        return vm.runs().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void offersTheTeachersAndGoldAndSaysWhereItTrains() {
        TrainViewModel vm = new TrainViewModel(new SimpleObjectProperty<>(session), jobs, dialogs);
        assertEquals(List.of(teacher, SampleWorkspace.GOLD), vm.inputs().teachers());
        assertEquals(teacher, vm.inputs().teacherProperty().get());
        assertEquals(TrainingService.device(), vm.deviceProperty().get());
        assertFalse(vm.deviceProperty().get().isBlank());
        assertEquals(TrainingService.parameters("quick-cpu").size() - 1, vm.inputs().parameters().size(),
                "every hyperparameter but the preset's name");
        vm.inputs().parameter("heads").orElseThrow().valueProperty().set("5");
        assertEquals("width must be a multiple of heads", vm.inputs().validationProperty().get());
        assertFalse(vm.canStartProperty().get());
        vm.inputs().presetProperty().set("gpu-default");
        assertEquals("8", vm.inputs().parameter("heads").orElseThrow().value());
        assertTrue(vm.canStartProperty().get());
    }

    @Test
    void aChosenEncoderFolderSwitchesToThePretrainedPresetAndTravelsWithGoldAndHeldOut() {
        TrainViewModel vm = new TrainViewModel(new SimpleObjectProperty<>(session), jobs, dialogs);
        vm.inputs().runNameProperty().set("from-bert");
        Path folder = dir.resolve("some-bert");
        dialogs.files.add(folder);
        vm.chooseEncoder();
        assertEquals(folder.toString(), vm.inputs().encoderProperty().get());
        assertEquals(TrainingService.PRETRAINED_PRESET, vm.inputs().presetProperty().get());
        assertEquals(folder.toString(), vm.inputs().parameter("init").orElseThrow().value());
        assertEquals("0", vm.inputs().parameter("mlmEpochs").orElseThrow().value());
        assertEquals(List.of(TrainInputs.NO_GOLD, TrainingService.WORKING_GOLD), vm.inputs().golds().subList(0, 2));
        vm.inputs().goldProperty().set(TrainingService.WORKING_GOLD);
        vm.inputs().heldOutProperty().set("dev");
        TrainingService.Request request = vm.inputs().request();
        assertEquals(folder.toString(), request.parameters().get("init"));
        assertEquals(TrainingService.WORKING_GOLD, request.gold());
        assertEquals(org.radcurate.domain.Split.DEV, request.scoredSplit());

        vm.inputs().encoderProperty().set("");
        assertEquals("", vm.inputs().parameter("init").orElseThrow().value());
    }

    @Test
    void trainsARunAndChartsEveryEpoch() {
        TrainViewModel vm = viewModel("tiny", 3);
        vm.start();

        RunRow run = row(vm, "tiny");
        assertEquals(RunStatus.FINISHED, run.status());
        assertEquals(TrainingService.device(), run.device());
        Map<Integer, Map<String, Double>> timeline = TrainingService.timeline(session, run.run().id());
        assertEquals(List.of(1, 2, 3), List.copyOf(timeline.keySet()));
        assertEquals(run, vm.selectedRunProperty().get());
        assertEquals(List.of(1, 2, 3), vm.epochs().stream().map(EpochPoint::epoch).toList());
        for (EpochPoint p : vm.epochs()) {
            assertEquals(timeline.get(p.epoch()).get("loss"), p.loss());
            assertEquals(timeline.get(p.epoch()).get("validationMicroF1"), p.validationMicroF1());
        }
        assertEquals(vm.epochs().stream().mapToDouble(EpochPoint::validationMicroF1).max().orElseThrow(),
                run.bestValidationF1());
        assertTrue(vm.statusProperty().get().startsWith("Run tiny finished after 3 epochs"), vm.statusProperty().get());
        assertTrue(jobs.progress.stream().anyMatch(p -> p.total() > 0
                && p.detail(org.radcurate.domain.ProgressDetail.Batch.class).map(b -> b.eta() != null).orElse(false)));
        assertTrue(vm.canPredictProperty().get());
        assertFalse(vm.canResumeProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void cancelsAfterAnEpochAndResumesWithTheStoredTeacherAndConfig() {
        TrainViewModel vm = viewModel("halted", 3);
        boolean[] armed = {true};
        vm.epochs().addListener((ListChangeListener<EpochPoint>) c -> {
            // the user clicks Cancel once the first epoch is charted
            jobs.cancelNext = armed[0] && vm.epochs().size() == 1;
        });
        vm.start();
        armed[0] = false;

        RunRow halted = row(vm, "halted");
        assertEquals(RunStatus.CANCELLED, halted.status());
        assertEquals(1, halted.epochs());
        assertEquals("Cancelled halted after epoch 1; Resume continues from its last checkpoint.",
                vm.statusProperty().get());
        assertTrue(vm.canResumeProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        jobs.cancelNext = false;
        vm.inputs().runNameProperty().set("something else");
        vm.inputs().teacherProperty().set(SampleWorkspace.GOLD);
        vm.inputs().parameter("epochs").orElseThrow().valueProperty().set("1");
        vm.inputs().parameter("epochs").orElseThrow().valueProperty().set("3");
        vm.resume();

        RunRow resumed = row(vm, "halted");
        assertEquals(RunStatus.FINISHED, resumed.status());
        assertEquals(halted.run().id(), resumed.run().id(), "the same run, continued");
        assertEquals(List.of(1, 2, 3), vm.epochs().stream().map(EpochPoint::epoch).toList());
        assertEquals(teacher, vm.inputs().teacherProperty().get(), "resume restores the run's own teacher");
        assertEquals("halted", vm.inputs().runNameProperty().get());
        assertTrue(jobs.progress.stream().anyMatch(p -> p.message().contains("resuming from checkpoint")),
                "the trainer says it resumed");
    }

    @Test
    void trainsWithoutAValidationSplitAndChartsTheLossOnly() {
        TrainViewModel vm = viewModel("no-validation", 2);
        vm.inputs().parameter("validationFraction").orElseThrow().valueProperty().set("0");
        vm.start();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        RunRow run = row(vm, "no-validation");
        assertEquals(RunStatus.FINISHED, run.status());
        assertEquals(2, run.epochs());
        assertTrue(Double.isNaN(run.bestValidationF1()));
        assertTrue(vm.epochs().stream().allMatch(p -> !Double.isNaN(p.loss()) && Double.isNaN(p.validationMicroF1())));
    }

    @Test
    void predictStoresTheRunAsAStudentSourceWithProbabilities() throws Exception {
        TrainViewModel vm = viewModel("predicted", 1);
        vm.start();
        assertTrue(vm.canPredictProperty().get());
        vm.predict();

        Source student = EvaluationService.sources(session).stream().filter(s -> s.name().equals("student:predicted"))
                .findFirst().orElseThrow();
        assertEquals(SourceKind.STUDENT, student.kind());
        assertTrue(row(vm, "predicted").predicted());
        assertEquals("Stored the predictions as student source student:predicted; Annotate and Compare show it.",
                vm.statusProperty().get());
        Path out = dir.resolve("predicted.jsonl");
        assertEquals(300, session.exports().exportLabels(student.name(), out, ExportService.Format.JSONL));
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out)) {
            JsonNode labels = json.readTree(line).get("labels");
            assertEquals(14, labels.size(), line);
            labels.forEach(l -> {
                double p = l.get("probability").asDouble(-1);
                assertTrue(p >= 0 && p <= 1, line);
            });
        }
    }
}
