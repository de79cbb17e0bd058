package org.radcurate.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Workspace-wide settings (active schema, custom schema definitions) and summary counts. */
public final class InfoRepository {
    private final Workspace ws;

    InfoRepository(Workspace ws) {
        this.ws = ws;
    }

    public Optional<String> get(String key) {
        return ws.jdbc().one("SELECT value FROM workspace_info WHERE key = ?", rs -> rs.getString(1), key);
    }

    public void put(String key, String value) {
        ws.jdbc().update("INSERT INTO workspace_info (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
        ws.changed(org.radcurate.domain.WorkspaceChange.SCHEMA);
    }

    public void putSchemaDefinition(String name, String json) {
        ws.jdbc().update("INSERT INTO schemas (name, definition) VALUES (?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition", name, json);
        ws.changed(org.radcurate.domain.WorkspaceChange.SCHEMA);
    }

    public Map<String, String> schemaDefinitions() {
        Map<String, String> out = new LinkedHashMap<>();
        ws.jdbc().each("SELECT name, definition FROM schemas ORDER BY name",
                rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    public Map<String, Long> reportsByDataset() {
        return counts("SELECT dataset, count(*) FROM reports GROUP BY dataset ORDER BY dataset");
    }

    public Map<String, Long> reportsBySplit() {
        return counts("SELECT split, count(*) FROM reports GROUP BY split ORDER BY split");
    }

    /** Reports labelled by each source, by source name. */
    public Map<String, Long> reportsBySource() {
        return counts("""
                SELECT s.name, count(DISTINCT l.rid) FROM sources s LEFT JOIN labels l ON l.source_id = s.id
                WHERE s.pending = 0 GROUP BY s.id ORDER BY s.id
                """);
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> out = new LinkedHashMap<>();
        ws.jdbc().each(sql, rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }
}
