package org.radcurate.labeling.llm;

/**
 * A request that failed after its retries, with a message a user can act on. It never holds the
 * API key or report text.
 */
public final class LlmException extends RuntimeException {
    /** What went wrong, for counting and for whether a retry could help. */
    public enum Kind { REFUSED, TIMEOUT, HTTP, MALFORMED, NO_CHOICES, IO }

    private final Kind kind;
    private final int status;

    public LlmException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no response. */
    public int status() {
        return status;
    }
}
