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
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.CompareFixture;
import org.radcurate.service.EvaluationService;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Compare screen on a workspace another window writes: "read-only" shown up front, Compare scores, no dialog. */
@ExtendWith(ApplicationExtension.class)
class CompareReadOnlyUiTest {
    @TempDir
    static Path dir;
    static WorkspaceSession writer;
    static WorkspaceSession readOnly;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void open() throws Exception {
        Path file = dir.resolve("w.radcurate");
        CompareFixture.create(file);
        writer = WorkspaceSession.open(file);
        readOnly = WorkspaceSession.openReadOnly(file);
    }

    @AfterAll
    static void close() {
        readOnly.close();
        writer.close();
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        CompareViewModel vm = new CompareViewModel(new SimpleObjectProperty<>(readOnly), new ImmediateJobs(), dialogs,
                id -> { });
        stage.setScene(new Scene(new CompareView(vm), 1280, 800));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void saysReadOnlyThenScoresWithoutStoringAndWithoutAnErrorDialog(FxRobot robot) {
        Label notice = robot.lookup("#compareReadOnly").queryAs(Label.class);
        assertTrue(notice.isVisible());
        assertEquals(CompareText.READ_ONLY, notice.getText());
        robot.interact(() -> robot.lookup("#resamples").queryAs(javafx.scene.control.Spinner.class).getValueFactory()
                .setValue(0));

        robot.clickOn("#runCompare");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), dialogs.errors);
        assertEquals("Scored, not stored: the workspace is open read-only.", text(robot, "#compareStatus"));
        assertTrue(text(robot, "#compareSummary").startsWith("Not stored · sample-gold@1 · "),
                text(robot, "#compareSummary"));
        assertEquals(16, robot.lookup("#compareTable").queryTableView().getItems().size());
        assertEquals(List.of(), robot.lookup("#history").queryListView().getItems());
        assertEquals(List.of(), EvaluationService.history(writer));
    }
}
