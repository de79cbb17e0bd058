package org.radcurate.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.RunStatus;
import org.radcurate.service.TrainingService;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Train screen headless: name a run, set its epochs in the table, Start, see it finished. */
@ExtendWith(ApplicationExtension.class)
class TrainViewUiTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TrainViewModel vm;

    @BeforeAll
    static void open() throws Exception {
        TrainFixture.create(dir.resolve("sample.radcurate"));
        session = WorkspaceSession.open(dir.resolve("sample.radcurate"));
    }

    @AfterAll
    static void close() {
        session.close();
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new TrainViewModel(new SimpleObjectProperty<>(session), new ImmediateJobs(), dialogs);
        TrainFixture.tiny(vm.inputs(), 1);
        stage.setScene(new Scene(new TrainView(vm), 1280, 800));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void startsANamedRunAndShowsItFinishedWithItsChart(FxRobot robot) {
        assertEquals(TrainText.device(TrainingService.device()), robot.lookup("#device").queryAs(Label.class).getText());
        robot.doubleClickOn("#runName").eraseText(20).write("ui-run");
        TableView<ParameterRow> parameters = robot.lookup("#parameters").queryTableView();
        int epochs = parameters.getItems().indexOf(vm.inputs().parameter("epochs").orElseThrow());
        robot.interact(() -> parameters.scrollTo(epochs));
        TableCell<?, ?> cell = robot.lookup("#parameters").lookup(".table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn().getId() != null
                        && c.getTableColumn().getId().equals("parameterValue") && c.getIndex() == epochs)
                .queryAs(TableCell.class);
        robot.doubleClickOn(cell).eraseText(4).write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2", vm.inputs().parameter("epochs").orElseThrow().value());

        robot.clickOn("#startTraining");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<RunRow> runs = robot.lookup("#runs").queryTableView();
        assertEquals(1, runs.getItems().size());
        RunRow run = runs.getItems().get(0);
        assertEquals("ui-run", run.name());
        assertEquals(RunStatus.FINISHED, run.status());
        assertEquals(2, run.epochs());
        assertEquals(run, runs.getSelectionModel().getSelectedItem());
        LineChart<Number, Number> chart = robot.lookup("#trainingChart").queryAs(LineChart.class);
        assertEquals(2, chart.getData().get(0).getData().size(), "loss per epoch");
        assertEquals(2, chart.getData().get(1).getData().size(), "validation micro-F1 per epoch");
        assertTrue(robot.lookup("#chartTitle").queryAs(Label.class).getText().startsWith("ui-run · finished"));
        assertFalse(robot.lookup("#predict").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#resumeTraining").queryAs(Button.class).isDisabled());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }
}
