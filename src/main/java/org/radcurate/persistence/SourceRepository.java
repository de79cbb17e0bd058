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
    private static final String SELECT = "SELECT id, name, kind, schema, detail, created_at FROM sources";

    private final Workspace ws;

    SourceRepository(Workspace ws) {
        this.ws = ws;
    }

    public Optional<Source> find(String name) {
        return ws.jdbc().one(SELECT + " WHERE name = ?", SourceRepository::map, name);
    }

    public List<Source> list() {
        return ws.jdbc().list(SELECT + " ORDER BY id", SourceRepository::map);
    }

    public List<Source> list(SourceKind kind) {
        return ws.jdbc().list(SELECT + " WHERE kind = ? ORDER BY id", SourceRepository::map, kind.name());
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
        return new Source(id, name, kind, schema, detail == null ? "" : detail, now);
    }

    private static Source map(ResultSet rs) throws SQLException {
        return new Source(rs.getLong(1), rs.getString(2), SourceKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), Instant.parse(rs.getString(6)));
    }
}
