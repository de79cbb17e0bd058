package org.radcurate.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Workspaces the operating system asks the running program to open. macOS hands a file
 * double-clicked in Finder over as an Apple event, not as an argument, and sends it whenever it
 * likes: before the window exists (the program was started by the double-click) or while it is
 * open. A request that comes before the window is ready is kept and opened instead of the last
 * workspace, as an argument would be; later ones go to the opener, on its executor (the JavaFX
 * thread in the app), which switches workspace the way File > Open does.
 */
public final class WorkspaceRequests {
    private Path pending;
    private Consumer<Path> opener;
    private Executor executor;

    /** A request from the operating system: the first of {@code files} is opened (one workspace at a time). */
    public synchronized void request(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        Path file = files.get(0).toAbsolutePath();
        if (opener == null) {
            pending = file; // the newest request wins: it is what the user clicked last
            return;
        }
        Consumer<Path> target = opener;
        executor.execute(() -> target.accept(file));
    }

    /**
     * From now on requests go to {@code opener}, run on {@code executor}. Returns the request that
     * came before, which the caller opens as the start's workspace.
     */
    public synchronized Optional<Path> attach(Executor executor, Consumer<Path> opener) {
        this.executor = executor;
        this.opener = opener;
        Optional<Path> early = Optional.ofNullable(pending);
        pending = null;
        return early;
    }
}
