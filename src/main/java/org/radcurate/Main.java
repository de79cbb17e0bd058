package org.radcurate;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.radcurate.cli.RadCurateCli;
import org.radcurate.service.AppPaths;
import org.radcurate.service.BuildInfo;
import org.radcurate.service.ErrorLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point. With no arguments it opens the window; with one argument that is an existing file
 * and not a command (a workspace double-clicked in the file manager) it opens the window on that
 * workspace; otherwise it runs a CLI command. It must not extend Application: JavaFX is on the
 * class path, not the module path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Logger log = LoggerFactory.getLogger(Main.class);
        // what nothing else caught (a bug): the stack trace into the log, one line on stderr saying where it is
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            ErrorLog.caught(log, "Thread " + thread.getName(), e);
            System.err.println("error: unexpected " + e.getClass().getSimpleName() + " in thread " + thread.getName()
                    + "; details in " + AppPaths.logFile());
        });
        Optional<Path> workspace = workspaceToOpen(args);
        // the command's name only: its arguments are file names a user may not want in a log
        log.info("RadCurate {} on {}: {}", BuildInfo.version(), BuildInfo.java(),
                args.length == 0 ? "window" : workspace.isPresent() ? "window on a workspace argument" : "command " + args[0]);
        if (args.length == 0 || workspace.isPresent()) {
            org.radcurate.ui.RadCurateApp.launchApp(workspace.orElse(null));
            return;
        }
        System.exit(RadCurateCli.run(args));
    }

    /** The workspace the window should open: the one argument, when it names an existing file and no command. */
    static Optional<Path> workspaceToOpen(String[] args) {
        if (args.length != 1 || args[0].startsWith("-") || RadCurateCli.isCommand(args[0])) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(args[0]);
            return Files.isRegularFile(path) ? Optional.of(path.toAbsolutePath()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
