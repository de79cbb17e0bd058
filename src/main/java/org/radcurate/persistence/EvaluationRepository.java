package org.radcurate.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.radcurate.domain.EvaluationRecord;
import org.radcurate.domain.UncertaintyPolicy;

/** Stored evaluations, so every reported figure can be found again with what produced it. */
public final class EvaluationRepository {
    private static final String SELECT = "SELECT id, gold_set, split, policy, sources, metrics, created_at FROM evaluations";

    private final Workspace ws;

    EvaluationRepository(Workspace ws) {
        this.ws = ws;
    }

    public EvaluationRecord add(String goldSet, String split, UncertaintyPolicy policy, List<String> sources,
            String metricsJson) {
        Instant now = Instant.now();
        long id = ws.jdbc().insert("""
                INSERT INTO evaluations (gold_set, split, policy, sources, metrics, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, goldSet, split, policy.key(), String.join("\n", sources), metricsJson, now.toString());
        ws.changed(org.radcurate.domain.WorkspaceChange.EVALUATIONS);
        return new EvaluationRecord(id, goldSet, split, policy, sources, metricsJson, now);
    }

    public List<EvaluationRecord> list() {
        return ws.jdbc().list(SELECT + " ORDER BY id", EvaluationRepository::map);
    }

    private static EvaluationRecord map(ResultSet rs) throws SQLException {
        return new EvaluationRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                UncertaintyPolicy.parse(rs.getString(4)).orElseThrow(), Arrays.asList(rs.getString(5).split("\n")),
                rs.getString(6), Instant.parse(rs.getString(7)));
    }
}
