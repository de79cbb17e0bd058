package org.radcurate.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.radcurate.service.AppPaths;
import org.radcurate.service.Settings;
import org.radcurate.ui.common.FxDialogs;
import org.radcurate.ui.common.FxJobs;

/** The JavaFX application: builds the {@link Workbench} and shows it. */
public final class RadCurateApp extends Application {
    private Workbench workbench;

    public static void launchApp(String[] args) {
        Application.launch(RadCurateApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Settings settings = new Settings(AppPaths.settingsFile());
        // hide the window first, exit on a later pulse: exiting while a dialog's window is still being
        // torn down crashes GTK's glass (seen after "Cancel the job and quit")
        Runnable exit = () -> {
            stage.hide();
            Platform.runLater(Platform::exit);
        };
        workbench = new Workbench(settings, new FxJobs(), new FxDialogs(stage), AppPaths.sampleWorkspace(), exit);
        workbench.show(stage, exit);
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.main().close();
        }
    }
}
