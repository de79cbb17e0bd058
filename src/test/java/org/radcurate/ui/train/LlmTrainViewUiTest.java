package org.radcurate.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.service.LlmDatasets;
import org.radcurate.service.LlmTraining;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.TinyLlama;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the Train screen's "LLM (LoRA)" tab headless with the tiny random Llama on the CPU: build an
 * instruction dataset, train, predict the test split into student:RUN, and resume a stopped run
 * from the run table. Jobs run on the FX thread, so each click returns when its job is done.
 */
@ExtendWith(ApplicationExtension.class)
class LlmTrainViewUiTest {
    private static final String TINY = """
            device=cpu
            max_steps=4
            effective_batch_size=2
            batch_size=2
            warmup_steps=1
            learning_rate=0.02
            max_length=256
            save_steps=2
            gradient_checkpointing=false""";

    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static Path model;

    private LlmTrainViewModel vm;

    @BeforeAll
    static void open() throws Exception {
        session = WorkspaceSession.open(SampleWorkspace.createIfMissing(dir.resolve("s.radcurate"), ProgressListener.NONE));
        model = TinyLlama.build(dir.resolve("tiny"));
        // a run cancelled from the window's side right after its step-2 checkpoint (of 4 steps)
        Path data = LlmDatasets.build(session, new LlmDatasets.Request(SampleWorkspace.GOLD, Split.TRAIN, 4, 4, 1,
                dir.resolve("stopped-data"), "stopped")).alpaca();
        boolean[] stop = {false};
        assertThrows(CancellationException.class, () -> LlmTraining.train(session, new LlmTraining.Request("stopped",
                data, model, TinyLlama.python(), TinyLlama.cpuSettings(4, 2), "python", 1, null), p -> {
                    if (p.message() != null && p.message().startsWith("checkpoint ")) {
                        stop[0] = true;
                    }
                }, () -> stop[0]));
    }

    @AfterAll
    static void close() {
        session.close();
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new LlmTrainViewModel(new SimpleObjectProperty<>(session), new ImmediateJobs(), new ScriptedDialogs(), "tester");
        stage.setScene(new Scene(new LlmTrainPane(vm), 1280, 800));
        stage.show();
    }

    private static void type(FxRobot robot, String id, String text) {
        TextInputControl f = robot.lookup(id).queryAs(TextInputControl.class);
        reveal(robot, f);
        robot.clickOn(f);
        robot.interact(() -> f.setText(text)); // long paths: set at once rather than key by key
    }

    /** Clicks a button of the left column after scrolling it into view, as a user would. */
    private static void press(FxRobot robot, String id) {
        javafx.scene.Node button = robot.lookup(id).query();
        reveal(robot, button);
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the left column so that the node is in view (nodes outside a scroll pane are left alone). */
    private static void reveal(FxRobot robot, javafx.scene.Node button) {
        javafx.scene.Node up = button;
        while (up != null && !(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        if (up == null) {
            return;
        }
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) up;
        javafx.scene.Node content = scroll.getContent();
        robot.interact(() -> {
            double y = content.sceneToLocal(button.localToScene(button.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#llmStatus").queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void buildsADatasetTrainsAndPredictsTheTestSplit(FxRobot robot) throws Exception {
        ComboBox<String> source = robot.lookup("#llmDataSource").queryAs(ComboBox.class);
        assertTrue(source.getItems().contains(SampleWorkspace.GOLD), source.getItems().toString());
        robot.interact(() -> source.setValue(SampleWorkspace.GOLD));
        assertEquals("train", robot.lookup("#llmDataSplit").queryAs(ComboBox.class).getValue());
        robot.doubleClickOn("#llmDataOpen").eraseText(3).write("8");
        robot.doubleClickOn("#llmDataMc").eraseText(3).write("6");
        robot.doubleClickOn("#llmDataSeed").eraseText(2).write("3");
        robot.doubleClickOn("#llmDataName").eraseText(5).write("ui");
        type(robot, "#llmDataFolder", dir.resolve("data").toString());
        press(robot, "#llmBuildDataset");
        Path alpaca = dir.resolve("data/ui.alpaca.json");
        assertEquals("Wrote 8 open-ended and 6 multiple-choice records from gold to " + alpaca
                + " (also ui.chat.jsonl and ui.dataset.json).", status(robot));
        assertEquals(alpaca.toString(), robot.lookup("#llmDataset").queryAs(TextField.class).getText());
        assertEquals(14, new ObjectMapper().readTree(alpaca.toFile()).size());
        assertEquals(3, new ObjectMapper().readTree(dir.resolve("data/ui.dataset.json").toFile()).get("seed").asInt());

        reveal(robot, robot.lookup("#llmRunName").query());
        robot.doubleClickOn("#llmRunName").eraseText(10).write("ui-lora");
        type(robot, "#llmBaseModel", model.toString());
        robot.interact(() -> robot.lookup("#llmPython").queryAs(ComboBox.class).setValue(TinyLlama.python().toString()));
        type(robot, "#llmSettings", TINY);
        press(robot, "#llmStart");
        assertEquals(List.of(1L, 2L, 3L, 4L), vm.steps().stream().map(LlmTrainViewModel.StepPoint::step).toList());
        TableView<Run> runs = robot.lookup("#llmRuns").queryTableView();
        Run run = runs.getSelectionModel().getSelectedItem();
        assertEquals("ui-lora", run.name());
        assertEquals(RunStatus.FINISHED, run.status());
        assertTrue(status(robot).startsWith("Run ui-lora finished on cpu: torch "), status(robot));
        assertTrue(robot.lookup("#llmResume").queryAs(Button.class).isDisabled(), "a finished run has nothing to resume");

        assertEquals("test", robot.lookup("#llmPredictSplit").queryAs(ComboBox.class).getValue());
        type(robot, "#llmPredictSettings", "max_new_tokens=4\nbatch_size=16");
        robot.clickOn("#llmPredict");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status(robot).startsWith("Stored the answers for 60 reports of the test split as student source "
                + "student:ui-lora (unreadable: "), status(robot));
        Source student = org.radcurate.service.EvaluationService.sources(session).stream()
                .filter(x -> x.name().equals("student:ui-lora")).findFirst().orElseThrow();
        assertEquals(SourceKind.STUDENT, student.kind());
        assertEquals(120, Files.readAllLines(Path.of(run.artifactDir()).resolve("answers-test.jsonl")).size());
        Run predicted = runs.getSelectionModel().getSelectedItem();
        assertEquals(student.id(), predicted.studentSourceId());
        assertFalse(robot.lookup("#llmPredict").queryAs(Button.class).isDisabled());
    }

    @Test
    void resumesAStoppedRunFromTheRunTable(FxRobot robot) {
        TableView<Run> runs = robot.lookup("#llmRuns").queryTableView();
        Button resume = robot.lookup("#llmResume").queryAs(Button.class);
        assertTrue(resume.isDisabled(), "nothing selected");
        robot.clickOn("stopped");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("stopped", runs.getSelectionModel().getSelectedItem().name());
        assertEquals(RunStatus.CANCELLED, runs.getSelectionModel().getSelectedItem().status());
        assertFalse(resume.isDisabled());
        robot.clickOn(resume);
        WaitForAsyncUtils.waitForFxEvents();
        // the form holds what the run was started with, and only the steps after its checkpoint were trained
        assertEquals("stopped", robot.lookup("#llmRunName").queryAs(TextField.class).getText());
        assertEquals(dir.resolve("stopped-data/stopped.alpaca.json").toString(),
                robot.lookup("#llmDataset").queryAs(TextField.class).getText());
        assertEquals(model.toString(), robot.lookup("#llmBaseModel").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#llmSettings").queryAs(TextArea.class).getText().contains("max_steps=4"));
        assertEquals(List.of(3L, 4L), vm.steps().stream().map(LlmTrainViewModel.StepPoint::step).toList());
        Run run = runs.getSelectionModel().getSelectedItem();
        assertEquals(RunStatus.FINISHED, run.status());
        assertEquals(4, org.radcurate.service.TrainingService.timeline(session, run.id()).size());
        assertTrue(Files.isRegularFile(Path.of(run.artifactDir()).resolve("adapter/adapter_config.json")));
    }
}
