package org.radcurate;

import org.radcurate.cli.RadCurateCli;

/**
 * Entry point. With no arguments it opens the window; otherwise it runs a CLI command. It must
 * not extend Application: JavaFX is on the class path, not the module path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            org.radcurate.ui.RadCurateApp.launchApp(args);
            return;
        }
        System.exit(RadCurateCli.run(args));
    }
}
