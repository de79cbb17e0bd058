package org.radcurate.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ReportSummary;
import org.radcurate.service.Settings;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headless: the sample reports appear and a click shows one. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    @TempDir
    static Path dir;

    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(new Settings(dir.resolve("settings.properties")), new ImmediateJobs(),
                new ScriptedDialogs(), dir.resolve("sample.radcurate"));
        stage.setScene(new Scene(new MainWindow(vm, stage::close), 1280, 720));
        stage.show();
        vm.start();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(vm::close);
    }

    @Test
    void showsTheSampleReportsAndTheSelectedReportText(FxRobot robot) {
        TableView<ReportSummary> table = robot.lookup("#reportTable").queryTableView();
        assertEquals(300, table.getItems().size());
        assertEquals("Report S0001", robot.lookup("#reportHeader").queryAs(Label.class).getText());

        robot.clickOn("S0003");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Report S0003", robot.lookup("#reportHeader").queryAs(Label.class).getText());
        assertEquals("300 reports", robot.lookup("#reportCount").queryAs(Label.class).getText());
    }

    @Test
    void typingInTheFilterNarrowsTheTable(FxRobot robot) {
        robot.clickOn("#reportFilter").write("S029");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ReportSummary> table = robot.lookup("#reportTable").queryTableView();
        assertEquals(10, table.getItems().size());
        assertEquals("10 of 300 reports", robot.lookup("#reportCount").queryAs(Label.class).getText());
    }
}
