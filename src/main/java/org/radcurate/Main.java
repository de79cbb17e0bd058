package org.radcurate;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.radcurate.cli.RadCurateCli;

/**
 * Entry point. With no arguments it opens the window; with one argument that is an existing file
 * and not a command (a workspace double-clicked in the file manager) it opens the window on that
 * workspace; otherwise it runs a CLI command. It must not extend Application: JavaFX is on the
 * class path, not the module path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Optional<Path> workspace = workspaceToOpen(args);
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
