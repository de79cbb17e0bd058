package org.radcurate.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.radcurate.service.AppPaths;
import org.radcurate.service.Settings;
import org.radcurate.ui.common.Css;
import org.radcurate.ui.common.FxDialogs;
import org.radcurate.ui.common.FxJobs;
import org.radcurate.ui.shell.MainViewModel;
import org.radcurate.ui.shell.MainWindow;

/** The JavaFX application and the one place where the window's objects are wired together. */
public final class RadCurateApp extends Application {
    private MainViewModel vm;

    public static void launchApp(String[] args) {
        Application.launch(RadCurateApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Settings settings = new Settings(AppPaths.settingsFile());
        vm = new MainViewModel(settings, new FxJobs(), new FxDialogs(stage), AppPaths.sampleWorkspace());
        MainWindow window = new MainWindow(vm, stage::close);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(RadCurateApp.class.getResource(Css.STYLESHEET).toExternalForm());
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        vm.start();
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.close();
        }
    }
}
