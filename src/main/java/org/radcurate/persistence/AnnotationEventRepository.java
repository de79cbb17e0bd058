package org.radcurate.persistence;

import java.time.Instant;
import java.util.function.Consumer;

/** When reports were shown to annotators (migration V008), for the time ledger. */
public final class AnnotationEventRepository {
    /** A report shown to an annotator at a time. */
    public record Shown(Instant at, String annotator, String reportId) {}

    private final Workspace ws;

    AnnotationEventRepository(Workspace ws) {
        this.ws = ws;
    }

    public void shown(String annotator, String reportId, Instant at) {
        ws.jdbc().insert("INSERT INTO annotation_events (at, annotator, report_id, kind) VALUES (?, ?, ?, 'open')",
                at.toString(), annotator, reportId);
    }

    /** Every event in the order recorded. */
    public void forEach(Consumer<Shown> consumer) {
        ws.jdbc().each("SELECT at, annotator, report_id FROM annotation_events ORDER BY id",
                rs -> consumer.accept(new Shown(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3))));
    }
}
