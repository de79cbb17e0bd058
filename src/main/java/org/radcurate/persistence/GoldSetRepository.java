package org.radcurate.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radcurate.domain.GoldCoverage;
import org.radcurate.domain.GoldSet;
import org.radcurate.domain.MentionState;

/** Frozen gold snapshots. The database triggers refuse any change to a snapshot. */
public final class GoldSetRepository {
    private static final String SELECT =
            "SELECT id, name, version, note, schema, report_count, created_at FROM gold_sets";

    private final Workspace ws;

    GoldSetRepository(Workspace ws) {
        this.ws = ws;
    }

    /** A report counts as reviewed once an annotator marked it done; the rest of the working gold is pre-filled. */
    private static final String REVIEWED = "rid IN (SELECT rid FROM annotation_status WHERE status = 'DONE')";

    /** How much of a gold source's reports were reviewed: the reports it labels and those marked done. */
    public GoldCoverage coverage(long goldSourceId) {
        return new GoldCoverage((int) ws.jdbc().count("SELECT count(DISTINCT rid) FROM labels WHERE source_id = ?",
                goldSourceId), (int) ws.jdbc().count("SELECT count(DISTINCT rid) FROM labels WHERE source_id = ? AND "
                + REVIEWED, goldSourceId));
    }

    /** Copies the working labels of a gold source into a new version of the named snapshot. */
    public GoldSet freeze(String name, String note, long goldSourceId, String schema) {
        return freeze(name, note, goldSourceId, schema, false);
    }

    /**
     * As {@link #freeze(String, String, long, String)}; with {@code reviewedOnly} only the reports an
     * annotator marked done go into the snapshot.
     */
    public GoldSet freeze(String name, String note, long goldSourceId, String schema, boolean reviewedOnly) {
        String only = reviewedOnly ? " AND " + REVIEWED : "";
        return ws.transaction(() -> {
            int version = (int) ws.jdbc().count("SELECT coalesce(max(version), 0) FROM gold_sets WHERE name = ?",
                    name) + 1;
            int reports = (int) ws.jdbc().count("SELECT count(DISTINCT rid) FROM labels WHERE source_id = ?" + only,
                    goldSourceId);
            Instant now = Instant.now();
            long id = ws.jdbc().insert("""
                    INSERT INTO gold_sets (name, version, note, schema, report_count, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, name, version, note == null ? "" : note, schema, reports, now.toString());
            ws.jdbc().update("""
                    INSERT INTO gold_set_labels (gold_set_id, rid, finding, state)
                    SELECT ?, rid, finding, state FROM labels WHERE source_id = ?
                    """ + only, id, goldSourceId);
            ws.jdbc().update("""
                    INSERT INTO gold_set_concepts (gold_set_id, rid, code, phrase)
                    SELECT ?, rid, code, phrase FROM concepts WHERE source_id = ?
                    """ + only, id, goldSourceId);
            ws.changed(org.radcurate.domain.WorkspaceChange.GOLD_SETS);
            return new GoldSet(id, name, version, note == null ? "" : note, schema, reports, now);
        });
    }

    public List<GoldSet> list() {
        return ws.jdbc().list(SELECT + " ORDER BY name, version", GoldSetRepository::map);
    }

    /** The named snapshot at a version, or its latest version when version is 0. */
    public Optional<GoldSet> find(String name, int version) {
        if (version > 0) {
            return ws.jdbc().one(SELECT + " WHERE name = ? AND version = ?", GoldSetRepository::map, name, version);
        }
        return ws.jdbc().one(SELECT + " WHERE name = ? ORDER BY version DESC LIMIT 1", GoldSetRepository::map, name);
    }

    /** The snapshot's states by report id then finding. */
    public Map<String, Map<String, MentionState>> labels(long goldSetId) {
        Map<String, Map<String, MentionState>> out = new LinkedHashMap<>();
        ws.jdbc().each("""
                SELECT r.ext_id, g.finding, g.state FROM gold_set_labels g JOIN reports r ON r.rid = g.rid
                WHERE g.gold_set_id = ? ORDER BY g.rid, g.finding
                """, rs -> out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), MentionState.valueOf(rs.getString(3))), goldSetId);
        return out;
    }

    private static GoldSet map(ResultSet rs) throws SQLException {
        return new GoldSet(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), Instant.parse(rs.getString(7)));
    }
}
