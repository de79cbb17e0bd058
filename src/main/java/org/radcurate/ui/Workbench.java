package org.radcurate.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.radcurate.service.Settings;
import org.radcurate.ui.adjudicate.AdjudicateKeys;
import org.radcurate.ui.adjudicate.AdjudicateView;
import org.radcurate.ui.adjudicate.AdjudicateViewModel;
import org.radcurate.ui.annotate.AnnotateKeys;
import org.radcurate.ui.annotate.AnnotateView;
import org.radcurate.ui.annotate.AnnotateViewModel;
import org.radcurate.ui.common.Css;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.FxJobs;
import org.radcurate.ui.common.HelpOverlay.KeyRow;
import org.radcurate.ui.common.Preferences;
import org.radcurate.ui.compare.CompareView;
import org.radcurate.ui.compare.CompareViewModel;
import org.radcurate.ui.diagnostics.DiagnosticsView;
import org.radcurate.ui.diagnostics.DiagnosticsViewModel;
import org.radcurate.ui.diagnostics.GoldSizeViewModel;
import org.radcurate.ui.diagnostics.LedgerViewModel;
import org.radcurate.ui.shell.FxHelpDialogs;
import org.radcurate.ui.shell.HelpViewModel;
import org.radcurate.ui.llm.LlmTeacherView;
import org.radcurate.ui.llm.LlmTeacherViewModel;
import org.radcurate.ui.shell.MainViewModel;
import org.radcurate.ui.shell.MainWindow;
import org.radcurate.ui.shell.ScreenSession;
import org.radcurate.ui.train.TrainView;
import org.radcurate.ui.train.TrainViewModel;

/**
 * The one place where the window's objects are wired together: one job runner, one preferences
 * object, the main window's ViewModel whose session every screen follows, and the screens. The app
 * and the end-to-end UI tests build the same workbench.
 */
public final class Workbench {
    private final FxJobs jobs;
    private final Preferences prefs;
    private final MainViewModel main;
    private final AnnotateViewModel annotate;
    private final AdjudicateViewModel adjudicate;
    private final CompareViewModel compare;
    private final TrainViewModel train;
    private final DiagnosticsViewModel diagnostics;
    private final LlmTeacherViewModel llm;
    private final MainWindow window;
    private final ScreenSession llmSession;

    /** {@code exit} runs once every job has stopped and the workspace is closed, after File > Quit or closing the window. */
    public Workbench(Settings settings, FxJobs jobs, Dialogs dialogs, Path sampleWorkspace, Runnable exit) {
        this.jobs = jobs;
        MainWindow[] shown = new MainWindow[1];
        main = new MainViewModel(settings, jobs, dialogs, sampleWorkspace,
                new org.radcurate.ui.shell.FxLabelImportDialog(() -> shown[0]));
        // one preferences object for every screen: the annotator chosen in Annotate is who Adjudicate writes as
        prefs = new Preferences(settings, dialogs);
        // each screen follows the workspace from its first show on (docs/adr/0024): what a ViewModel reads
        // when a workspace opens, the Train screen's training engine above all, waits until it is looked at
        ScreenSession annotateSession = new ScreenSession(main.sessionProperty());
        ScreenSession adjudicateSession = new ScreenSession(main.sessionProperty());
        ScreenSession compareSession = new ScreenSession(main.sessionProperty());
        ScreenSession diagnosticsSession = new ScreenSession(main.sessionProperty());
        ScreenSession trainSession = new ScreenSession(main.sessionProperty());
        llmSession = new ScreenSession(main.sessionProperty());
        annotate = new AnnotateViewModel(annotateSession.sessionProperty(), prefs, jobs, dialogs);
        adjudicate = new AdjudicateViewModel(adjudicateSession.sessionProperty(), prefs, jobs, dialogs);
        // a report opened from another screen: Annotate (built now if it never was) shows it
        Consumer<String> openInAnnotate = id -> {
            annotate.open(id);
            shown[0].showScreen("annotateTab");
        };
        compare = new CompareViewModel(compareSession.sessionProperty(), jobs, dialogs, openInAnnotate);
        train = new TrainViewModel(trainSession.sessionProperty(), jobs, dialogs);
        diagnostics = new DiagnosticsViewModel(diagnosticsSession.sessionProperty(), jobs, dialogs, openInAnnotate);
        GoldSizeViewModel goldSize = new GoldSizeViewModel(diagnosticsSession.sessionProperty(), jobs, dialogs);
        diagnostics.sources().addListener((javafx.collections.ListChangeListener<String>) c ->
                goldSize.offer(diagnostics.sources()));
        LedgerViewModel ledger = new LedgerViewModel(diagnosticsSession.sessionProperty(), jobs, dialogs,
                openInAnnotate);
        llm = new LlmTeacherViewModel(llmSession.sessionProperty(), jobs, dialogs,
                System.getProperty("user.name", "unknown"));
        boolean[] askedAnnotator = new boolean[1];
        AnnotateView[] annotateView = new AnnotateView[1];
        window = new MainWindow(main, () -> main.quit(exit), List.of(
                new MainWindow.Screen("Annotate", "annotateTab", () -> {
                    annotateSession.show();
                    annotateView[0] = new AnnotateView(annotate);
                    return annotateView[0];
                }, () -> {
                    // the first time the workbench is opened the annotator gives a name (kept in settings)
                    if (!askedAnnotator[0]) {
                        askedAnnotator[0] = true;
                        annotate.preferences().requireAnnotator();
                    }
                    annotate.refresh();
                    annotateView[0].focusGrid();
                }),
                new MainWindow.Screen("Adjudicate", "adjudicateTab", () -> {
                    adjudicateSession.show();
                    return new AdjudicateView(adjudicate);
                }, adjudicate::refresh),
                new MainWindow.Screen("Compare", "compareTab", () -> {
                    compareSession.show();
                    return new CompareView(compare);
                }, compare::refresh),
                // re-read on every visit: the figures follow the gold as it grows
                new MainWindow.Screen("Diagnostics", "diagnosticsTab", () -> {
                    diagnosticsSession.show();
                    return new DiagnosticsView(diagnostics, goldSize, ledger);
                }, diagnostics::refresh),
                new MainWindow.Screen("Train", "trainTab", () -> {
                    trainSession.show();
                    return new TrainView(train);
                }, () -> { })), jobs.jobList(),
                HelpViewModel.standard(new FxHelpDialogs(() -> shown[0]), keys()));
        shown[0] = window;
        // the theme belongs to the whole window
        prefs.darkProperty().addListener((o, was, now) -> applyTheme(now));
        applyTheme(prefs.darkProperty().get());
    }

    /** Puts the workbench in the stage; closing the window asks first while a long job runs, then stops every job. */
    public void show(Stage stage, Runnable exit) {
        show(stage, exit, null);
    }

    /** As {@link #show(Stage, Runnable)}, opening {@code requested} (when not null) instead of the last workspace. */
    public void show(Stage stage, Runnable exit, Path requested) {
        // Label > Run LLM Teacher opens its form in a window of its own, owned by the main one
        Stage[] llmStage = new Stage[1];
        window.addLabelMenuItem("Run LLM Teacher…", "runLlmTeacher", () -> {
            if (llmStage[0] == null) {
                llmSession.show();
                llmStage[0] = new Stage();
                llmStage[0].initOwner(stage);
                llmStage[0].setTitle("Run LLM Teacher");
                Scene llmScene = new Scene(new LlmTeacherView(llm), 820, 620);
                llmScene.getStylesheets().add(Workbench.class.getResource(Css.STYLESHEET).toExternalForm());
                llmStage[0].setScene(llmScene);
            }
            llmStage[0].show();
            llmStage[0].toFront();
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            main.quit(exit);
        });
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(Workbench.class.getResource(Css.STYLESHEET).toExternalForm());
        stage.titleProperty().bind(main.titleProperty());
        stage.getIcons().setAll(AppIcons.images());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        main.start(requested);
    }

    /** Every screen's keys for Help > Keyboard Shortcuts, in tab order. */
    private static Map<String, List<KeyRow>> keys() {
        Map<String, List<KeyRow>> keys = new LinkedHashMap<>();
        keys.put("Annotate", AnnotateKeys.rows());
        keys.put("Adjudicate", AdjudicateKeys.ROWS);
        return keys;
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public FxJobs jobs() {
        return jobs;
    }

    public Preferences preferences() {
        return prefs;
    }

    public MainViewModel main() {
        return main;
    }

    public AnnotateViewModel annotate() {
        return annotate;
    }

    public AdjudicateViewModel adjudicate() {
        return adjudicate;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public DiagnosticsViewModel diagnostics() {
        return diagnostics;
    }

    public TrainViewModel train() {
        return train;
    }

    public MainWindow window() {
        return window;
    }
}
