package org.radcurate.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.radcurate.service.AppPaths;
import org.radcurate.service.Settings;
import org.radcurate.ui.common.Css;
import org.radcurate.ui.common.FxDialogs;
import org.radcurate.ui.common.FxJobs;
import org.radcurate.ui.adjudicate.AdjudicateView;
import org.radcurate.ui.adjudicate.AdjudicateViewModel;
import org.radcurate.ui.annotate.AnnotateView;
import org.radcurate.ui.annotate.AnnotateViewModel;
import org.radcurate.ui.compare.CompareView;
import org.radcurate.ui.compare.CompareViewModel;
import org.radcurate.ui.shell.MainViewModel;
import org.radcurate.ui.train.TrainView;
import org.radcurate.ui.train.TrainViewModel;
import org.radcurate.ui.shell.MainWindow;

/** The JavaFX application and the one place where the window's objects are wired together. */
public final class RadCurateApp extends Application {
    private MainViewModel vm;

    /** Opens the window; {@code workspace}, when not null, is opened instead of the last one. */
    public static void launchApp(Path workspace) {
        Application.launch(RadCurateApp.class, workspace == null ? new String[0] : new String[] {workspace.toString()});
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Settings settings = new Settings(AppPaths.settingsFile());
        FxJobs jobs = new FxJobs();
        FxDialogs dialogs = new FxDialogs(stage);
        vm = new MainViewModel(settings, jobs, dialogs, AppPaths.sampleWorkspace());
        MainWindow[] window = new MainWindow[1];
        AnnotateViewModel annotate = new AnnotateViewModel(vm.sessionProperty(), settings, jobs, dialogs);
        AdjudicateViewModel adjudicate = new AdjudicateViewModel(vm.sessionProperty(), settings, jobs, dialogs);
        CompareViewModel compare = new CompareViewModel(vm.sessionProperty(), jobs, dialogs, id -> {
            annotate.open(id);
            window[0].showScreen("annotateTab");
        });
        TrainViewModel train = new TrainViewModel(vm.sessionProperty(), jobs, dialogs);
        boolean[] askedAnnotator = new boolean[1];
        AnnotateView annotateView = new AnnotateView(annotate);
        window[0] = new MainWindow(vm, stage::close, List.of(
                new MainWindow.Screen("Annotate", "annotateTab", annotateView, () -> {
                    // the first time the workbench is opened the annotator gives a name (kept in settings)
                    if (!askedAnnotator[0]) {
                        askedAnnotator[0] = true;
                        annotate.preferences().requireAnnotator();
                    }
                    annotate.refresh();
                    annotateView.focusGrid();
                }),
                new MainWindow.Screen("Adjudicate", "adjudicateTab", new AdjudicateView(adjudicate),
                        adjudicate::refresh),
                new MainWindow.Screen("Compare", "compareTab", new CompareView(compare), compare::refresh),
                new MainWindow.Screen("Train", "trainTab", new TrainView(train))));
        Scene scene = new Scene(window[0], 1280, 800);
        scene.getStylesheets().add(RadCurateApp.class.getResource(Css.STYLESHEET).toExternalForm());
        stage.titleProperty().bind(vm.titleProperty());
        stage.getIcons().setAll(AppIcons.images());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        List<String> raw = getParameters().getRaw();
        vm.start(raw.isEmpty() ? null : Path.of(raw.get(0)));
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.close();
        }
    }
}
