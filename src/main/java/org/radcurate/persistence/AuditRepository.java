package org.radcurate.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.radcurate.domain.AuditEvent;

/** The append-only audit log (triggers refuse updates and deletes). */
public final class AuditRepository {
    private static final String SELECT = "SELECT id, at, who, action, report_id, target, before, after FROM audit_log";

    private final Workspace ws;

    AuditRepository(Workspace ws) {
        this.ws = ws;
    }

    public long append(String who, String action, String reportId, String target, String before, String after) {
        return append(Instant.now(), who, action, reportId, target, before, after);
    }

    /** An entry at a given time (imports of older logs, and tests of the time ledger, which needs known times). */
    public long append(Instant at, String who, String action, String reportId, String target, String before,
            String after) {
        return ws.jdbc().insert("""
                INSERT INTO audit_log (at, who, action, report_id, target, before, after)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, at.toString(), who, action, reportId, target, before, after);
    }

    public List<AuditEvent> forReport(String reportId) {
        return ws.jdbc().list(SELECT + " WHERE report_id = ? ORDER BY id", AuditRepository::map, reportId);
    }

    public void forEach(Consumer<AuditEvent> consumer) {
        ws.jdbc().each(SELECT + " ORDER BY id", rs -> consumer.accept(map(rs)));
    }

    public long count() {
        return ws.jdbc().count("SELECT count(*) FROM audit_log");
    }

    private static AuditEvent map(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
