package org.radcurate.persistence;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;

/**
 * Training runs and their metric timelines. A run's folder is stored relative to the workspace's
 * own {@code <workspace>.runs/} folder and read back as a full path: a copied workspace gets its
 * own folders (it never trains into or resumes from the original's), a moved one finds its models
 * when its {@code .runs} folder moves with it.
 */
public final class RunRepository {
    private static final String SELECT =
            "SELECT id, name, kind, config, device, status, folder, student_source_id, created_at FROM runs";

    private final Workspace ws;

    RunRepository(Workspace ws) {
        this.ws = ws;
    }

    /** A new run with a folder of its own under {@code <workspace>.runs/}, named after the run. */
    public Run create(String name, String kind, String configJson, String device) {
        Instant now = Instant.now();
        String base = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.chars().allMatch(ch -> ch == '.')) {
            base = "run";
        }
        String folder = base;
        for (int n = 2; ws.jdbc().count("SELECT count(*) FROM runs WHERE folder = ?", folder) > 0; n++) {
            folder = base + "-" + n;
        }
        long id = ws.jdbc().insert("""
                INSERT INTO runs (name, kind, config, device, status, folder, created_at)
                VALUES (?, ?, ?, ?, 'QUEUED', ?, ?)
                """, name, kind, configJson, device, folder, now.toString());
        ws.changed(org.radcurate.domain.WorkspaceChange.RUNS);
        return new Run(id, name, kind, configJson, device, RunStatus.QUEUED, folder(folder).toString(), 0, now);
    }

    /** The folder that holds every run's files: {@code <workspace file>.runs}. */
    public Path runsFolder() {
        Path file = ws.file();
        return file.resolveSibling(file.getFileName() + ".runs");
    }

    private Path folder(String stored) {
        return runsFolder().resolve(stored);
    }

    /**
     * Marks every run left RUNNING or QUEUED as INTERRUPTED: with one writer per workspace, a run
     * still RUNNING when the workspace is opened for writing was stopped by a crash. Returns how many.
     */
    public int markInterrupted() {
        return ws.jdbc().update("UPDATE runs SET status = 'INTERRUPTED' WHERE status IN ('RUNNING', 'QUEUED')");
    }

    public void setStatus(long runId, RunStatus status) {
        ws.jdbc().update("UPDATE runs SET status = ? WHERE id = ?", status.name(), runId);
        ws.changed(org.radcurate.domain.WorkspaceChange.RUNS);
    }

    public void setStudentSource(long runId, long sourceId) {
        ws.jdbc().update("UPDATE runs SET student_source_id = ? WHERE id = ?", sourceId, runId);
        ws.changed(org.radcurate.domain.WorkspaceChange.RUNS);
    }

    public void setDevice(long runId, String device) {
        ws.jdbc().update("UPDATE runs SET device = ? WHERE id = ?", device, runId);
    }

    public Optional<Run> find(long id) {
        return ws.jdbc().one(SELECT + " WHERE id = ?", this::map, id);
    }

    public Optional<Run> findByName(String name) {
        return ws.jdbc().one(SELECT + " WHERE name = ? ORDER BY id DESC LIMIT 1", this::map, name);
    }

    public List<Run> list() {
        return ws.jdbc().list(SELECT + " ORDER BY id", this::map);
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

    private Run map(ResultSet rs) throws SQLException {
        return new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                RunStatus.valueOf(rs.getString(6)), folder(rs.getString(7)).toString(), rs.getLong(8),
                Instant.parse(rs.getString(9)));
    }
}
