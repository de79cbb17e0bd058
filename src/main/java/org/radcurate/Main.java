package org.radcurate;

import org.radcurate.cli.RadCurateCli;
import org.radcurate.service.AppPaths;
import org.radcurate.service.BuildInfo;
import org.radcurate.service.ErrorLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point. With no arguments it opens the window; otherwise it runs a CLI command. It must
 * not extend Application: JavaFX is on the class path, not the module path.
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
        // the command's name only: its arguments are file names a user may not want in a log
        log.info("RadCurate {} on {}: {}", BuildInfo.version(), BuildInfo.java(),
                args.length == 0 ? "window" : "command " + args[0]);
        if (args.length == 0) {
            org.radcurate.ui.RadCurateApp.launchApp(args);
            return;
        }
        System.exit(RadCurateCli.run(args));
    }
}
