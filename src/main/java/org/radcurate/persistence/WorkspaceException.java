package org.radcurate.persistence;

/** A workspace could not be opened, read or written; the message is meant for the user. */
public class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
