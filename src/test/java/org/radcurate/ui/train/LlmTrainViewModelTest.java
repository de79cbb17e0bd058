package org.radcurate.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;
import org.radcurate.domain.Split;
import org.radcurate.service.LlmDatasets;
import org.radcurate.service.LlmTraining;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;

/** The Train screen's "LLM (LoRA)" run kind on the sample workspace with a tiny random Llama, jobs on the test thread. */
class LlmTrainViewModelTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static Path dataset;
    static Path model;

    private static final String PY = System.getProperty("radcurate.python");

    @BeforeAll
    static void open() throws Exception {
        session = WorkspaceSession.open(SampleWorkspace.createIfMissing(dir.resolve("s.radcurate"), ProgressListener.NONE));
        dataset = LlmDatasets.build(session, new LlmDatasets.Request(SampleWorkspace.GOLD, Split.TRAIN, 8, 8, 3,
                dir.resolve("data"), "ui")).alpaca();
        model = org.radcurate.service.TinyLlama.build(dir.resolve("tiny"));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private LlmTrainViewModel viewModel() {
        LlmTrainViewModel vm = new LlmTrainViewModel(new SimpleObjectProperty<>(session), new ImmediateJobs(), new ScriptedDialogs(), "tester");
        vm.datasetProperty().set(dataset.toString());
        vm.baseModelProperty().set(model.toString());
        vm.pythonProperty().set(PY);
        return vm;
    }

    @Test
    void check_says_what_is_missing_and_why_it_cannot_run_here() {
        LlmTrainViewModel vm = new LlmTrainViewModel(new SimpleObjectProperty<>(session), new ImmediateJobs(), new ScriptedDialogs(), "tester");
        vm.check();
        assertEquals("Cannot check: choose an instruction dataset (llm dataset writes one).", vm.statusProperty().get());
        vm = viewModel();
        vm.check();
        assertEquals(true, vm.statusProperty().get().startsWith("no CUDA GPU is visible to " + PY + " (torch "),
                vm.statusProperty().get());
        vm.settingsProperty().set("device=cpu");
        vm.check();
        assertEquals(true, vm.statusProperty().get().startsWith("Ready: the run would train on cpu: torch "),
                vm.statusProperty().get());
        vm.settingsProperty().set("device cpu");
        vm.check();
        assertEquals("a setting is NAME=VALUE, not 'device cpu'", vm.statusProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void start_trains_charts_every_step_and_stores_the_run() {
        LlmTrainViewModel vm = viewModel();
        vm.runNameProperty().set("ui-lora");
        vm.settingsProperty().set("""
                device=cpu
                # a tiny run
                max_steps=4
                effective_batch_size=2
                batch_size=2
                warmup_steps=1
                learning_rate=0.02
                max_length=256
                gradient_checkpointing=false""");
        vm.start();
        assertEquals(List.of(1L, 2L, 3L, 4L), vm.steps().stream().map(LlmTrainViewModel.StepPoint::step).toList());
        Run run = LlmTraining.runs(session).stream().filter(r -> r.name().equals("ui-lora")).findFirst().orElseThrow();
        assertEquals(RunStatus.FINISHED, run.status());
        assertEquals("Run ui-lora finished on " + run.device() + "; adapter in "
                + Path.of(run.artifactDir()).resolve("adapter") + ".", vm.statusProperty().get());
        assertEquals(4, org.radcurate.service.TrainingService.timeline(session, run.id()).size());
    }
}
