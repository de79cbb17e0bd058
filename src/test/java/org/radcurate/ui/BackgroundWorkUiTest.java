package org.radcurate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.LabelService;
import org.radcurate.service.ReportWork;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.Settings;
import org.radcurate.service.TrainingService;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.FxJobs;
import org.radcurate.ui.common.Writer;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The everyday case on the real app, headless, with the production job runner: a student trains while
 * a radiologist annotates 20 reports by keyboard; every edit is durable and shown as saved, and the run
 * stops cleanly. Then the window is closed in the middle of a job and the workspace is consistent.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundWorkUiTest {
    /** A tiny student with many epochs: it trains for far longer than the annotation takes. */
    private static final Map<String, String> LONG_TINY = Map.ofEntries(Map.entry("layers", "1"),
            Map.entry("width", "16"), Map.entry("heads", "2"), Map.entry("ffn", "32"), Map.entry("maxTokens", "48"),
            Map.entry("vocabSize", "200"), Map.entry("mlmEpochs", "0"), Map.entry("batchSize", "8"),
            Map.entry("patience", "0"), Map.entry("learningRate", "0.003"), Map.entry("epochs", "400"));
    /** Generous: on a loaded 2-core machine the engine takes a while to load; nothing here waits longer than needed. */
    private static final long WAIT = 180;

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CompletableFuture<Void> exited = new CompletableFuture<>();
    private Workbench wb;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = dir.resolve("bg-" + System.nanoTime() + ".radcurate");
        SampleWorkspace.createIfMissing(file, ProgressListener.NONE);
        try (WorkspaceSession s = WorkspaceSession.open(file)) {
            LabelService.labelWorkspace(s, false, false, 1, ProgressListener.NONE, () -> false);
        }
        Settings settings = new Settings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.put(Settings.LAST_WORKSPACE, file.toString());
        settings.put(Settings.ANNOTATOR, "alice");
        wb = new Workbench(settings, new FxJobs(), dialogs, dir.resolve("never-created.radcurate"),
                () -> exited.complete(null));
        wb.show(stage, () -> exited.complete(null));
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT, TimeUnit.SECONDS);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    private void startTraining(FxRobot robot, String name, boolean untilFirstEpoch) throws Exception {
        waitFor("the workspace to open", () -> wb.main().sessionProperty().get() != null);
        robot.clickOn("#trainTab");
        waitFor("the train form", () -> wb.train().canStartProperty().get() || !wb.train().inputs().validationProperty()
                .get().isEmpty());
        robot.interact(() -> {
            LONG_TINY.forEach((k, v) -> wb.train().inputs().parameter(k).orElseThrow().valueProperty().set(v));
            wb.train().inputs().runNameProperty().set(name);
        });
        waitFor("Start to be enabled", () -> wb.train().canStartProperty().get());
        robot.clickOn("#startTraining");
        if (untilFirstEpoch) {
            waitFor("the run's first epoch", () -> wb.train().busyProperty().get() && wb.train().epochs().size() >= 1);
        } else {
            waitFor("the run to train", () -> wb.train().busyProperty().get()
                    && wb.train().progressTextProperty().get().startsWith("step "));
        }
    }

    @Test
    void annotatesTwentyReportsByKeyboardWhileAStudentTrainsThenCancelsTheRunCleanly(FxRobot robot) throws Exception {
        startTraining(robot, "while-annotating", true);
        assertEquals(List.of("Training while-annotating"), fx(() -> wb.jobs().jobList().stream()
                .map(t -> t.getTitle()).toList()));

        robot.clickOn("#annotateTab");
        waitFor("a report in Annotate", () -> wb.annotate().workProperty().get() != null);
        List<String> annotated = new ArrayList<>();
        int epochsAtStart = wb.train().epochs().size();
        for (int i = 0; i < 20; i++) {
            String id = wb.annotate().workProperty().get().report().id();
            annotated.add(id);
            robot.interact(() -> robot.lookup("#findingGrid").query().requestFocus());
            robot.type(KeyCode.U).type(KeyCode.ENTER);
            waitFor("report " + id + " saved and the next one shown", () -> {
                ReportWork w = wb.annotate().workProperty().get();
                return wb.annotate().writer().stateProperty().get() == Writer.SaveState.SAVED && w != null
                        && !w.report().id().equals(id);
            });
            assertTrue(robot.lookup("#saveStatus").queryAs(Label.class).getText().startsWith("Saved"),
                    robot.lookup("#saveStatus").queryAs(Label.class).getText());
        }
        assertTrue(wb.train().busyProperty().get(), "the run trained all along");
        assertTrue(wb.train().epochs().size() > epochsAtStart, "epochs kept arriving while annotating");

        // every edit is durable: a separate read-only connection sees all twenty
        try (WorkspaceSession ro = WorkspaceSession.openReadOnly(file)) {
            AnnotationService svc = new AnnotationService(ro);
            for (String id : annotated) {
                ReportWork w = svc.load(id, "alice");
                assertEquals(AnnotationStatus.DONE, w.status(), id);
                List<String> edits = svc.audit().forReport(id).stream()
                        .map(e -> e.action() + " " + e.target() + " " + e.after()).toList();
                assertTrue(w.rows().stream().anyMatch(r -> r.mine() == MentionState.UNCERTAIN), id + ": " + edits);
                assertTrue(edits.stream().anyMatch(e -> e.endsWith(" UNCERTAIN")), id + ": " + edits);
            }
        }

        // the job list's cancel button (the app's one place for running jobs)
        robot.clickOn(".task-cancel-button");
        waitFor("the run to stop", () -> !wb.train().busyProperty().get());
        robot.clickOn("#trainTab");
        assertTrue(robot.lookup("#trainStatus").queryAs(Label.class).getText().startsWith("Cancelled while-annotating"),
                robot.lookup("#trainStatus").queryAs(Label.class).getText());
        assertEquals(0, (int) fx(() -> wb.jobs().jobList().size()));
        quitAndCheck(robot, RunStatus.CANCELLED);
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void closingTheWindowMidJobAsksStopsTheJobAndLeavesTheWorkspaceConsistent(FxRobot robot) throws Exception {
        startTraining(robot, "closed-mid-run", false);
        dialogs.answers.add(true);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        exited.get(WAIT, TimeUnit.SECONDS);
        assertEquals(1, dialogs.confirmations.size());
        assertTrue(dialogs.confirmations.get(0).startsWith("A background job (training, import, labelling…) is still "
                + "running."), dialogs.confirmations.get(0));
        assertFalse(wb.jobs().busy());
        quitAndCheck(robot, RunStatus.CANCELLED);
    }

    /** Quits (if not yet), then reopens the workspace for writing: the lock is free, the run stopped, the file sound. */
    private void quitAndCheck(FxRobot robot, RunStatus expected) throws Exception {
        if (!exited.isDone()) {
            robot.interact(() -> wb.main().quit(() -> exited.complete(null)));
            exited.get(WAIT, TimeUnit.SECONDS);
        }
        try (WorkspaceSession s = WorkspaceSession.open(file)) {
            List<Run> runs = TrainingService.runs(s);
            assertEquals(1, runs.size());
            assertEquals(expected, runs.get(0).status());
            assertEquals("ok", s.integrityCheck());
        }
    }
}
