package org.radcurate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Run;
import org.radcurate.domain.Split;
import org.radcurate.service.LlmDatasets;
import org.radcurate.service.LlmTraining;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.SweepPoint;
import org.radcurate.service.SweepService;
import org.radcurate.service.TinyLlama;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The learning curve with LLM students, driven through the Compare screen headless: a point is a LoRA run
 * of the tiny random Llama on the CPU (dataset, training, answers on the test split), scored on the
 * multiple-choice task.
 */
@ExtendWith(ApplicationExtension.class)
class LlmLearningCurveUiTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;
    static Path model;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void open() throws Exception {
        session = WorkspaceSession.open(SampleWorkspace.createIfMissing(dir.resolve("s.radcurate"), ProgressListener.NONE));
        model = TinyLlama.build(dir.resolve("tiny"));
    }

    @AfterAll
    static void close() {
        session.close();
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        CompareViewModel vm = new CompareViewModel(new SimpleObjectProperty<>(session), new ImmediateJobs(), dialogs,
                id -> { });
        stage.setScene(new Scene(new CompareView(vm), 1280, 800));
        stage.show();
    }

    private static void set(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text)); // long values: set at once rather than key by key
    }

    /** Visible with every parent: what the user sees. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    @SuppressWarnings("unchecked")
    void sweepsLlmRunsAndPlotsOneLinePerRate(FxRobot robot) throws Exception {
        robot.clickOn("#showLearningCurve");
        ComboBox<String> kind = robot.lookup("#sweepKind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(LlmSweepInputs.LLM));
        assertTrue(shown(robot.lookup("#sweepBaseModel").query()));
        assertTrue(!shown(robot.lookup("#sweepPreset").query()), "no preset for LLM runs");
        robot.interact(() -> robot.lookup("#sweepTeacher").queryAs(ComboBox.class).setValue(SampleWorkspace.GOLD));
        robot.doubleClickOn("#sampleCounts").eraseText(20).write("6");
        robot.doubleClickOn("#learningRates").eraseText(20).write("2e-2");
        set(robot, "#sweepBaseModel", model.toString());
        set(robot, "#sweepPython", TinyLlama.python().toString());
        set(robot, "#sweepLlmSettings", "device=cpu; max_steps=2; effective_batch_size=2; batch_size=2; "
                + "warmup_steps=1; max_length=256; gradient_checkpointing=false");
        set(robot, "#sweepInference", "max_new_tokens=4; batch_size=16");
        runSweep(robot);

        // two steps teach the random model nothing: its answers are unreadable, and the sweep says so
        assertEquals(List.of("run sweep-llm-6-2e-2 gave no readable multiple-choice answer for the "
                + "60 reports of split test, so there is nothing to score; train it on more samples or steps, or read "
                + "its answers in answers-test.jsonl in the run's folder"), dialogs.errors);
        Run run = LlmTraining.runs(session).stream().filter(r -> r.name().equals("sweep-llm-6-2e-2")).findFirst()
                .orElseThrow();
        assertEquals(LlmTraining.KIND, run.kind());
        assertEquals(org.radcurate.domain.RunStatus.FINISHED, run.status());
        ObjectMapper json = new ObjectMapper();
        assertEquals(0.02, json.readTree(run.configJson()).at("/recipe/learning_rate").asDouble());
        assertEquals("{\"open\":6,\"mc\":6,\"total\":12}", json.readTree(run.configJson()).at("/dataset/counts").toString());
        Path answers = Path.of(run.artifactDir()).resolve("answers-test.jsonl");
        assertEquals(120, Files.readAllLines(answers).size());

        // the answers a served model would give (gold's own, in the templates' format) replace them; the
        // sweep again reuses the finished run and the answers written, and plots the point
        LlmDatasets.Built gold = LlmDatasets.build(session, new LlmDatasets.Request(SampleWorkspace.GOLD, Split.TEST,
                -1, -1, 1, dir.resolve("gold-answers"), "gold"));
        StringBuilder lines = new StringBuilder();
        for (var r : json.readTree(gold.alpaca().toFile())) {
            lines.append(json.writeValueAsString(java.util.Map.of("id", r.get("id").asText(), "task",
                    r.get("task").asText(), "answer", r.get("output").asText()))).append('\n');
        }
        Files.writeString(answers, lines);
        dialogs.errors.clear();
        runSweep(robot);

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        LineChart<Number, Number> chart = robot.lookup("#learningCurveChart").queryAs(LineChart.class);
        assertEquals(List.of("LLM, learning rate 2e-2"), chart.getData().stream().map(XYChart.Series::getName).toList());
        TableView<SweepPoint> points = robot.lookup("#sweepPoints").queryTableView();
        assertEquals(1, points.getItems().size());
        SweepPoint point = points.getItems().get(0);
        assertEquals("sweep-llm-6-2e-2", point.runName());
        assertEquals(6, point.samples());
        assertEquals(1.0, point.microF1(), 1e-12, "gold's answers on the multiple-choice task");
        assertEquals(points.getItems(), SweepService.stored(session), "the plotted points are the stored ones");
    }

    private static void runSweep(FxRobot robot) {
        // the LLM options make the form taller than the window: scroll to the button as a user would
        javafx.scene.Node up = robot.lookup("#runSweep").query();
        while (!(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) up;
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#runSweep");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
