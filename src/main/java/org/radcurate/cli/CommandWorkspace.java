package org.radcurate.cli;

import java.nio.file.Path;
import org.radcurate.service.WorkspaceSession;

/**
 * A workspace a command opens for writing: on close, a workspace this command created and stored
 * nothing in (it failed) is removed with its sidecars, so no empty workspace or lock is left.
 */
final class CommandWorkspace implements AutoCloseable {
    private final WorkspaceSession session;

    private CommandWorkspace(WorkspaceSession session) {
        this.session = session;
    }

    static CommandWorkspace open(Path file) {
        return new CommandWorkspace(WorkspaceSession.open(file));
    }

    WorkspaceSession session() {
        return session;
    }

    @Override
    public void close() {
        session.closeDiscardingIfUnused();
    }
}
