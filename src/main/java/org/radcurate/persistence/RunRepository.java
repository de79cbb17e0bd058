package org.radcurate.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;

/** Training runs and their metric timelines. */
public final class RunRepository {
    private static final String SELECT =
            "SELECT id, name, kind, config, device, status, artifact_dir, student_source_id, created_at FROM runs";

    private final Workspace ws;

    RunRepository(Workspace ws) {
        this.ws = ws;
    }

    public Run create(String name, String kind, String configJson, String device, String artifactDir) {
        Instant now = Instant.now();
        long id = ws.jdbc().insert("""
                INSERT INTO runs (name, kind, config, device, status, artifact_dir, created_at)
                VALUES (?, ?, ?, ?, 'QUEUED', ?, ?)
                """, name, kind, configJson, device, artifactDir, now.toString());
        return new Run(id, name, kind, configJson, device, RunStatus.QUEUED, artifactDir, 0, now);
    }

    public void setStatus(long runId, RunStatus status) {
        ws.jdbc().update("UPDATE runs SET status = ? WHERE id = ?", status.name(), runId);
    }

    public void setStudentSource(long runId, long sourceId) {
        ws.jdbc().update("UPDATE runs SET student_source_id = ? WHERE id = ?", sourceId, runId);
    }

    public void setDevice(long runId, String device) {
        ws.jdbc().update("UPDATE runs SET device = ? WHERE id = ?", device, runId);
    }

    public Optional<Run> find(long id) {
        return ws.jdbc().one(SELECT + " WHERE id = ?", RunRepository::map, id);
    }

    public Optional<Run> findByName(String name) {
        return ws.jdbc().one(SELECT + " WHERE name = ? ORDER BY id DESC LIMIT 1", RunRepository::map, name);
    }

    public List<Run> list() {
        return ws.jdbc().list(SELECT + " ORDER BY id", RunRepository::map);
    }

    /** Records one epoch's named metrics (loss, validation micro-F1, seconds). */
    public void putMetrics(long runId, int epoch, Map<String, Double> metrics) {
        String now = Instant.now().toString();
        metrics.forEach((name, value) -> ws.jdbc().update("""
                INSERT INTO run_metrics (run_id, epoch, name, value, at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (run_id, epoch, name) DO UPDATE SET value = excluded.value, at = excluded.at
                """, runId, epoch, name, value, now));
    }

    /** The timeline: epoch, then metric name to value. */
    public Map<Integer, Map<String, Double>> metrics(long runId) {
        Map<Integer, Map<String, Double>> out = new LinkedHashMap<>();
        ws.jdbc().each("SELECT epoch, name, value FROM run_metrics WHERE run_id = ? ORDER BY epoch, name",
                rs -> out.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                        rs.getDouble(3)), runId);
        return out;
    }

    private static Run map(ResultSet rs) throws SQLException {
        return new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                RunStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getLong(8), Instant.parse(rs.getString(9)));
    }
}
