package org.radcurate.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.JobLane;
import org.radcurate.service.SampleWorkspace;
import org.radcurate.service.Settings;
import org.radcurate.service.UserMessages;
import org.radcurate.service.WorkspaceSession;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.FileKind;
import org.radcurate.ui.common.Jobs;
import org.radcurate.ui.common.ViewModelPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which workspace the window has open: opening one (the last, the sample, a new or chosen file, read-only),
 * switching to another (asking first while a long job runs, since switching cancels it), closing it on quit.
 * The window's title and the remembered last workspace follow; {@code opened} and {@code closed} let the
 * main window's report list follow too.
 */
@ViewModelPart
final class WorkspaceSwitch {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private final Settings settings;
    private final Jobs jobs;
    private final Dialogs dialogs;
    private final Path sampleWorkspace;
    private final ShellJobs job;
    private final BiConsumer<WorkspaceSession, Path> opened;
    private final Runnable closed;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("RadCurate");
    private final ReadOnlyStringWrapper workspaceName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<WorkspaceSession> sessionProperty = new ReadOnlyObjectWrapper<>();
    private WorkspaceSession session;

    /**
     * @param opened runs after a workspace became the open one (the session, its file)
     * @param closed runs once the screens have let go of the closing workspace
     */
    WorkspaceSwitch(Settings settings, Jobs jobs, Dialogs dialogs, Path sampleWorkspace, ShellJobs job,
            BiConsumer<WorkspaceSession, Path> opened, Runnable closed) {
        this.settings = settings;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.sampleWorkspace = sampleWorkspace;
        this.job = job;
        this.opened = opened;
        this.closed = closed;
    }

    WorkspaceSession session() {
        return session;
    }

    void start(Path requested) {
        if (requested != null) {
            open(requested);
            return;
        }
        Optional<Path> last = settings.get(Settings.LAST_WORKSPACE).map(Path::of).filter(Files::isRegularFile);
        if (last.isPresent()) {
            open(last.get());
            return;
        }
        job.run(JobLane.IMPORT, "Creating the sample workspace…",
                (p, c) -> SampleWorkspace.createIfMissing(sampleWorkspace, p), this::open);
    }

    void newWorkspace() {
        dialogs.chooseFileToSave("New workspace", "cohort.radcurate", List.of(FileKind.WORKSPACE)).ifPresent(file -> {
            Path target = file.getFileName().toString().contains(".") ? file
                    : file.resolveSibling(file.getFileName() + ".radcurate");
            if (Files.exists(target)) {
                dialogs.showError("New workspace", target + " already exists. Use File > Open to open it.");
                return;
            }
            open(target);
        });
    }

    void openWorkspace() {
        dialogs.chooseFileToOpen("Open workspace", List.of(FileKind.WORKSPACE, FileKind.ANY)).ifPresent(this::open);
    }

    void openSampleWorkspace() {
        if (isOpen(sampleWorkspace)) {
            job.status("The sample workspace is open in this window.");
            return;
        }
        job.run(JobLane.IMPORT, "Opening the sample workspace…",
                (p, c) -> SampleWorkspace.createIfMissing(sampleWorkspace, p), this::open);
    }

    void openWorkspaceReadOnly() {
        dialogs.chooseFileToOpen("Open workspace read-only", List.of(FileKind.WORKSPACE, FileKind.ANY))
                .ifPresent(this::openReadOnly);
    }

    void openReadOnly(Path file) {
        if (mayStopJobsToOpen(file)) {
            openReadOnlyNow(file);
        }
    }

    private void openReadOnlyNow(Path file) {
        job.tracker().run("Opening " + file.getFileName() + " read-only…", (p, c) -> WorkspaceSession.openReadOnly(file),
                next -> jobs.stopAll(() -> switchTo(next, file)), error -> {
                    job.status("Could not open " + file.getFileName() + ".");
                    ErrorLog.caught(LOG, "Opening a workspace read-only", error);
                    dialogs.showError("Open workspace", UserMessages.describe(error));
                });
    }

    /** True when this window has that file open, whatever name it is given by (a link, a relative path). */
    private boolean isOpen(Path file) {
        if (session == null) {
            return false;
        }
        try {
            return session.file().equals(file.toAbsolutePath()) || Files.exists(file)
                    && Files.isSameFile(session.file(), file);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opening another workspace stops the running jobs: while a long one runs, the user is asked first.
     * False when they keep the job (the current workspace stays open).
     */
    private boolean mayStopJobsToOpen(Path file) {
        if (!jobs.longJobsRunning() || dialogs.confirm("Open workspace", "A background job (training, import, "
                + "labelling…) is still running. Opening " + file.getFileName() + " cancels it; what it has committed "
                + "stays, and a training run can be resumed later.", "Cancel the job and open")) {
            return true;
        }
        job.status(file.getFileName() + " was not opened; the job goes on.");
        return false;
    }

    void open(Path file) {
        if (isOpen(file) && !session.readOnly()) {
            job.status(file.getFileName() + " is open in this window.");
            return;
        }
        if (!mayStopJobsToOpen(file)) {
            return;
        }
        job.tracker().run("Opening " + file.getFileName() + "…", (p, c) -> WorkspaceSession.open(file),
                next -> jobs.stopAll(() -> switchTo(next, file)), error -> {
                    job.status("Could not open " + file.getFileName() + ".");
                    ErrorLog.caught(LOG, "Opening a workspace", error);
                    if (WorkspaceSession.inUse(error)) {
                        // what the message suggests, offered at once
                        if (dialogs.confirm("Open workspace", UserMessages.describe(error)
                                + "\n\nOpen it read-only here? You can read it; edits and anything else that writes stay off.",
                                "Open read-only")) {
                            openReadOnlyNow(file);
                        }
                        return;
                    }
                    dialogs.showError("Open workspace", UserMessages.describe(error));
                });
    }

    private void switchTo(WorkspaceSession next, Path file) {
        closeSession(() -> { });
        session = next;
        sessionProperty.set(next);
        workspaceName.set(file.toAbsolutePath().toString());
        title.set("RadCurate — " + file.getFileName() + (next.readOnly() ? " (read-only)" : ""));
        try {
            settings.put(Settings.LAST_WORKSPACE, file.toAbsolutePath().toString());
        } catch (IOException e) {
            ErrorLog.caught(LOG, "Saving settings", e);
            job.status("Could not save settings: " + e.getMessage());
        }
        opened.accept(next, file);
        job.status("Opened " + file.getFileName() + (next.readOnly() ? " read-only" : ""));
    }

    /** Closes the workspace at once, on this thread (the app is exiting; {@link #quit} has stopped the jobs). */
    void close() {
        WorkspaceSession closing = session;
        session = null;
        sessionProperty.set(null);
        if (closing != null) {
            closing.close();
        }
    }

    boolean quit(Runnable exit) {
        if (jobs.longJobsRunning() && !dialogs.confirm("Quit RadCurate", "A background job (training, import, "
                + "labelling…) is still running. Quitting cancels it; what it has committed stays, and a training run "
                + "can be resumed later.", "Cancel the job and quit")) {
            return false;
        }
        job.status("Stopping background jobs…");
        jobs.stopAll(() -> closeSession(exit));
        return true;
    }

    /**
     * Screens let go of the session first (they may queue a last read as they do); the session is then
     * closed on the interactive lane, after everything already queued there, and {@code then} runs.
     */
    private void closeSession(Runnable then) {
        WorkspaceSession closing = session;
        session = null;
        sessionProperty.set(null);
        closed.run();
        if (closing == null) {
            then.run();
            return;
        }
        jobs.submit((p, c) -> {
            closing.close();
            return Boolean.TRUE;
        }, p -> { }, done -> then.run(), error -> then.run());
    }

    ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
        return sessionProperty.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty workspaceNameProperty() {
        return workspaceName.getReadOnlyProperty();
    }
}
