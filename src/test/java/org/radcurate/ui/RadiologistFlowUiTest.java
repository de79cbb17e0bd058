package org.radcurate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.LabelService;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.AnnotateCss;
import org.radcurate.ui.common.FxJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The radiologist's flow on the real app, headless, from the window only (keys and clicks): annotate,
 * flag, finish, a second annotator, adjudicate the two, freeze only the reviewed reports; then the
 * sample workspace reopened while open, and a workspace another window writes opened read-only. Each
 * fix of issue 17's radiologist half is asserted where the flow meets it.
 */
@ExtendWith(ApplicationExtension.class)
class RadiologistFlowUiTest {
    private static final long WAIT = 60;

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workbench wb;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("flow-" + System.nanoTime() + ".radcurate");
        SampleWorkspace.createIfMissing(file, ProgressListener.NONE);
        try (WorkspaceSession s = WorkspaceSession.open(file)) {
            LabelService.labelWorkspace(s, false, false, 1, ProgressListener.NONE, () -> false);
        }
        Settings settings = new Settings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.put(Settings.LAST_WORKSPACE, file.toString());
        // this workspace is the app's sample workspace too, by another name (as a data folder behind a link
        // gives it), so Open Sample Workspace meets it open in this window
        Path sample = java.nio.file.Files.createSymbolicLink(dir.resolve("sample-" + System.nanoTime() + ".radcurate"),
                file);
        wb = new Workbench(settings, new FxJobs(), dialogs, sample, () -> { });
        wb.show(stage, () -> { });
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    /** A label's text, looked up in Annotate first: Adjudicate's report pane has the same ids. */
    private static String text(FxRobot robot, String id) {
        var inAnnotate = robot.from(robot.lookup("#annotateView").queryAs(Node.class)).lookup(id).tryQuery();
        return (inAnnotate.isPresent() ? (Label) inAnnotate.get() : robot.lookup(id).queryAs(Label.class)).getText();
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        for (KeyCode c : codes) {
            robot.type(c);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void idle(FxRobot robot) {
        waitFor("edits to be saved", () -> !wb.jobs().busy() && !text(robot, "#saveStatus").equals("Saving…"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean hasPseudo(Node n, javafx.css.PseudoClass p) {
        return n.getPseudoClassStates().contains(p);
    }

    /** The gold button of the state the finding's gold is in. */
    private static Button chosenGold(FxRobot robot, String finding) {
        for (String s : List.of("POSITIVE", "NEGATIVE", "UNCERTAIN", "ABSENT")) {
            Button b = robot.lookup("#gold-" + finding.replace(' ', '_') + "-" + s).queryButton();
            if (hasPseudo(b, AnnotateCss.CHOSEN)) {
                return b;
            }
        }
        throw new AssertionError("no gold chosen for " + finding);
    }

    private void report(FxRobot robot, String id) {
        waitFor("report " + id, () -> ("Report " + id).equals(text(robot, "#reportTitle")));
        idle(robot);
    }

    @Test
    void annotateFlagFinishAdjudicateAndFreezeOnlyReviewed(FxRobot robot) throws Exception {
        waitFor("the workspace to open", () -> wb.main().sessionProperty().get() != null);
        dialogs.texts.add("alice"); // Annotate asks once for the annotator's name
        robot.clickOn("#annotateTab");
        report(robot, "S0001");
        assertEquals("alice", wb.preferences().annotatorProperty().get());

        // columns: each source headed by its own short name, the full name in the tooltip
        TableView<?> grid = robot.lookup("#findingGrid").queryTableView();
        Label header = (Label) grid.getColumns().get(1).getGraphic();
        assertEquals("radcurate-rul… (T)", header.getText());
        assertEquals("Teacher: radcurate-rules 1.0 chexpert14\nT accepts this teacher's labels",
                header.getTooltip().getText());
        assertTrue(grid.getColumns().get(1).getWidth() >= 104, "width " + grid.getColumns().get(1).getWidth());

        // pre-filled gold looks pre-filled, and a legend says so; setting it makes it confirmed
        assertTrue(robot.lookup("#goldLegend").query().isVisible());
        assertTrue(hasPseudo(chosenGold(robot, "Enlarged Cardiomediastinum"), AnnotateCss.SUGGESTED));
        keys(robot, KeyCode.J, KeyCode.U);
        idle(robot);
        assertFalse(hasPseudo(chosenGold(robot, "Enlarged Cardiomediastinum"), AnnotateCss.SUGGESTED));
        assertTrue(hasPseudo(chosenGold(robot, "Cardiomegaly"), AnnotateCss.SUGGESTED));

        // I goes to the code field without typing "i"; the match list shows every match
        keys(robot, KeyCode.I);
        TextField field = robot.lookup("#codeField").queryAs(TextField.class);
        assertTrue(field.isFocused());
        assertEquals("", field.getText());
        robot.write("effusion");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> matches = robot.lookup("#codeMatches").queryListView();
        waitFor("the code matches", () -> matches.getItems().size() == 8);
        assertTrue(matches.getHeight() >= 8 * 24, "match list height " + matches.getHeight());
        keys(robot, KeyCode.ESCAPE);

        // a report's status line does not stay on the next report
        keys(robot, KeyCode.I);
        robot.write("J90");
        keys(robot, KeyCode.ENTER);
        idle(robot);
        waitFor("J90 in the codes", () -> robot.lookup("#remove-J90").tryQuery().isPresent());
        keys(robot, KeyCode.ESCAPE, KeyCode.I);
        robot.write("J90");
        keys(robot, KeyCode.ENTER);
        assertEquals("J90 is already in this report's codes.", text(robot, "#annotateMessage"));
        keys(robot, KeyCode.ESCAPE, KeyCode.ENTER);
        report(robot, "S0002");
        assertEquals("", text(robot, "#annotateMessage"));

        // a flag survives Done, shows in the queue and keeps the report in the Flagged filter
        keys(robot, KeyCode.F);
        idle(robot);
        waitFor("the flag in the queue", () -> robot.lookup("#queueFlag-S0002").tryQuery().isPresent());
        keys(robot, KeyCode.ENTER);
        report(robot, "S0003");
        robot.clickOn("#queueFlagged");
        waitFor("the flagged queue", () -> wb.annotate().queue().size() == 1);
        assertEquals("S0002", wb.annotate().queue().get(0).reportId());
        assertEquals(AnnotationStatus.DONE, wb.annotate().queue().get(0).status());
        assertTrue(wb.annotate().queue().get(0).flagged());
        assertTrue(robot.lookup("#queueFlag-S0002").tryQuery().isPresent());
        robot.clickOn("#queueFlagged");
        waitFor("the whole queue", () -> wb.annotate().queue().size() == 300);

        // a second annotator labels S0001 and S0002 too, disagreeing on Enlarged Cardiomediastinum
        dialogs.texts.add("bob");
        robot.clickOn("#annotatorButton");
        waitFor("bob's queue", () -> wb.annotate().progressTextProperty().get().equals("0 of 300 done"));
        // the Flagged filter left S0002 on screen, and the queue keeps it
        report(robot, "S0002");
        keys(robot, KeyCode.LEFT);
        report(robot, "S0001");
        robot.clickOn("#gold-Enlarged_Cardiomediastinum-NEGATIVE");
        idle(robot);
        keys(robot, KeyCode.ENTER);
        report(robot, "S0002");
        keys(robot, KeyCode.ENTER);
        report(robot, "S0003");

        // Adjudicate: the annotators' columns are readable, the status line says nothing false, and a
        // gold key neither asks for a name nor switches the annotator
        robot.clickOn("#adjudicateTab");
        waitFor("the shared reports", () -> wb.adjudicate().items().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("alice", "bob"), List.copyOf(wb.adjudicate().included()));
        assertEquals("", text(robot, "#adjudicateMessage"));
        assertTrue(text(robot, "#kappaOverall").startsWith("Cohen's kappa overall: "), text(robot, "#kappaOverall"));
        TableView<?> adjGrid = robot.lookup("#adjudicateGrid").queryTableView();
        assertEquals("alice (1)", adjGrid.getColumns().get(1).getText());
        assertTrue(adjGrid.getColumns().get(1).getWidth() >= 96, "width " + adjGrid.getColumns().get(1).getWidth());
        assertTrue(adjGrid.getColumns().get(2).getWidth() >= 96, "width " + adjGrid.getColumns().get(2).getWidth());
        assertEquals("Adjudicator: bob", robot.lookup("#adjudicatorButton").queryButton().getText());
        ListView<?> list = robot.lookup("#adjudicateList").queryListView();
        assertTrue(list.getWidth() >= 200, "list width " + list.getWidth());
        // a click on the finding the two disagree on puts the keyboard on the grid; 1 takes alice's label
        robot.clickOn(robot.from(adjGrid).lookup((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Enlarged Cardiomediastinum".equals(c.getText())).queryAs(Node.class));
        keys(robot, KeyCode.DIGIT1);
        idle(robot);
        assertEquals(List.of(), List.copyOf(dialogs.texts));
        assertEquals("bob", wb.preferences().annotatorProperty().get());
        try (WorkspaceSession read = WorkspaceSession.openReadOnly(file)) {
            var last = read.annotation().audit().latest(1).get(0);
            assertEquals(List.of("bob", "adjudicate", "S0001", "Enlarged Cardiomediastinum", "UNCERTAIN"),
                    List.of(last.who(), last.action(), last.reportId(), last.target(), last.after()));
        }

        // Freeze says what it freezes, and freezes only the two reviewed reports
        robot.clickOn("#annotateTab");
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.choices.add(0);
        dialogs.texts.add("reviewed");
        dialogs.texts.add("");
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        waitFor("the freeze", () -> text(robot, "#annotateMessage").startsWith("Froze"));
        assertEquals("Froze gold set reviewed@1: 2 reviewed reports.", text(robot, "#annotateMessage"));
        assertEquals(List.of("The working gold holds 300 reports: 2 reviewed (marked done by an annotator) and 298 "
                + "not yet reviewed (pre-filled: imported, or accepted from a teacher, and not marked done). "
                + "[Freeze the 2 reviewed reports, Freeze all 300 reports]"), dialogs.choiceQuestions);
        try (WorkspaceSession read = WorkspaceSession.openReadOnly(file)) {
            AnnotationService a = read.annotation();
            var set = a.goldSets().stream().filter(g -> g.name().equals("reviewed")).findFirst().orElseThrow();
            assertEquals(2, set.reportCount());
        }

        // File > Open Sample Workspace while it is open here: it stays open, no "in another process"
        robot.clickOn("File").clickOn("Open Sample Workspace");
        waitFor("the answer", () -> text(robot, "#statusMessage").equals("The sample workspace is open in this window."));
        assertEquals(List.of(), dialogs.errors);
        assertEquals(file.toRealPath(), wb.main().sessionProperty().get().file());

        // a workspace another window writes: the lock message offers read-only, and it opens so
        Path other = dir.resolve("other-" + System.nanoTime() + ".radcurate");
        SampleWorkspace.createIfMissing(other, ProgressListener.NONE);
        try (WorkspaceSession elsewhere = WorkspaceSession.open(other)) {
            dialogs.files.add(other);
            dialogs.answers.add(true);
            robot.clickOn("File").clickOn("Open Workspace…");
            waitFor("the read-only workspace", () -> wb.main().sessionProperty().get() != null
                    && wb.main().sessionProperty().get().readOnly());
            String offer = dialogs.confirmations.get(dialogs.confirmations.size() - 1);
            assertTrue(offer.contains("is open in another RadCurate window or process. Close it there first, or open "
                    + "it read-only") && offer.endsWith("Open it read-only here? You can read it; edits and anything else "
                    + "that writes stay off."),
                    offer);
            robot.clickOn("#annotateTab");
            waitFor("Annotate on the read-only workspace", () -> !wb.annotate().rows().isEmpty());
            // the save indicator speaks of this workspace, not of the edits made in the last one
            assertEquals("No changes yet", text(robot, "#saveStatus"));
            assertFalse(wb.annotate().editableProperty().get());
            assertEquals(Set.of(), Set.copyOf(dialogs.errors));
        }
    }
}
