package org.radcurate.ui.annotate;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.radcurate.ui.common.AnnotateCss;
import org.radcurate.ui.common.HelpOverlay;
import org.radcurate.ui.common.Writer;
import org.radcurate.ui.common.ReportPane;

/**
 * The annotation workbench: the queue, the report with its evidence, the finding grid with gold,
 * the ICD-10-CM codes and the audit history; keyboard first (F1 lists every key), mouse throughout.
 */
public final class AnnotateView extends BorderPane {
    private final AnnotateViewModel vm;
    private QueuePanel queue;
    private ReportPane report;
    private FindingGrid grid;
    private CodePanel codes;
    private final Label message = new Label();
    private final Label save = new Label();
    private final Label position = new Label();
    private boolean syncing;
    /** I moves the keyboard into the code field; the letter's own typed event must not land in it. */
    private boolean swallowTyped;

    public AnnotateView(AnnotateViewModel vm) {
        this.vm = vm;
        createView();
        bind();
    }

    private void createView() {
        setId("annotateView");
        getStyleClass().add(AnnotateCss.ROOT);
        getStylesheets().add(AnnotateView.class.getResource(AnnotateCss.STYLESHEET).toExternalForm());
        queue = new QueuePanel(vm);
        report = new ReportPane();
        grid = new FindingGrid((row, state) -> vm.edits().setState(row.name(), state));
        codes = new CodePanel(vm.codes());
        javafx.scene.control.TextArea llm = new javafx.scene.control.TextArea();
        llm.setId("llmAnswers");
        llm.setEditable(false);
        llm.setWrapText(true);
        llm.textProperty().bind(vm.llmAnswersProperty());
        llm.setPromptText("No LLM teacher has answered for this report.");
        TabPane tabs = new TabPane(tab("ICD-10-CM codes", "codesTab", codes),
                tab("History", "historyTab", new HistoryPanel(vm.audit())), tab("LLM answers", "llmAnswersTab", llm));
        tabs.setId("sideTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        javafx.scene.layout.VBox gridBox = new javafx.scene.layout.VBox(grid, new GoldLegend());
        javafx.scene.layout.VBox.setVgrow(grid, Priority.ALWAYS);
        SplitPane right = new SplitPane(gridBox, tabs);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.55); // the code panel needs room for its eight matches
        right.setMinWidth(420);
        SplitPane main = new SplitPane(queue, report, right);
        main.setId("annotateSplit");
        main.setDividerPositions(0.19, 0.56);
        SplitPane.setResizableWithParent(queue, false);
        HelpOverlay help = new HelpOverlay(AnnotateKeys.rows(), vm::hideHelp);
        help.visibleProperty().bind(vm.helpVisibleProperty());
        setTop(toolbar());
        setCenter(new StackPane(main, help));
        setBottom(statusBar());
    }

    private static Tab tab(String title, String id, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private ToolBar toolbar() {
        Button undo = button("undoButton", null, Icons.UNDO, "Undo (Ctrl+Z)", () -> vm.edits().undo());
        undo.disableProperty().bind(vm.history().canUndoProperty().not());
        undo.getTooltip().textProperty().bind(vm.history().undoTextProperty().concat("  (Ctrl+Z)"));
        Button redo = button("redoButton", null, Icons.REDO, "Redo (Ctrl+Y)", () -> vm.edits().redo());
        redo.disableProperty().bind(vm.history().canRedoProperty().not());
        redo.getTooltip().textProperty().bind(vm.history().redoTextProperty().concat("  (Ctrl+Y)"));
        Button teacher = button("acceptTeacher", "Teacher", Icons.TEACHER, "Accept the teacher for the whole "
                + "report (T)", () -> vm.edits().acceptTeacher());
        teacher.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.teachers()));
        javafx.scene.control.ComboBox<String> which = new javafx.scene.control.ComboBox<>(vm.teachers());
        which.setId("acceptTeacherChoice");
        which.setTooltip(new Tooltip("The teacher T accepts"));
        which.setFocusTraversable(false);
        which.setMaxWidth(220);
        which.valueProperty().bindBidirectional(vm.acceptedTeacherProperty());
        // only worth a place on the toolbar when there is a choice to make
        which.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.teachers()).greaterThan(1));
        which.managedProperty().bind(which.visibleProperty());
        Button student = button("acceptStudent", "Student", Icons.STUDENT, "Accept the student for the whole "
                + "report (S)", () -> vm.edits().acceptStudent());
        student.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.students()));
        Button flag = button("flagButton", "Flag", Icons.FLAG, "Flag / unflag for follow-up (F); the flag stays "
                + "when the report is done", () -> vm.edits().toggleFlag());
        flag.textProperty().bind(javafx.beans.binding.Bindings.when(vm.flaggedProperty()).then("Flagged")
                .otherwise("Flag"));
        Button comment = button("commentButton", null, Icons.COMMENT, "Comment (C)", () -> vm.edits().editComment());
        Button skip = button("skipButton", "Skip", Icons.SKIP, "Skip and go on (X)", () -> vm.edits().skip());
        Button done = button("doneButton", "Done & next", Icons.CHECK, "Mark done and go on (Enter)",
                () -> vm.edits().doneAndNext());
        Button freeze = button("freezeButton", "Freeze gold…", Icons.SNOWFLAKE, "Freeze the gold into a named, "
                + "versioned gold set (Ctrl+G)", () -> vm.edits().freezeGoldSet());
        Button annotator = button("annotatorButton", "", Icons.PERSON, "Switch annotator: each annotator's labels "
                + "are a source of their own", vm::switchAnnotator);
        annotator.textProperty().bind(javafx.beans.binding.Bindings.when(
                vm.preferences().annotatorProperty().isEmpty()).then("Set annotator")
                .otherwise(vm.preferences().annotatorProperty()));
        ToggleButton dark = new ToggleButton(null, Icons.of(Icons.MOON));
        dark.setId("themeToggle");
        dark.setTooltip(new Tooltip("Dark theme (Ctrl+Shift+L)"));
        dark.selectedProperty().bindBidirectional(vm.preferences().darkProperty());
        Button smaller = button("smallerText", "A−", null, "Smaller text (Ctrl+-)", () -> vm.preferences().smallerText());
        Button bigger = button("biggerText", "A+", null, "Larger text (Ctrl+=)", () -> vm.preferences().biggerText());
        Button help = button("helpButton", null, Icons.HELP, "Keyboard reference (F1 or ?)", vm::toggleHelp);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(undo, redo, new Separator(), teacher, which, student, new Separator(), flag, comment, skip,
                done, new Separator(), freeze, grow, annotator, dark, smaller, bigger, help);
        bar.setId("annotateToolbar");
        return bar;
    }

    private static Button button(String id, String text, String icon, String tip, Runnable action) {
        Button b = new Button(text, icon == null ? null : Icons.of(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private HBox statusBar() {
        message.setId("annotateMessage");
        save.setId("saveStatus");
        save.getStyleClass().add(AnnotateCss.SAVE);
        position.setId("positionText");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(14, message, grow, position, save);
        bar.getStyleClass().add(AnnotateCss.STATUS_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void bind() {
        message.textProperty().bind(vm.messageProperty());
        position.textProperty().bind(vm.positionTextProperty());
        save.textProperty().bind(vm.writer().textProperty());
        vm.writer().stateProperty().addListener((o, was, now) -> {
            save.pseudoClassStateChanged(AnnotateCss.SAVING, now == Writer.SaveState.SAVING);
            save.pseudoClassStateChanged(AnnotateCss.SAVED, now == Writer.SaveState.SAVED);
            save.pseudoClassStateChanged(AnnotateCss.FAILED, now == Writer.SaveState.FAILED);
        });
        grid.setItems(vm.rows());
        vm.teachers().addListener((javafx.beans.InvalidationListener) o -> columns());
        vm.students().addListener((javafx.beans.InvalidationListener) o -> columns());
        vm.acceptedTeacherProperty().addListener(o -> columns());
        columns();
        vm.workProperty().addListener((o, was, now) -> report.show(now, vm.spansProperty().get()));
        vm.selectedSpansProperty().addListener((o, was, now) -> report.select(now, vm.evidenceTextProperty().get()));
        vm.evidenceTextProperty().addListener((o, was, now) -> report.select(vm.selectedSpansProperty().get(), now));
        vm.commentProperty().addListener((o, was, now) -> report.showComment(now));
        vm.statusProperty().addListener(o -> showStatus());
        vm.flaggedProperty().addListener(o -> showStatus());
        vm.selectedProperty().addListener((o, was, now) -> syncGridSelection());
        vm.rows().addListener((javafx.beans.InvalidationListener) o -> Platform.runLater(this::syncGridSelection));
        grid.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing && now.intValue() >= 0 && now.intValue() != vm.selectedProperty().get()) {
                vm.select(now.intValue());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
        vm.preferences().textSizeProperty().addListener((o, was, now) -> applyTextSize(now.intValue()));
        applyTextSize(vm.preferences().textSizeProperty().get());
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(grid::requestFocus);
            }
        });

        report.show(vm.workProperty().get(), vm.spansProperty().get());
    }

    /** Puts the keyboard on the finding grid (when the screen is shown again). */
    public void focusGrid() {
        Platform.runLater(grid::requestFocus);
    }

    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof javafx.scene.control.TextInputControl;
        if (e.getCode() == KeyCode.ESCAPE && (typing || vm.helpVisibleProperty().get())) {
            vm.hideHelp();
            vm.codes().queryProperty().set("");
            grid.requestFocus();
            e.consume();
            return;
        }
        if (!typing && e.getCode() == KeyCode.I && !e.isShortcutDown()) {
            swallowTyped = true;
            codes.field().requestFocus();
            e.consume();
            return;
        }
        if (Shortcuts.handle(e, vm)) {
            e.consume();
        }
    }

    private void columns() {
        grid.columns(vm.teachers(), vm.students(), vm.acceptedTeacherProperty().get());
    }

    private void showStatus() {
        var now = vm.statusProperty().get();
        report.showStatus(vm.workProperty().get(), (now == null ? "" : now.name().toLowerCase(java.util.Locale.ROOT))
                + (vm.flaggedProperty().get() ? "  ·  flagged" : ""));
    }

    private void syncGridSelection() {
        syncing = true;
        try {
            int i = vm.selectedProperty().get();
            if (i >= 0 && i < grid.getItems().size()) {
                grid.getSelectionModel().select(i);
                grid.scrollTo(Math.max(0, i - 4));
            } else {
                grid.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    private void applyTextSize(int px) {
        setStyle("-fx-font-size: " + px + "px;");
    }

    /** For tests: the report pane. */
    ReportPane reportPane() {
        return report;
    }

}
