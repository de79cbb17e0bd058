package org.radcurate.persistence;

/** Another process has the workspace open for writing. */
public final class WorkspaceInUseException extends WorkspaceException {
    public WorkspaceInUseException(String message) {
        super(message);
    }
}
