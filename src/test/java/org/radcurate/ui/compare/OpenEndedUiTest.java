package org.radcurate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.OpenEndedComparison;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Compare screen's open-ended pane headless on {@link OpenEndedFixture}'s workspace. */
@ExtendWith(ApplicationExtension.class)
class OpenEndedUiTest {
    @TempDir
    static Path dir;
    static WorkspaceSession session;

    @BeforeAll
    static void open() throws Exception {
        session = OpenEndedFixture.create(dir);
    }

    @AfterAll
    static void close() {
        session.close();
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        CompareViewModel vm = new CompareViewModel(new SimpleObjectProperty<>(session), new ImmediateJobs(),
                new ScriptedDialogs(), id -> { });
        stage.setScene(new Scene(new CompareView(vm), 1280, 800));
        stage.show();
    }

    private static String cell(FxRobot robot, String row, int source, String metric) {
        return robot.lookup("#" + ComparisonTable.cellId(row, source, metric)).queryAs(TableCell.class).getText();
    }

    @Test
    void scoresTheTeacherAndTheLlmStudentOnCodesWithTheirIntervalsAndThePairedTest(FxRobot robot) {
        robot.clickOn("#showOpenEnded");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#runOpenEnded");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#openTable").queryTableView();
        assertEquals(List.of("Finding", "Support", "llm teacher", "student:lora"),
                table.getColumns().stream().map(c -> c.getText()).toList());
        String full = OpenEndedComparison.FULL_CODE;
        String category = OpenEndedComparison.CATEGORY;
        assertEquals("0.333", cell(robot, full, 0, "p"));
        assertEquals("0.250", cell(robot, full, 0, "r"));
        assertTrue(cell(robot, full, 0, "f1").startsWith("0.286 ["), cell(robot, full, 0, "f1"));
        assertTrue(cell(robot, full, 1, "f1").startsWith("1.000 ["), cell(robot, full, 1, "f1"));
        assertTrue(cell(robot, category, 0, "f1").startsWith("0.571 ["), cell(robot, category, 0, "f1"));
        String verdict = robot.lookup("#openVerdict").queryAs(Label.class).getText();
        assertTrue(verdict.startsWith("student:lora beats llm teacher by +0.714 ICD-10-CM code micro-F1 (95% CI "),
                verdict);
        assertEquals("Scored 2 sources with 1000 bootstrap resamples.",
                robot.lookup("#openEndedStatus").queryAs(Label.class).getText());

        robot.clickOn("#showComparison");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#compareTable").queryTableView().getScene() != null, "back on the comparison");
    }
}
