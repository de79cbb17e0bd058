package org.radcurate.persistence;

import java.nio.file.Path;

/** Another process has the workspace open for writing. */
public final class WorkspaceInUseException extends WorkspaceException {
    private final transient Path file;

    public WorkspaceInUseException(String message) {
        this(message, null);
    }

    public WorkspaceInUseException(String message, Path file) {
        super(message);
        this.file = file;
    }

    /** The workspace as it was named when opening it was refused (absolute); null when unknown. */
    public Path file() {
        return file;
    }
}
