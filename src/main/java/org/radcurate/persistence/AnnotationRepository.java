package org.radcurate.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.AnnotationStatus;

/** Per-annotator queue state of each report: status, flag and comment. */
public final class AnnotationRepository {
    /** A report's status, flag and comment for one annotator. */
    public record Entry(String reportId, AnnotationStatus status, boolean flagged, String comment) {}

    private final Workspace ws;

    AnnotationRepository(Workspace ws) {
        this.ws = ws;
    }

    public Entry get(String reportId, String annotator) {
        return ws.jdbc().one("""
                SELECT r.ext_id, a.status, a.flagged, a.comment FROM annotation_status a JOIN reports r ON r.rid = a.rid
                WHERE r.ext_id = ? AND a.annotator = ?
                """, rs -> new Entry(rs.getString(1), AnnotationStatus.valueOf(rs.getString(2)), rs.getInt(3) == 1,
                        rs.getString(4)), reportId, annotator)
                .orElse(new Entry(reportId, AnnotationStatus.TODO, false, ""));
    }

    public void put(String reportId, String annotator, AnnotationStatus status, String comment) {
        put(reportId, annotator, status, get(reportId, annotator).flagged(), comment);
    }

    public void put(String reportId, String annotator, AnnotationStatus status, boolean flagged, String comment) {
        int n = ws.jdbc().update("""
                INSERT INTO annotation_status (rid, annotator, status, flagged, comment, updated_at)
                SELECT rid, ?, ?, ?, ?, ? FROM reports WHERE ext_id = ?
                ON CONFLICT (rid, annotator) DO UPDATE
                SET status = excluded.status, flagged = excluded.flagged, comment = excluded.comment,
                    updated_at = excluded.updated_at
                """, annotator, status.name(), flagged ? 1 : 0, comment == null ? "" : comment,
                Instant.now().toString(), reportId);
        if (n == 0) {
            throw new WorkspaceException("no report " + reportId + " in the workspace");
        }
    }

    /** Status of every report for an annotator, in import order (TODO when never touched). */
    public Map<String, AnnotationStatus> statuses(String annotator) {
        Map<String, AnnotationStatus> out = new LinkedHashMap<>();
        ws.jdbc().each("""
                SELECT r.ext_id, a.status FROM reports r
                LEFT JOIN annotation_status a ON a.rid = r.rid AND a.annotator = ?
                ORDER BY r.rid
                """, rs -> out.put(rs.getString(1), rs.getString(2) == null ? AnnotationStatus.TODO
                        : AnnotationStatus.valueOf(rs.getString(2))), annotator);
        return out;
    }

    /** Annotators who have touched any report. */
    public List<String> annotators() {
        return new ArrayList<>(ws.jdbc().list("SELECT DISTINCT annotator FROM annotation_status ORDER BY annotator",
                rs -> rs.getString(1)));
    }
}
