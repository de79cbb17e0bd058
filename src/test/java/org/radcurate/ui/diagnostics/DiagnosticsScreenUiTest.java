package org.radcurate.ui.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.service.DiagnosticsRows;
import org.radcurate.service.DiagnosticsRows.Cell;
import org.radcurate.service.DiagnosticsService;
import org.radcurate.service.LabelService;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.Settings;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.Workbench;
import org.radcurate.ui.common.FxJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.radcurate.ui.testing.WindowSize;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Diagnostics screen in the app on the sample workspace, from the window: the teachers table with the rule
 * teacher's Cardiomegaly row as the service computes it, its intervals shown whole at 1600 px, a click on the
 * precision cell listing the false positives, and "Open in Annotate" showing the first of them there.
 */
@ExtendWith(ApplicationExtension.class)
class DiagnosticsScreenUiTest {
    private static final String FINDING = "Cardiomegaly";

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workbench wb;
    private Stage stage;
    private static String rules;
    private static DiagnosticsRows.Row expected;
    private static List<String> falsePositives;

    @BeforeAll
    static void sample() throws Exception {
        Path file = dir.resolve("diag.radcurate");
        SampleWorkspace.createIfMissing(file, ProgressListener.NONE);
        try (WorkspaceSession s = WorkspaceSession.open(file)) {
            rules = LabelService.labelWorkspace(s, false, false, 1, ProgressListener.NONE, () -> false).target();
            // what the screen should show, from the service, as Diagnostics asks it (all splits, u-zeros)
            DiagnosticsService.Result r = DiagnosticsService.diagnose(s, new DiagnosticsService.Request(null,
                    UncertaintyPolicy.U_ZEROS, List.of(), 1000, 42));
            expected = DiagnosticsRows.rows(r, rules, null).stream()
                    .filter(row -> row.source().equals(rules) && row.finding().equals(FINDING)).findFirst().orElseThrow();
            falsePositives = r.reports(rules, DiagnosticsService.WORKING, FINDING, Cell.FALSE_POSITIVE);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The app's workbench on the sample workspace, built on the FX thread (not in @Start, which must be quick). */
    private void openWorkbench(FxRobot robot) throws java.io.IOException {
        Settings settings = new Settings(dir.resolve("settings-" + System.nanoTime() + ".properties"));
        settings.put(Settings.LAST_WORKSPACE, dir.resolve("diag.radcurate").toString());
        dialogs.texts.add("tester"); // Annotate asks the annotator's name when first shown
        robot.interact(() -> {
            wb = new Workbench(settings, new FxJobs(), dialogs, dir.resolve("no-sample.radcurate"), () -> { });
            wb.show(stage, () -> { });
        });
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    private void idle() {
        waitFor("the jobs to finish", () -> !wb.jobs().busy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The table's cell of the rule teacher's Cardiomegaly row in {@code column}. */
    private TableCell<?, ?> cell(FxRobot robot, String column) {
        return cell(robot.lookup("#diagTable").queryTableView(), column);
    }

    private TableCell<?, ?> cell(TableView<?> table, String column) {
        return table.lookupAll(".table-cell").stream().filter(n -> n instanceof TableCell<?, ?> c && c.isVisible()
                && c.getTableRow() != null && c.getTableRow().getItem() instanceof DiagnosticsRows.Row row
                && row.source().equals(rules) && row.finding().equals(FINDING)
                && c.getTableColumn().getText().equals(column)).map(n -> (TableCell<?, ?>) n).findFirst()
                .orElseThrow(() -> new AssertionError("no " + column + " cell for " + FINDING));
    }

    /** The text a combo box shows for its value. */
    private static String shown(ComboBox<?> box) {
        return ((javafx.scene.control.ListCell<?>) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin())
                .getDisplayNode()).getText();
    }

    private static String drawn(Node labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void teachersTableCellReportsAndOpenInAnnotate(FxRobot robot) throws Exception {
        openWorkbench(robot);
        waitFor("the workspace to open", () -> wb.main().sessionProperty().get() != null);
        idle();
        robot.clickOn("#diagnosticsTab");
        idle();
        waitFor("the teachers' rows", () -> !wb.diagnostics().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("radcurate-rules 1.0 chexpert14", rules);
        assertEquals("250 (83%)", cell(robot, "covered").getText()); // the sample's known count
        assertEquals(DiagnosticsText.rate(expected.covered(), expected.reports()), cell(robot, "covered").getText());
        assertEquals(DiagnosticsText.rate(expected.positives(), expected.reports()), cell(robot, "positive").getText());
        assertTrue(expected.working().precision().matches("\\d\\.\\d{3} \\[\\d\\.\\d{3}, \\d\\.\\d{3}\\]"),
                expected.working().precision());
        // precision's cell lists the false positives
        robot.clickOn(cell(robot, "precision"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> reports = robot.lookup("#diagReports").queryListView();
        assertTrue(!falsePositives.isEmpty());
        assertEquals(falsePositives, List.copyOf(reports.getItems()));
        assertEquals(DiagnosticsText.cellTitle(rules, FINDING, Cell.FALSE_POSITIVE, DiagnosticsService.WORKING,
                falsePositives.size()), robot.lookup("#diagCellTitle").queryAs(Label.class).getText());

        // one opens in Annotate
        String first = falsePositives.get(0);
        robot.clickOn(robot.from(reports).lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> l
                && first.equals(l.getText())).queryAs(Node.class));
        robot.clickOn("#diagOpenReport");
        idle();
        TabPane screens = robot.lookup("#screens").queryAs(TabPane.class);
        assertEquals("annotateTab", screens.getSelectionModel().getSelectedItem().getId());
        Node annotate = robot.lookup("#annotateView").query();
        waitFor("report " + first, () -> ("Report " + first).equals(
                robot.from(annotate).lookup("#reportTitle").queryAs(Label.class).getText()));
        assertEquals(first, wb.annotate().workProperty().get().report().id());

        // the estimate's policy, as `gold-size --policy`: the same values, u-zeros first
        robot.clickOn("#diagnosticsTab");
        idle();
        robot.clickOn("#diagGoldSizeTab");
        ComboBox<UncertaintyPolicy> policy = robot.lookup("#goldSizePolicy").queryAs(ComboBox.class);
        assertEquals(List.of(UncertaintyPolicy.values()), List.copyOf(policy.getItems()));
        assertEquals(UncertaintyPolicy.U_ZEROS, policy.getValue());
        assertEquals("u-zeros", shown(policy));
        robot.clickOn(policy).clickOn("u-ones");
        assertEquals(UncertaintyPolicy.U_ONES, policy.getValue());
        assertEquals("u-ones", shown(policy));

        // at 1600 px the intervals are whole and in view: "0.974 [0.914, 1.000]", not "0.974 [0.914, 1.0…"
        robot.clickOn("#diagTeachersTab");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#diagTable").queryTableView();
        String[][] intervals = {{"precision", expected.working().precision()}, {"recall", expected.working().recall()},
                {"F1", expected.working().f1()}};
        robot.interact(() -> WindowSize.at(stage, 1600, 1000, () -> {
            Bounds view = table.localToScene(table.getBoundsInLocal());
            for (int i = 0; i < intervals.length; i++) {
                TableCell<?, ?> shown = cell(table, intervals[i][0]);
                assertEquals(intervals[i][1], shown.getText(), intervals[i][0]);
                assertEquals(intervals[i][1], drawn(shown), intervals[i][0] + " drawn at 1600 px");
                assertTrue(shown.localToScene(shown.getBoundsInLocal()).getMaxX() <= view.getMaxX(),
                        intervals[i][0] + " in view at 1600 px");
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), dialogs.errors);
    }
}
