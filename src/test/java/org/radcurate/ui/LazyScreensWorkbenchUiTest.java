package org.radcurate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.FxJobs;
import org.radcurate.ui.compare.SourceChoice;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real workbench builds its screens on first show (docs/adr/0024): after start only the report list
 * exists and the training engine is not loaded; a screen shown later reads the workspace open at that
 * moment, also when another was opened since the start; a report opened from another screen lands in an
 * Annotate never shown before; Train loads the engine when first shown.
 */
@ExtendWith(ApplicationExtension.class)
class LazyScreensWorkbenchUiTest {
    private static final long WAIT = 120;
    private static final List<String> SCREENS = List.of("annotateTab", "adjudicateTab", "compareTab", "diagnosticsTab",
            "trainTab");

    @TempDir
    static Path dir;

    private Workbench wb;
    private Path empty;
    private Path sample;

    @Start
    void start(Stage stage) throws Exception {
        empty = dir.resolve("empty-" + System.nanoTime() + ".radcurate");
        WorkspaceSession.open(empty).close();
        sample = dir.resolve("sample-" + System.nanoTime() + ".radcurate");
        SampleWorkspace.createIfMissing(sample, ProgressListener.NONE);
        Settings settings = new Settings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.put(Settings.LAST_WORKSPACE, empty.toString());
        settings.put(Settings.ANNOTATOR, "alice");
        wb = new Workbench(settings, new FxJobs(), new ScriptedDialogs(), dir.resolve("never-created.radcurate"),
                () -> { });
        wb.show(stage, () -> { });
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    private static TabPane tabs(FxRobot robot) {
        return robot.lookup("#screens").queryAs(TabPane.class);
    }

    private static Tab tab(FxRobot robot, String id) {
        return tabs(robot).getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private List<String> compareSources() {
        return wb.compare().inputs().sources().stream().map(SourceChoice::name).toList();
    }

    private void openSample() {
        waitFor("the empty workspace", () -> wb.main().sessionProperty().get() != null);
        WaitForAsyncUtils.asyncFx(() -> wb.main().open(sample));
        waitFor("the sample workspace", () -> wb.main().sessionProperty().get() != null
                && wb.main().sessionProperty().get().file().getFileName().equals(sample.getFileName())
                && !wb.jobs().busy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aScreenShownAfterAWorkspaceSwitchReadsTheWorkspaceOpenThen(FxRobot robot) {
        openSample();

        for (String id : SCREENS) {
            assertNull(tab(robot, id).getContent(), id + " is built before it was shown");
        }
        assertEquals("", wb.train().deviceProperty().get(), "the training engine loads before Train is shown");
        assertEquals(List.of(), compareSources(), "Compare reads a workspace before it is shown");

        robot.clickOn("#compareTab");
        assertNotNull(tab(robot, "compareTab").getContent());
        waitFor("the sample's sources in Compare", () -> !compareSources().isEmpty());
        assertEquals(List.of(SampleWorkspace.GOLD, "radcurate-rules 1.0 chexpert14"), compareSources());
        assertNull(tab(robot, "trainTab").getContent());
        assertEquals("", wb.train().deviceProperty().get());
    }

    @Test
    void aReportOpenedFromDiagnosticsLandsInAnAnnotateNeverShown(FxRobot robot) {
        openSample();
        robot.clickOn("#diagnosticsTab");
        assertNull(tab(robot, "annotateTab").getContent());

        robot.interact(() -> wb.diagnostics().open("S0042"));

        assertEquals("annotateTab", tabs(robot).getSelectionModel().getSelectedItem().getId());
        assertNotNull(tab(robot, "annotateTab").getContent());
        waitFor("S0042 in Annotate", () -> wb.annotate().workProperty().get() != null
                && wb.annotate().workProperty().get().report().id().equals("S0042"));
        assertTrue(robot.lookup("#annotateView").tryQuery().isPresent());
    }

    @Test
    void trainLoadsTheTrainingEngineWhenFirstShown(FxRobot robot) {
        openSample();
        assertEquals("", wb.train().deviceProperty().get());

        robot.clickOn("#trainTab");

        assertNotNull(tab(robot, "trainTab").getContent());
        waitFor("the training engine", () -> !wb.train().deviceProperty().get().isEmpty());
        assertTrue(wb.train().deviceProperty().get().startsWith("cpu"), wb.train().deviceProperty().get());
    }
}
