package org.radcurate.ui.shell;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.radcurate.domain.ReportSummary;
import org.radcurate.ui.common.Css;
import org.radcurate.ui.reports.ReportListView;
import org.radcurate.ui.reports.ReportTextView;

/** The main window: menus, the report list beside the selected report, and a status bar. */
public final class MainWindow extends BorderPane {
    private final MainViewModel vm;
    private final Runnable quit;
    private final HelpViewModel help;
    private ReportListView list;
    private ReportTextView text;
    private final Label status = new Label();
    private final Label counts = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    private final TabPane tabs = new TabPane();
    private final JobListPane jobs;
    private final Menu label = new Menu("_Label");

    /**
     * A screen shown as a tab: its title, a stable id for tests, what builds its content, and what to
     * do when it is shown (re-read what other screens may have changed, such as new sources). The
     * content is built the first time the tab is selected, by a click or {@link #showScreen}, so a
     * screen nobody opens costs nothing at start-up (docs/adr/0024).
     */
    public record Screen(String title, String id, Supplier<? extends Node> content, Runnable onShow) {
        /** A screen whose content exists already (built at once). */
        public Screen(String title, String id, Node content, Runnable onShow) {
            this(title, id, () -> content, onShow);
        }

        public Screen(String title, String id, Node content) {
            this(title, id, content, () -> { });
        }
    }

    public MainWindow(MainViewModel vm, Runnable quit) {
        this(vm, quit, List.of());
    }

    public MainWindow(MainViewModel vm, Runnable quit, List<Screen> screens) {
        this(vm, quit, screens, javafx.collections.FXCollections.observableArrayList());
    }

    /** With the app's job list, shown above the status bar. */
    public MainWindow(MainViewModel vm, Runnable quit, List<Screen> screens,
            javafx.collections.ObservableList<org.radcurate.ui.common.LaneTask<?>> jobList) {
        this(vm, quit, screens, jobList, null);
    }

    /** With the Help menu's ViewModel; null shows its dialogs over this window and lists no screen's keys. */
    public MainWindow(MainViewModel vm, Runnable quit, List<Screen> screens,
            javafx.collections.ObservableList<org.radcurate.ui.common.LaneTask<?>> jobList, HelpViewModel help) {
        this.vm = vm;
        this.quit = quit;
        this.jobs = new JobListPane(jobList);
        this.help = help != null ? help : HelpViewModel.standard(new FxHelpDialogs(this), java.util.Map.of());
        createView(screens);
        bind();
    }

    private void createView(List<Screen> screens) {
        setId("mainWindow");
        setTop(menus());
        list = new ReportListView(vm.visibleReports());
        text = new ReportTextView();
        SplitPane split = new SplitPane(list, text);
        split.setDividerPositions(0.42);
        split.setPadding(new Insets(8));
        if (screens.isEmpty()) {
            setCenter(split);
        } else {
            tabs.setId("screens");
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            // a click on a tab must not leave the keyboard on the tab strip (arrows would switch tabs)
            tabs.setFocusTraversable(false);
            Tab reports = tab("Reports", "reportsTab", split);
            // statuses change in Annotate; re-read the list when it is looked at, not on every edit
            reports.setOnSelectionChanged(e -> {
                if (reports.isSelected()) {
                    vm.refresh();
                }
            });
            tabs.getTabs().add(reports);
            screens.forEach(sc -> {
                Tab t = tab(sc.title(), sc.id(), null);
                t.setOnSelectionChanged(e -> {
                    if (t.isSelected()) {
                        if (t.getContent() == null) {
                            t.setContent(sc.content().get());
                        }
                        sc.onShow().run();
                    }
                });
                tabs.getTabs().add(t);
            });
            setCenter(tabs);
        }
        setBottom(new javafx.scene.layout.VBox(jobs, statusBar()));
    }

    private static Tab tab(String title, String id, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    /** Adds an entry to the Label menu (a window of its own, such as Run LLM Teacher). */
    public void addLabelMenuItem(String text, String id, Runnable action) {
        label.getItems().add(item(text, id, null, action));
    }

    /** Shows the screen with the given tab id, building it first if it was never shown. */
    public void showScreen(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private MenuBar menus() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("New Workspace…", "newWorkspace", "Shortcut+N", vm::newWorkspace),
                item("Open Workspace…", "openWorkspace", "Shortcut+O", vm::openWorkspace),
                item("Open Read-Only…", "openReadOnly", null, vm::openWorkspaceReadOnly),
                item("Open Sample Workspace", "openSample", null, vm::openSampleWorkspace),
                new SeparatorMenuItem(),
                item("Import Reports…", "importReports", "Shortcut+I", vm::importReports),
                item("Import Report Folder…", "importFolder", null, vm::importReportFolder),
                item("Import Labels…", "importLabels", "Shortcut+L", vm::importLabels),
                item("Export Reports…", "exportReports", "Shortcut+E", vm::exportReports),
                item("Export Labels…", "exportLabels", null, vm::exportLabels),
                new SeparatorMenuItem(),
                item("Quit", "quit", "Shortcut+Q", quit));
        label.getItems().add(item("Run Rule Teacher", "runRuleTeacher", "Shortcut+R", vm::labelWithRuleTeacher));
        Menu inSchema = new Menu("Run Rule Teacher In Schema");
        inSchema.setId("runRuleTeacherIn");
        MainViewModel.ruleTeacherSchemas().forEach(name -> inSchema.getItems().add(item(name, "runRuleTeacher-" + name,
                null, () -> vm.labelWithRuleTeacher(name))));
        label.getItems().addAll(inSchema, new SeparatorMenuItem(), schemaMenu());
        MenuBar bar = new MenuBar(file, label, helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    /** Label > Workspace Schema: the schema annotation, training and the screens use; the CLI's schema --use. */
    private Menu schemaMenu() {
        Menu menu = new Menu("Workspace Schema");
        menu.setId("workspaceSchema");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        Runnable fill = () -> {
            menu.getItems().clear();
            for (String name : vm.schemas()) {
                javafx.scene.control.RadioMenuItem r = new javafx.scene.control.RadioMenuItem(name);
                r.setId("useSchema-" + name);
                r.setToggleGroup(group);
                r.setSelected(name.equals(vm.activeSchemaProperty().get()));
                r.setOnAction(e -> vm.useSchema(name));
                menu.getItems().add(r);
            }
        };
        vm.schemas().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        vm.activeSchemaProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        return menu;
    }

    private Menu helpMenu() {
        Menu menu = new Menu("_Help");
        menu.setId("helpMenu");
        menu.getItems().addAll(
                item("Keyboard Shortcuts", "helpKeyboard", null, help::keyboard),
                item("Documentation", "helpDocumentation", null, help::documentation),
                item("Show Log File Location", "helpLogFile", null, help::logFile),
                new SeparatorMenuItem(),
                item("About RadCurate", "helpAbout", null, help::about));
        return menu;
    }

    private static MenuItem item(String label, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox statusBar() {
        status.setId("statusMessage");
        counts.setId("reportCount");
        progress.setId("jobProgress");
        progress.setPrefWidth(180);
        cancel.setId("cancelJob");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, status, grow, progress, cancel, jobs.toggle(), counts);
        bar.getStyleClass().add(Css.STATUS_BAR);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void bind() {
        status.textProperty().bind(vm.statusProperty());
        counts.textProperty().bind(vm.countsProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        progress.progressProperty().bind(vm.progressProperty());
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        list.filterField().textProperty().bindBidirectional(vm.filterProperty());
        list.table().getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.select(now.id());
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            text.show(now);
            if (now != null) {
                ReportSummary current = list.table().getSelectionModel().getSelectedItem();
                if (current == null || !current.id().equals(now.id())) {
                    vm.visibleReports().stream().filter(r -> r.id().equals(now.id())).findFirst()
                            .ifPresent(r -> list.table().getSelectionModel().select(r));
                }
            }
        });
        setOnKeyPressed(e -> {
            if (KeyCombination.keyCombination("Shortcut+F").match(e)) {
                list.filterField().requestFocus();
                e.consume();
            }
        });
    }
}
