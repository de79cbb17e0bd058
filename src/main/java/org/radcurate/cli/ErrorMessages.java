package org.radcurate.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.radcurate.service.UserMessages;
import org.radcurate.service.WorkspaceSession;
import picocli.CommandLine;

/** Turns exceptions into one line a user can act on (the same words the window shows). */
final class ErrorMessages {
    private ErrorMessages() {}

    static String describe(Throwable e) {
        return UserMessages.describe(e);
    }

    /**
     * {@link #describe(Throwable)}, except that a workspace another window or process writes gets the
     * command line's own advice: the command's {@code --read-only} where it has one, else that it writes
     * and needs the workspace closed there.
     */
    static String describe(Throwable e, CommandLine command) {
        Optional<Path> inUse = WorkspaceSession.inUseFile(e);
        if (inUse.isEmpty()) {
            return describe(e);
        }
        String held = "Workspace " + inUse.get() + " is open in another RadCurate window or process";
        if (command.getCommand() instanceof ReadsWhileInUse r) {
            return held + ". " + r.readOnlyHint();
        }
        return held + ", and " + command.getCommandSpec().qualifiedName() + " writes to it: close it there first, "
                + "then run the command again.";
    }
}
