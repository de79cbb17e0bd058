package org.radcurate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.LabelColumn;
import org.radcurate.domain.RunStatus;
import org.radcurate.domain.SourceKind;
import org.radcurate.service.ErrorCases.ErrorCase;
import org.radcurate.service.EvaluationView;
import org.radcurate.service.Settings;
import org.radcurate.ui.common.FxJobs;
import org.radcurate.ui.compare.SourceChoice;
import org.radcurate.ui.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The researcher's flow on the real app, headless, from the window only (file choosers answered by a script):
 * a new workspace, the bundled reports, the bundled nih14 gold imported as gold and frozen from the import
 * dialog, the workspace's schema and the rule teacher in nih14, a tiny student on the train split, its
 * predictions, teacher vs student vs gold in Compare, and a false positive opened in Annotate.
 */
@ExtendWith(ApplicationExtension.class)
class ResearcherFlowUiTest {
    /** The smallest student that trains: a minute on a loaded 2-core machine, most of it loading the engine. */
    private static final Map<String, String> TINY = Map.ofEntries(Map.entry("layers", "1"), Map.entry("width", "16"),
            Map.entry("heads", "2"), Map.entry("ffn", "32"), Map.entry("maxTokens", "48"),
            Map.entry("vocabSize", "200"), Map.entry("mlmEpochs", "0"), Map.entry("batchSize", "16"),
            Map.entry("patience", "0"), Map.entry("learningRate", "0.003"), Map.entry("epochs", "2"));
    private static final String RULES = "radcurate-rules 1.0 nih14";
    private static final long WAIT = 240;

    @TempDir
    static Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CompletableFuture<Void> exited = new CompletableFuture<>();
    private Workbench wb;

    @Start
    void start(Stage stage) throws Exception {
        Settings settings = new Settings(dir.resolve("settings.properties"));
        settings.put(Settings.ANNOTATOR, "alice");
        wb = new Workbench(settings, new FxJobs(), dialogs, dir.resolve("sample.radcurate"), () -> exited.complete(null));
        wb.show(stage, () -> exited.complete(null));
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT, TimeUnit.SECONDS);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    /** Fires a menu item as a click would; a dialog it opens waits for the user, so it is fired later. */
    private static void menu(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> items(m).stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<MenuItem> items(Menu menu) {
        return menu.getItems().stream().flatMap(i -> i instanceof Menu m
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(i), items(m).stream())
                : java.util.stream.Stream.of(i)).toList();
    }

    private List<String> compareSources() {
        return wb.compare().inputs().sources().stream().map(SourceChoice::name).toList();
    }

    @Test
    void fromANewWorkspaceToAFalsePositiveOfTheTeacherInAnnotate(FxRobot robot) throws Exception {
        waitFor("the sample workspace", () -> wb.main().sessionProperty().get() != null);

        // a new workspace: the sample's status line does not stay
        dialogs.files.add(dir.resolve("cohort.radcurate"));
        menu(robot, "newWorkspace");
        waitFor("the new workspace", () -> wb.main().sessionProperty().get() != null
                && wb.main().sessionProperty().get().file().getFileName().toString().equals("cohort.radcurate"));
        assertEquals("Opened cohort.radcurate", robot.lookup("#statusMessage").queryAs(Label.class).getText());
        assertEquals(List.of(), compareSources());

        dialogs.files.add(Path.of("sample-reports/reports.csv").toAbsolutePath());
        menu(robot, "importReports");
        waitFor("300 reports", () -> "300 reports".equals(robot.lookup("#reportCount").queryAs(Label.class).getText()));

        importGold(robot);
        chooseSchemaAndRunTheRuleTeacher(robot);
        String before = annotateShowsAReport(robot);
        compareTheTeacherAlone(robot);
        trainAndPredictOnTheTrainSplit(robot);
        String clicked = compareAndOpenAFalsePositive(robot);

        assertNotEquals(before, clicked, "the false positive is another report than Annotate was on");
        waitFor("Annotate on the clicked report", () -> wb.annotate().workProperty().get() != null
                && wb.annotate().workProperty().get().report().id().equals(clicked));
        assertEquals("annotateTab", fx(() -> robot.lookup("#screens").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getId()));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    /** File > Import Labels: kind, schema found from the columns, the column preview, and freezing as a gold set. */
    @SuppressWarnings("unchecked")
    private void importGold(FxRobot robot) throws Exception {
        Path gold = Files.copy(Path.of("sample-reports/gold-nih14.csv"), dir.resolve("nih14-gold.csv"));
        dialogs.files.add(gold);
        menu(robot, "importLabels");
        waitFor("the column preview", () -> robot.lookup("#importColumns").tryQuery().isPresent()
                && !robot.lookup("#importColumns").queryTableView().getItems().isEmpty());

        assertEquals("nih14-gold", robot.lookup("#importName").queryTextInputControl().getText());
        assertEquals(SourceKind.GOLD, robot.lookup("#importKind").queryComboBox().getValue(),
                "a file named gold is offered as gold");
        assertEquals("nih14", robot.lookup("#importSchema").queryComboBox().getValue(), "found from the columns");
        TableView<LabelColumn> columns = robot.lookup("#importColumns").queryTableView();
        assertEquals(15, columns.getItems().size(), "every column is listed");
        assertEquals(new LabelColumn("id", LabelColumn.Use.KEY, null, "report id"), columns.getItems().get(0));
        assertEquals("14 columns read as findings of nih14 (the schema that fits the columns best).",
                robot.lookup("#importSummary").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#importFreeze").queryAs(CheckBox.class).isSelected());
        assertEquals("nih14-gold", robot.lookup("#importGoldSet").queryTextInputControl().getText());

        // in the other schema the dialog says which columns do not map, and will not import
        ComboBox<String> schema = robot.lookup("#importSchema").queryComboBox();
        robot.interact(() -> schema.setValue("chexpert14"));
        waitFor("the chexpert14 preview", () -> robot.lookup("#importProblem").queryAs(Label.class).isVisible());
        assertEquals("Column Effusion: 'Effusion' is not a finding of schema chexpert14 (it is one of nih14: is the "
                + "file labelled for nih14?); the closest is 'Pleural Effusion'. Rename or remove the column.",
                robot.lookup("#importProblem").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#importOk").queryButton().isDisabled());
        robot.interact(() -> schema.setValue("nih14"));
        waitFor("the nih14 preview again", () -> !robot.lookup("#importOk").queryButton().isDisabled());

        robot.clickOn("#importOk");
        // a screen reads the workspace from its first show on (docs/adr/0024): Compare is opened to look
        robot.clickOn("#compareTab");
        waitFor("the frozen gold set in Compare", () -> wb.compare().inputs().goldSets().stream()
                .map(GoldSet::reference).toList().equals(List.of("nih14-gold@1")));
        assertEquals(300, fx(() -> wb.compare().inputs().goldSetProperty().get().reportCount()));
        assertTrue(robot.lookup("#statusMessage").queryAs(Label.class).getText()
                .endsWith("labels written; frozen as gold set nih14-gold@1: choose it in Compare."));
        waitFor("the learning curve's gold sets", () -> wb.compare().learningCurve().goldSets().size() == 1);
    }

    /** Label > Workspace Schema > nih14 (the CLI's schema --use), then Label > Run Rule Teacher In Schema > nih14. */
    private void chooseSchemaAndRunTheRuleTeacher(FxRobot robot) throws Exception {
        waitFor("the schema menu", () -> wb.main().schemas().contains("nih14"));
        assertEquals("chexpert14", wb.main().activeSchemaProperty().get());
        menu(robot, "useSchema-nih14");
        waitFor("nih14 as the workspace's schema", () -> "nih14".equals(wb.main().activeSchemaProperty().get()));
        assertEquals("nih14", fx(() -> wb.main().sessionProperty().get().activeSchema().name()));

        menu(robot, "runRuleTeacher-nih14");
        waitFor("the rule teacher in Compare's sources", () -> compareSources().contains(RULES));
        assertEquals(List.of("nih14-gold", RULES), compareSources());
    }

    /** Annotate shows its first report before Compare sends it elsewhere. */
    private String annotateShowsAReport(FxRobot robot) throws Exception {
        robot.clickOn("#annotateTab");
        waitFor("a report in Annotate", () -> wb.annotate().workProperty().get() != null);
        assertEquals("Atelectasis", fx(() -> wb.annotate().rows().get(0).name()),
                "Annotate follows the schema chosen in the Label menu");
        return fx(() -> wb.annotate().workProperty().get().report().id());
    }

    /** A comparison of the teacher alone: the teacher stays chosen without a student. */
    private void compareTheTeacherAlone(FxRobot robot) throws Exception {
        robot.clickOn("#compareTab");
        waitFor("the teacher chosen", () -> wb.compare().inputs().chosen().equals(List.of(RULES)));
        assertEquals(RULES, fx(() -> wb.compare().inputs().teacherProperty().get()));
        robot.interact(() -> wb.compare().inputs().resamplesProperty().set(0));
        robot.clickOn("#runCompare");
        waitFor("the teacher's comparison", () -> wb.compare().resultProperty().get() != null);
    }

    /** Train defaults to the train split here, warns when the test split is in, trains and predicts. */
    private void trainAndPredictOnTheTrainSplit(FxRobot robot) throws Exception {
        robot.clickOn("#trainTab");
        waitFor("the rule teacher in Train", () -> wb.train().inputs().teachers().contains(RULES));
        assertEquals("train", robot.lookup("#trainSplit").queryComboBox().getValue());
        assertFalse(robot.lookup("#trainLeakage").queryAs(Label.class).isVisible());
        robot.interact(() -> wb.train().inputs().splitProperty().set("all"));
        assertTrue(robot.lookup("#trainLeakage").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#trainLeakage").queryAs(Label.class).getText()
                .startsWith("All reports include the test split"));
        robot.interact(() -> {
            wb.train().inputs().splitProperty().set("train");
            wb.train().inputs().teacherProperty().set(RULES);
            wb.train().inputs().runNameProperty().set("s1");
            TINY.forEach((k, v) -> wb.train().inputs().parameter(k).orElseThrow().valueProperty().set(v));
        });
        waitFor("Start to be enabled", () -> wb.train().canStartProperty().get());
        robot.clickOn("#startTraining");
        waitFor("the run to finish", () -> wb.train().runs().stream()
                .anyMatch(r -> r.name().equals("s1") && r.status() == RunStatus.FINISHED) && wb.train().canPredictProperty().get());
        robot.clickOn("#predict");
        waitFor("the student in Compare, without going there", () -> compareSources().contains("student:s1"));
    }

    /** Teacher vs student vs gold on the test split; a false positive of the teacher opened in Annotate. */
    private String compareAndOpenAFalsePositive(FxRobot robot) throws Exception {
        robot.clickOn("#compareTab");
        assertTrue(fx(() -> wb.compare().resultProperty().get() != null), "the teacher's comparison is still shown");
        assertEquals(List.of(RULES, "student:s1"), fx(() -> List.copyOf(wb.compare().inputs().chosen())),
                "the new student is ticked; the gold source is not");
        assertEquals(RULES, fx(() -> wb.compare().inputs().teacherProperty().get()));
        assertEquals("student:s1", fx(() -> wb.compare().inputs().studentProperty().get()));
        // scored on every report, the student's figures include its training reports: the screen says so
        robot.interact(() -> wb.compare().inputs().splitProperty().set("all"));
        assertEquals("student:s1 learnt from the train split, and this comparison scores every report: its figures "
                + "include reports it learnt from. Score on a split it did not train on (test).",
                robot.lookup("#compareLeakage").queryAs(Label.class).getText());
        robot.interact(() -> {
            wb.compare().inputs().splitProperty().set("test");
            wb.compare().inputs().resamplesProperty().set(50);
        });
        assertFalse(robot.lookup("#compareLeakage").queryAs(Label.class).isVisible());
        robot.clickOn("#runCompare");
        waitFor("teacher vs student", () -> wb.compare().resultProperty().get() != null
                && wb.compare().resultProperty().get().sources().equals(List.of(RULES, "student:s1")));

        TableView<EvaluationView.Row> table = robot.lookup("#compareTable").queryTableView();
        int row = fx(() -> IntStream.range(0, table.getItems().size()).filter(i -> {
            EvaluationView.Row r = table.getItems().get(i);
            return r.kind() == EvaluationView.RowKind.FINDING && r.cells().get(0).precision() < 1;
        }).findFirst().orElseThrow());
        String finding = fx(() -> table.getItems().get(row).label());
        robot.interact(() -> table.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        // the cell's id as ComparisonTable gives it: source 0 (the teacher), metric f1, the row's label
        robot.clickOn("#cell-0-f1-" + finding.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        waitFor("the teacher's false positives", () -> !robot.lookup("#falsePositives").queryListView().getItems()
                .isEmpty());
        ListView<ErrorCase> fps = robot.lookup("#falsePositives").queryListView();
        String id = fx(() -> fps.getItems().get(fps.getItems().size() - 1).reportId());
        robot.interact(() -> fps.getSelectionModel().select(fps.getItems().size() - 1));
        robot.clickOn("#openReport");
        return id;
    }
}
