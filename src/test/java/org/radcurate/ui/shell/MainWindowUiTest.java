package org.radcurate.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ReportSummary;
import org.radcurate.service.AppPaths;
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

    /** Opens a Help item as a click would (the dialog waits for the user), and returns once it shows. */
    private static void openHelp(FxRobot robot, String itemId) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().stream().filter(m -> "helpMenu".equals(m.getId())).findFirst().orElseThrow();
        MenuItem item = help.getItems().stream().filter(m -> itemId.equals(m.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void closeHelp(FxRobot robot) {
        DialogPane pane = robot.lookup("#helpDialog").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
    }

    @Test
    void helpShowsTheLogFileAndCopiesItsPath(FxRobot robot) {
        openHelp(robot, "helpLogFile");
        assertEquals(AppPaths.logFile().toString(), robot.lookup("#copyableValue").queryAs(TextField.class).getText());

        robot.clickOn("#copyValue");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Copied", robot.lookup("#copyValue").queryButton().getText());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(AppPaths.logFile().toString(), copied[0]);
        closeHelp(robot);
    }

    @Test
    void aboutShowsTheBuiltVersionAndTheRunningJavaFx(FxRobot robot) {
        openHelp(robot, "helpAbout");
        List<String> lines = robot.lookup("#helpText").queryAs(TextArea.class).getText().lines().toList();
        assertEquals("RadCurate " + System.getProperty("radcurate.expected.version"), lines.get(0));
        assertEquals("JavaFX " + System.getProperty("javafx.runtime.version"), lines.get(lines.size() - 1));
        closeHelp(robot);
    }
}
