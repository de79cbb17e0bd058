package org.radcurate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.chart.BarChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.service.EvaluationView;
import org.radcurate.service.CompareFixture;
import org.radcurate.service.ErrorCases.ErrorCase;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.testing.ImmediateJobs;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Compare screen headless: choose sources, run, click a cell, open a report, export. */
@ExtendWith(ApplicationExtension.class)
class CompareViewUiTest {
    @TempDir
    static Path dir;
    static WorkspaceSession workspace;

    private final List<String> opened = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void createWorkspace() throws Exception {
        CompareFixture.create(dir.resolve("w.radcurate"));
        workspace = WorkspaceSession.open(dir.resolve("w.radcurate"));
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        CompareViewModel vm = new CompareViewModel(new SimpleObjectProperty<>(workspace), new ImmediateJobs(),
                dialogs, opened::add);
        stage.setScene(new Scene(new CompareView(vm), 1280, 800));
        // the stage is shared by every UI test: a smaller one left by another test would keep its size
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    /** The check box of a source in the sources list, scrolled into view. */
    private CheckBox sourceBox(FxRobot robot, String name) {
        ListView<SourceChoice> sources = robot.lookup("#sources").queryListView();
        robot.interact(() -> sources.scrollTo(sources.getItems().stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow()));
        return robot.lookup("#sources").lookup((ListCell<SourceChoice> c) -> c.getItem() != null
                && c.getItem().name().equals(name)).lookup(".check-box").queryAs(CheckBox.class);
    }

    @Test
    void comparesThenListsTheReportsBehindACellAndOpensOne(FxRobot robot) {
        robot.clickOn(sourceBox(robot, CompareFixture.WEAK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("radcurate-rules 1.0 chexpert14", CompareFixture.STUDENT),
                robot.lookup("#teacher").queryComboBox().getItems());
        robot.clickOn("#runCompare");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#compareTable").queryTableView();
        assertEquals(16, table.getItems().size());
        assertEquals(2 + 2, table.getColumns().size(), "finding, support, then one group per source");
        assertTrue(robot.lookup("#verdict").queryAs(Label.class).getText().startsWith("student-bert beats radcurate-rules"));
        assertEquals(org.radcurate.domain.ScoringScope.LABELLED, robot.lookup("#scope").queryComboBox().getValue(),
                "scored where each source labelled by default");
        assertEquals("coverage of radcurate-rules 1.0 chexpert14: gold 300 reports, predicted 300, in common 300, "
                + "scored 300 · coverage of student-bert: gold 300 reports, predicted 300, in common 300, scored 300",
                robot.lookup("#compareCoverage").queryAs(Label.class).getText());
        assertEquals(2, robot.lookup("#f1Chart").queryAs(BarChart.class).getData().size());
        // every finding is named on the chart's axis (it used to drop every other label for want of room)
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.CategoryAxis findings = (javafx.scene.chart.CategoryAxis)
                robot.lookup("#f1Chart").queryAs(BarChart.class).getYAxis();
        assertEquals(14, findings.getCategories().size());
        assertEquals(14, findings.getTickMarks().stream().filter(t -> t.isTextVisible()).count());
        // and by its own name, on the axis as drawn: no tick label dropped, none cut short
        List<String> rowsTopDown = table.getItems().stream().map(r -> (EvaluationView.Row) r)
                .filter(r -> r.kind() == EvaluationView.RowKind.FINDING).map(EvaluationView.Row::label).toList();
        List<String> axisBottomUp = new ArrayList<>(rowsTopDown);
        java.util.Collections.reverse(axisBottomUp);
        assertEquals(axisBottomUp, List.copyOf(findings.getCategories()));
        assertEquals(axisBottomUp, findings.getTickMarks().stream().filter(t -> t.isTextVisible())
                .map(t -> t.getValue()).toList());
        assertEquals(new java.util.TreeSet<>(rowsTopDown), findings.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                .map(n -> ((javafx.scene.text.Text) n).getText()).collect(java.util.stream.Collectors.toCollection(
                        java.util.TreeSet::new)));
        TableCell<?, ?> best = robot.lookup("#" + ComparisonTable.cellId("Cardiomegaly", 1, ComparisonTable.F1))
                .queryAs(TableCell.class);
        assertTrue(best.getPseudoClassStates().contains(CompareCss.BEST));
        assertEquals("1.000 [1.000, 1.000]", best.getText());

        // scroll the finding's own row into view (how many rows fit depends on the window the test gets)
        int findingRow = java.util.stream.IntStream.range(0, table.getItems().size())
                .filter(i -> ((EvaluationView.Row) table.getItems().get(i)).label().equals(CompareFixture.FINDING))
                .findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(findingRow));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + ComparisonTable.cellId(CompareFixture.FINDING, 1, ComparisonTable.F1));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("student-bert · Pleural Effusion: 2 false positives, 3 false negatives",
                robot.lookup("#errorTitle").queryAs(Label.class).getText());
        ListView<ErrorCase> fns = robot.lookup("#falseNegatives").queryListView();
        assertEquals(CompareFixture.FALSE_NEGATIVES, fns.getItems().stream().map(ErrorCase::reportId).toList());
        assertTrue(robot.lookup("#openReport").queryAs(Button.class).isDisabled());

        robot.clickOn("S0026 · gold positive → negative");
        robot.clickOn("#openReport");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("S0026"), opened);
    }

    /** The text the "Reports scored" choice draws: its button cell's Text node (an ellipsis when cut off). */
    private static String scopeShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> scope = robot.lookup("#scope").queryComboBox();
        // the button cell (the skin's child); the list's cells are in the popup
        return robot.from(scope).lookup(".text").queryAllAs(javafx.scene.text.Text.class).stream()
                .filter(t -> t.getParent() instanceof ListCell<?> c && c.getParent() == scope)
                .map(javafx.scene.text.Text::getText).findFirst().orElseThrow();
    }

    @Test
    void theReportsScoredChoiceIsShownWholeAt1280x800(FxRobot robot) {
        assertEquals(1280, robot.lookup("#compareView").queryAs(CompareView.class).getScene().getWidth());
        assertEquals(800, robot.lookup("#compareView").queryAs(CompareView.class).getScene().getHeight());
        assertEquals("Where labelled", scopeShown(robot));
        robot.interact(() -> robot.lookup("#scope").queryComboBox().getSelectionModel()
                .select(org.radcurate.domain.ScoringScope.ALL));
        assertEquals("All gold reports", scopeShown(robot));
        robot.interact(() -> robot.lookup("#scope").queryComboBox().getSelectionModel()
                .select(org.radcurate.domain.ScoringScope.LABELLED));
        assertEquals("Where labelled", scopeShown(robot));
    }

    @Test
    void exportsTheShownEvaluationAsHtml(FxRobot robot) throws Exception {
        robot.clickOn("#runCompare");
        WaitForAsyncUtils.waitForFxEvents();
        dialogs.files.add(dir.resolve("report.html"));

        robot.clickOn("#exportMenu").clickOn("#exportHtml");
        WaitForAsyncUtils.waitForFxEvents();

        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertFalse(robot.lookup("#history").queryListView().getItems().isEmpty());
    }
}
