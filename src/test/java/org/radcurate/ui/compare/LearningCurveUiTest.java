package org.radcurate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.LabelService;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Compare screen's learning curve headless: switch to it, type a grid, run a tiny sweep. */
@ExtendWith(ApplicationExtension.class)
class LearningCurveUiTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void open() throws Exception {
        Path file = SampleWorkspace.createIfMissing(dir.resolve("sample.radcurate"), ProgressListener.NONE);
        session = WorkspaceSession.open(file);
        LabelService.labelWorkspace(session, false, false, 1, ProgressListener.NONE, () -> false);
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

    @Test
    @SuppressWarnings("unchecked")
    void sweepsATinyGridAndPlotsOneLinePerRate(FxRobot robot) {
        robot.clickOn("#showLearningCurve");
        robot.doubleClickOn("#sampleCounts").eraseText(20).write("30,60");
        robot.doubleClickOn("#learningRates").eraseText(20).write("1e-2 3e-3");
        javafx.scene.control.TextField parameters = robot.lookup("#sweepParameters").queryAs(
                javafx.scene.control.TextField.class);
        robot.interact(() -> parameters.setText(LearningCurveViewModelTest.TINY)); // typing it all takes seconds
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#runSweep");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        LineChart<Number, Number> chart = robot.lookup("#learningCurveChart").queryAs(LineChart.class);
        assertEquals(List.of("learning rate 1e-2", "learning rate 3e-3"),
                chart.getData().stream().map(XYChart.Series::getName).toList());
        for (XYChart.Series<Number, Number> line : chart.getData()) {
            assertEquals(List.of(30, 60), line.getData().stream().map(d -> d.getXValue().intValue()).toList());
        }
        assertEquals(4, robot.lookup("#sweepPoints").queryTableView().getItems().size());

        robot.clickOn("#showComparison");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#compareTable").queryTableView();
        assertTrue(table.getScene() != null, "back on the comparison");
    }
}
