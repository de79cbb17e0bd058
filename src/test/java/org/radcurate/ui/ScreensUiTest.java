package org.radcurate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.LabelService;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.FxJobs;
import org.radcurate.ui.testing.CssWarnings;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.radcurate.ui.testing.WindowSize;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the app on the sample workspace, as the window shows it: no stylesheet warns (an unresolved
 * theme colour, a value that cannot be converted), and Annotate's queue labels are shown whole at 1280x800 and
 * 1600x1000.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensUiTest {
    static final List<String> SCREENS = List.of("reportsTab", "annotateTab", "adjudicateTab", "compareTab",
            "diagnosticsTab", "trainTab");

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private CssWarnings css;
    private Workbench wb;
    private Stage stage;

    @BeforeAll
    static void sample() throws Exception {
        Path file = dir.resolve("screens.radcurate");
        SampleWorkspace.createIfMissing(file, ProgressListener.NONE);
        try (WorkspaceSession s = WorkspaceSession.open(file)) {
            LabelService.labelWorkspace(s, false, false, 1, ProgressListener.NONE, () -> false);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The app's workbench on a copy of the sample workspace, built on the FX thread (@Start must be quick). */
    private void open(FxRobot robot) throws Exception {
        Path file = dir.resolve("screens-" + System.nanoTime() + ".radcurate");
        java.nio.file.Files.copy(dir.resolve("screens.radcurate"), file);
        Settings settings = new Settings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.put(Settings.LAST_WORKSPACE, file.toString());
        dialogs.texts.add("tester"); // the annotator's name, asked when Annotate is first shown
        css = new CssWarnings();
        robot.interact(() -> {
            wb = new Workbench(settings, new FxJobs(), dialogs, dir.resolve("no-sample.radcurate"), () -> { });
            wb.show(stage, () -> { });
        });
        waitFor("the workspace to open", () -> wb.main().sessionProperty().get() != null);
        waitFor("the workspace's reads", () -> !wb.jobs().busy());
    }

    @AfterEach
    void stopListening() {
        if (css != null) {
            css.close();
        }
    }

    static void waitFor(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    /** Shows the screen, waits for its reads, and styles and lays out the whole window. */
    private void show(FxRobot robot, String tab) {
        robot.interact(() -> wb.window().showScreen(tab));
        waitFor("the reads of " + tab, () -> !wb.jobs().busy());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    /** The text a labeled control draws, ellipsized when it does not fit. */
    static String drawn(Node labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }

    @Test
    void everyScreenStylesWithoutAWarning(FxRobot robot) throws Exception {
        open(robot);
        for (String tab : SCREENS) {
            show(robot, tab);
        }
        // and in the dark theme
        robot.interact(() -> wb.preferences().darkProperty().set(true));
        for (String tab : SCREENS) {
            show(robot, tab);
        }
        robot.interact(() -> wb.preferences().darkProperty().set(false));
        assertEquals(List.of(), css.warnings());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void theQueueLabelsAreShownWholeAt1280And1600(FxRobot robot) throws Exception {
        open(robot);
        show(robot, "annotateTab");
        Labeled disagree = robot.lookup("#queueDisagreement").queryAs(Labeled.class);
        Labeled flagged = robot.lookup("#queueFlagged").queryAs(Labeled.class);
        assertEquals("Teacher–student disagreements only", disagree.getText());
        for (int[] size : new int[][] {{1280, 800}, {1600, 1000}}) {
            String at = size[0] + "x" + size[1];
            robot.interact(() -> WindowSize.at(stage, size[0], size[1], () -> {
                assertEquals(size[0], (int) disagree.getScene().getWidth(), at);
                assertEquals("Teacher–student disagreements only", drawn(disagree), at);
                assertEquals("Flagged only", drawn(flagged), at);
            }));
        }
    }
}
