package org.radcurate.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;

/** Named producers of labels. */
public final class SourceRepository {
    private static final String COLUMNS = "SELECT id, name, kind, schema, detail, created_at FROM sources";
    private static final String SELECT = COLUMNS + " WHERE pending = 0";
    private static final int DELETE_CHUNK = 2_000;

    private final Workspace ws;

    SourceRepository(Workspace ws) {
        this.ws = ws;
    }

    public Optional<Source> find(String name) {
        return ws.jdbc().one(SELECT + " AND name = ?", SourceRepository::map, name);
    }

    public List<Source> list() {
        return ws.jdbc().list(SELECT + " ORDER BY id", SourceRepository::map);
    }

    /** The one query for "sources of this kind and schema", in creation order. */
    public List<Source> list(SourceKind kind, String schema) {
        return ws.jdbc().list(SELECT + " AND kind = ? AND schema = ? ORDER BY id", SourceRepository::map,
                kind.name(), schema);
    }

    public List<Source> list(SourceKind kind) {
        return ws.jdbc().list(SELECT + " AND kind = ? ORDER BY id", SourceRepository::map, kind.name());
    }

    /**
     * Returns the named source, creating it when missing. An existing source of another kind or
     * schema is an error: labels of two meanings never share a name.
     */
    public Source findOrCreate(String name, SourceKind kind, String schema, String detail) {
        Optional<Source> existing = find(name);
        if (existing.isPresent()) {
            Source s = existing.get();
            if (s.kind() != kind || !s.schema().equals(schema)) {
                throw new WorkspaceException("Source '" + name + "' already exists as " + s.kind() + " for schema "
                        + s.schema() + ", not " + kind + " for " + schema + ". Choose another name.");
            }
            return s;
        }
        Instant now = Instant.now();
        long id = ws.jdbc().insert(
                "INSERT INTO sources (name, kind, schema, detail, created_at) VALUES (?, ?, ?, ?, ?)",
                name, kind.name(), schema, detail == null ? "" : detail, now.toString());
        ws.changed(org.radcurate.domain.WorkspaceChange.SOURCES);
        return new Source(id, name, kind, schema, detail == null ? "" : detail, now);
    }

    /**
     * A source for a long job to fill in chunks, hidden from every query until {@link #publish}.
     * Its name is a placeholder; a crash leaves it for {@link #discardLeftovers}.
     */
    public Source createPending(SourceKind kind, String schema, String detail) {
        Instant now = Instant.now();
        String placeholder = "pending " + java.util.UUID.randomUUID();
        long id = ws.jdbc().insert("INSERT INTO sources (name, kind, schema, detail, created_at, pending) "
                + "VALUES (?, ?, ?, ?, ?, 1)", placeholder, kind.name(), schema, detail == null ? "" : detail,
                now.toString());
        return new Source(id, placeholder, kind, schema, detail == null ? "" : detail, now);
    }

    /**
     * Makes a pending source visible under its final name, in one short transaction. A visible
     * source of that name is hidden (its rows are then deleted by {@link #discard}); returns its id,
     * or 0 when there was none.
     */
    public long publish(long pendingId, String name) {
        return ws.transaction(() -> {
            Source pending = ws.jdbc().one(COLUMNS + " WHERE id = ? AND pending = 1", SourceRepository::map,
                    pendingId).orElseThrow(() -> new WorkspaceException("No pending source #" + pendingId));
            long replaced = 0;
            Optional<Source> existing = find(name);
            if (existing.isPresent()) {
                Source s = existing.get();
                if (s.kind() != pending.kind() || !s.schema().equals(pending.schema())) {
                    throw new WorkspaceException("Source '" + name + "' already exists as " + s.kind()
                            + " for schema " + s.schema() + ", not " + pending.kind() + " for " + pending.schema()
                            + ". Choose another name.");
                }
                replaced = s.id();
                ws.jdbc().update("UPDATE sources SET pending = 2, name = ? WHERE id = ?", "replaced " + replaced
                        + " " + java.util.UUID.randomUUID(), replaced);
            }
            ws.jdbc().update("UPDATE sources SET pending = 0, name = ? WHERE id = ?", name, pendingId);
            ws.changed(org.radcurate.domain.WorkspaceChange.SOURCES);
            return replaced;
        });
    }

    /**
     * Deletes a hidden (pending or replaced) source and its rows, a chunk per transaction, so that
     * other connections' writes wait at most one chunk.
     */
    public void discard(long id) {
        long hidden = ws.jdbc().count("SELECT count(*) FROM sources WHERE id = ? AND pending <> 0", id);
        if (hidden == 0) {
            return;
        }
        for (String table : List.of("labels", "concepts")) {
            int deleted;
            do {
                // both tables are WITHOUT ROWID, keyed by (source_id, rid, ...): a chunk is a run of reports
                deleted = ws.transaction(() -> ws.jdbc().update("DELETE FROM " + table + " WHERE source_id = ? AND "
                        + "rid IN (SELECT rid FROM " + table + " WHERE source_id = ? GROUP BY rid LIMIT "
                        + DELETE_CHUNK + ")", id, id));
            } while (deleted > 0);
        }
        ws.transaction(() -> ws.jdbc().update("DELETE FROM sources WHERE id = ?", id));
    }

    /** Hidden sources that a crashed or killed job left behind. */
    public List<Long> leftovers() {
        return ws.jdbc().list("SELECT id FROM sources WHERE pending <> 0 ORDER BY id", rs -> rs.getLong(1));
    }

    /** Deletes what {@link #leftovers} lists. */
    public void discardLeftovers() {
        leftovers().forEach(this::discard);
    }

    private static Source map(ResultSet rs) throws SQLException {
        return new Source(rs.getLong(1), rs.getString(2), SourceKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), Instant.parse(rs.getString(6)));
    }
}
