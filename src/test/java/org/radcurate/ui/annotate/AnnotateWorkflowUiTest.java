package org.radcurate.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.AnnotationFixtures;
import org.radcurate.service.AnnotationService;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.adjudicate.AdjudicateView;
import org.radcurate.ui.adjudicate.AdjudicateViewModel;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The acceptance run on the real screens, headless: three reports annotated with keys only,
 * undo twice, redo once, a second annotator, adjudication of the two, a frozen gold set; then the
 * database rows themselves are checked.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotateWorkflowUiTest {
    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SimpleObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private Path file;
    private Settings settings;
    private AnnotateViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = AnnotationFixtures.sampleCopy(dir, "ui.radcurate");
        WorkspaceSession s = WorkspaceSession.open(file);
        AnnotationFixtures.labelWithRules(s);
        settings = new Settings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        vm = new AnnotateViewModel(session, settings, new ImmediateJobs(), dialogs);
        stage.setScene(new Scene(new AnnotateView(vm), 1280, 720));
        stage.show();
        session.set(s);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            WorkspaceSession s = session.get();
            session.set(null);
            if (s != null) {
                s.close();
            }
        });
    }

    private void keys(FxRobot robot, KeyCode... codes) {
        for (KeyCode c : codes) {
            robot.type(c);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void annotateWithKeysUndoRedoAdjudicateAndFreeze(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#findingGrid").query().requestFocus());
        assertEquals("Report S0001", text(robot, "#reportTitle"));
        dialogs.texts.add("alice"); // asked once, at the first edit

        // S0001: Enlarged Cardiomediastinum uncertain, done
        keys(robot, KeyCode.J, KeyCode.U);
        assertTrue(text(robot, "#saveStatus").startsWith("Saved"), text(robot, "#saveStatus"));
        keys(robot, KeyCode.ENTER);
        // S0002: accept the teacher, then Lung Opacity positive, done
        assertEquals("Report S0002", text(robot, "#reportTitle"));
        keys(robot, KeyCode.T, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.P, KeyCode.ENTER);
        // S0003: No Finding negative (digit key), done
        assertEquals("Report S0003", text(robot, "#reportTitle"));
        keys(robot, KeyCode.K, KeyCode.K, KeyCode.K, KeyCode.K, KeyCode.DIGIT2, KeyCode.ENTER);
        assertEquals("Report S0004", text(robot, "#reportTitle"));
        assertEquals("3 of 300 done", text(robot, "#progressText"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Report S0003", text(robot, "#reportTitle"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 300 done", text(robot, "#progressText"));
        assertEquals("NEGATIVE", vm.shownGold().get("No Finding").name(), vm.messageProperty().get() + " / "
                + vm.history().undoTextProperty().get() + " / " + vm.history().redoTextProperty().get());

        // a second annotator on S0001 disagrees on Enlarged Cardiomediastinum
        dialogs.texts.add("bob");
        robot.clickOn("#annotatorButton");
        robot.interact(() -> vm.open("S0001"));
        robot.interact(() -> robot.lookup("#findingGrid").query().requestFocus());
        keys(robot, KeyCode.J, KeyCode.N, KeyCode.ENTER);

        // adjudicate alice and bob: gold back to alice's uncertain with key 1
        AdjudicateViewModel adj = new AdjudicateViewModel(session, settings, new ImmediateJobs(), dialogs);
        robot.interact(() -> {
            Stage second = new Stage();
            second.setScene(new Scene(new AdjudicateView(adj), 1280, 720));
            second.show();
            second.getScene().getRoot().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("alice", "bob"), List.copyOf(adj.included()));
        assertEquals("S0001", adj.items().get(0).reportId());
        AnnotationService check = new AnnotationService(session.get());
        double expected = check.agreement(List.of("alice", "bob")).overall().kappa();
        assertTrue(text(robot, "#kappaOverall").startsWith("Cohen's kappa overall: "
                + AdjudicateViewModel.format(expected)), text(robot, "#kappaOverall"));
        keys(robot, KeyCode.D, KeyCode.DIGIT1);
        // F1 shows the adjudication keys over the screen, Esc hides them again
        javafx.scene.Node adjRoot = robot.lookup("#adjudicateView").query();
        javafx.scene.Node overlay = robot.from(adjRoot).lookup("#helpOverlay").query();
        assertTrue(!overlay.isVisible());
        keys(robot, KeyCode.F1);
        assertTrue(overlay.isVisible() && adj.helpVisibleProperty().get());
        List<String> shown = robot.from(overlay).lookup((javafx.scene.Node n) -> n instanceof Label)
                .queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(shown.contains("Take the 1st … 9th annotator's label as gold"), shown.toString());
        assertTrue(shown.contains("1 … 9"), shown.toString());
        keys(robot, KeyCode.ESCAPE);
        assertTrue(!overlay.isVisible());
        robot.interact(() -> robot.targetWindow(stage));

        // freeze
        dialogs.texts.add("round-1");
        dialogs.texts.add("after adjudication");
        robot.interact(() -> stage.toFront());
        robot.interact(() -> vm.edits().freezeGoldSet());
        assertTrue(vm.messageProperty().get().startsWith("Froze gold set round-1@1"), vm.messageProperty().get());
        assertEquals(List.of(), dialogs.errors);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals("UNCERTAIN", one(c, gold("S0001", "Enlarged Cardiomediastinum")));
            assertEquals("UNCERTAIN", one(c, mine("alice", "S0001", "Enlarged Cardiomediastinum")));
            assertEquals("NEGATIVE", one(c, mine("bob", "S0001", "Enlarged Cardiomediastinum")));
            assertEquals("POSITIVE", one(c, gold("S0002", "Lung Opacity")));
            assertEquals("NEGATIVE", one(c, gold("S0003", "No Finding")));
            assertEquals(List.of("S0001 DONE", "S0002 DONE", "S0003 TODO"), rows(c, "SELECT r.ext_id || ' ' || "
                    + "a.status FROM annotation_status a JOIN reports r USING (rid) WHERE a.annotator = 'alice' "
                    + "ORDER BY r.ext_id"));
            assertEquals("UNCERTAIN", one(c, "SELECT g.state FROM gold_set_labels g JOIN gold_sets s ON s.id = "
                    + "g.gold_set_id JOIN reports r ON r.rid = g.rid WHERE s.name = 'round-1' AND s.version = 1 "
                    + "AND r.ext_id = 'S0001' AND g.finding = 'Enlarged Cardiomediastinum'"));
            assertEquals("after adjudication", one(c, "SELECT note FROM gold_sets WHERE name = 'round-1'"));
            List<String> audit = rows(c, "SELECT who || ' ' || action || ' ' || report_id || ' ' || target || ' ' "
                    + "|| before || ' ' || after FROM audit_log ORDER BY id");
            assertTrue(audit.contains("alice undo S0003 No Finding NEGATIVE ABSENT"), String.join("\n", audit));
            assertTrue(audit.contains("alice redo S0003 No Finding ABSENT NEGATIVE"), String.join("\n", audit));
            assertTrue(audit.contains("bob adjudicate S0001 Enlarged Cardiomediastinum NEGATIVE UNCERTAIN"),
                    String.join("\n", audit));
            assertTrue(audit.get(audit.size() - 1).startsWith("bob freeze gold set  round-1@1"), audit.toString());
        }
    }

    private static String gold(String report, String finding) {
        return "SELECT l.state FROM labels l JOIN sources s ON s.id = l.source_id JOIN reports r ON r.rid = l.rid "
                + "WHERE s.name = 'gold' AND r.ext_id = '" + report + "' AND l.finding = '" + finding + "'";
    }

    private static String mine(String annotator, String report, String finding) {
        return gold(report, finding).replace("s.name = 'gold'", "s.name = 'annotator:" + annotator + "'");
    }

    private static String one(Connection c, String sql) throws SQLException {
        List<String> r = rows(c, sql);
        assertEquals(1, r.size(), sql);
        return r.get(0);
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
