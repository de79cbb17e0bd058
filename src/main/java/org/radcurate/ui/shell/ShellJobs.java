package org.radcurate.ui.shell;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.radcurate.service.ErrorLog;
import org.radcurate.service.JobLane;
import org.radcurate.service.UserMessages;
import org.radcurate.ui.common.Dialogs;
import org.radcurate.ui.common.Job;
import org.radcurate.ui.common.JobTracker;
import org.radcurate.ui.common.ViewModelPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's one job and status line, shared by its parts ({@link WorkspaceSwitch},
 * {@link WorkspaceCommands}): a command's job reports a failure on the status line, in the log and
 * in a dialog, worded for the window; a cancelled one leaves the workspace unchanged.
 */
@ViewModelPart
final class ShellJobs {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private final JobTracker job;
    private final Dialogs dialogs;

    ShellJobs(JobTracker job, Dialogs dialogs) {
        this.job = job;
        this.dialogs = dialogs;
    }

    JobTracker tracker() {
        return job;
    }

    void status(String message) {
        job.setStatus(message);
    }

    <T> void run(String message, Job<T> work, Consumer<T> done) {
        run(JobLane.INTERACTIVE, message, work, done);
    }

    <T> void run(JobLane lane, String message, Job<T> work, Consumer<T> done) {
        job.run(lane, message, work, done, error -> {
            if (error instanceof CancellationException) {
                job.setStatus("Cancelled; the workspace is unchanged.");
            } else {
                job.setStatus("Failed: " + inWindow(UserMessages.describe(error)));
                ErrorLog.caught(LOG, message, error);
                dialogs.showError("RadCurate", inWindow(UserMessages.describe(error)));
            }
        });
    }

    /** A read for the window failed: the status line says so (a cancelled read says nothing). */
    void readFailed(Throwable error) {
        if (!(error instanceof CancellationException)) {
            job.setStatus("Could not read the workspace: " + UserMessages.describe(error));
        }
    }

    /**
     * The importers speak to the CLI, whose flags a window user cannot pass: their advice is reworded for the
     * window (the file name chooses the layout here, and a MIMIC-CXR folder is recognised by its names).
     */
    static String inWindow(String message) {
        return message.replace("choose one with --layout (csv, jsonl, txt, openi, mimic)",
                "give the file a .csv or .jsonl name, or import a folder of .txt reports with File > Import Report "
                        + "Folder…")
                .replace("or use --layout mimic for the MIMIC-CXR layout",
                        "or choose the MIMIC-CXR folder that holds files/pNN/…/sNNNN.txt, which is recognised");
    }
}
