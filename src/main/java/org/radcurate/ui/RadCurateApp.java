package org.radcurate.ui;

import java.nio.file.Path;
import java.util.List;
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

    /** Opens the window; {@code workspace}, when not null, is opened instead of the last one. */
    public static void launchApp(Path workspace) {
        Application.launch(RadCurateApp.class, workspace == null ? new String[0] : new String[] {workspace.toString()});
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
        List<String> raw = getParameters().getRaw();
        workbench.show(stage, exit, raw.isEmpty() ? null : Path.of(raw.get(0)));
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.main().close();
        }
    }
}
