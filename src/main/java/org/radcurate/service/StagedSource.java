package org.radcurate.service;

import java.util.function.Consumer;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.persistence.Workspace;

/**
 * Writes a whole source from a long job in chunks, each its own short transaction, into a hidden
 * source that becomes visible under its name only when the job has finished. Screens never see
 * half a source, other connections' edits wait at most one chunk, and a cancel or failure leaves
 * the workspace as it was (the hidden rows are deleted; a crash leaves them for the next open).
 */
final class StagedSource {
    private StagedSource() {}

    /** Fills a new hidden source (the filler commits its own chunks), then publishes it as {@code name}. */
    static Source write(Workspace ws, String name, SourceKind kind, String schema, String detail,
            Consumer<Source> fill) {
        Source pending = ws.transaction(() -> ws.sources().createPending(kind, schema, detail));
        long replaced;
        try {
            fill.accept(pending);
            replaced = ws.sources().publish(pending.id(), name);
        } catch (RuntimeException | Error e) {
            try {
                ws.sources().discard(pending.id());
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed); // the next open deletes what is left
            }
            throw e;
        }
        if (replaced != 0) {
            ws.sources().discard(replaced);
        }
        return ws.sources().find(name).orElseThrow();
    }
}
