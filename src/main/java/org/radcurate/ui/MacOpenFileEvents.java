package org.radcurate.ui;

import java.awt.Desktop;
import java.io.File;
import java.util.Locale;

/**
 * Receives macOS's open-file events (a workspace double-clicked in Finder) through AWT's Desktop
 * API and hands them to {@link WorkspaceRequests}. Only on macOS: elsewhere files come as
 * arguments, and starting AWT beside JavaFX's GTK toolkit on Linux is what must not happen, so
 * there no AWT class is touched. Installed before JavaFX starts, so that AWT owns the Apple event
 * handlers and the event that started the program is not lost. Not tested on a Mac here.
 */
final class MacOpenFileEvents {
    private MacOpenFileEvents() {}

    /** Installs the handler when {@code osName} is macOS and AWT supports it there; true when installed. */
    static boolean install(WorkspaceRequests requests, String osName) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return false;
        }
        return Awt.install(requests);
    }

    /** A class of its own so that java.awt is loaded only when this runs, on macOS. */
    private static final class Awt {
        static boolean install(WorkspaceRequests requests) {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                return false;
            }
            Desktop.getDesktop().setOpenFileHandler(event ->
                    requests.request(event.getFiles().stream().map(File::toPath).toList()));
            return true;
        }
    }
}
