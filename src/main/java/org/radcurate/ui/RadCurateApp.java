package org.radcurate.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.radcurate.service.AppPaths;
import org.radcurate.service.Settings;
import org.radcurate.ui.common.FxDialogs;
import org.radcurate.ui.common.FxJobs;

/** The JavaFX application: builds the {@link Workbench} and shows it. */
public final class RadCurateApp extends Application {
    // static because JavaFX makes the Application object itself: the open-file handler must be in
    // place before launch, and start() hands the requests on to the window
    private static final WorkspaceRequests REQUESTS = new WorkspaceRequests();
    private Workbench workbench;

    /** Opens the window; {@code workspace}, when not null, is opened instead of the last one. */
    public static void launchApp(Path workspace) {
        MacOpenFileEvents.install(REQUESTS, System.getProperty("os.name", ""));
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
        // a workspace macOS sent before the window existed opens like an argument; later ones switch
        Optional<Path> early = REQUESTS.attach(Platform::runLater, file -> {
            stage.toFront();
            workbench.main().openRequested(file);
        });
        workbench.show(stage, exit, raw.isEmpty() ? early.orElse(null) : Path.of(raw.get(0)));
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.main().close();
        }
    }
}
