package org.radcurate.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.radcurate.domain.Concept;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;

/** Labels and concept sets, keyed by (source, report, finding or code). */
public final class LabelRepository {
    private static final String UPSERT = """
            INSERT INTO labels (source_id, rid, finding, state, probability, evidence)
            VALUES (?, (SELECT rid FROM reports WHERE ext_id = ?), ?, ?, ?, ?)
            ON CONFLICT (source_id, rid, finding) DO UPDATE
            SET state = excluded.state, probability = excluded.probability, evidence = excluded.evidence
            """;
    private static final String SELECT = """
            SELECT r.ext_id, l.finding, l.state, l.probability, l.evidence
            FROM labels l JOIN reports r ON r.rid = l.rid
            """;
    private static final String UPSERT_CONCEPT = """
            INSERT INTO concepts (source_id, rid, code, phrase, evidence)
            VALUES (?, (SELECT rid FROM reports WHERE ext_id = ?), ?, ?, ?)
            ON CONFLICT (source_id, rid, code) DO UPDATE SET phrase = excluded.phrase, evidence = excluded.evidence
            """;

    private final Workspace ws;

    LabelRepository(Workspace ws) {
        this.ws = ws;
    }

    public void put(long sourceId, Label label) {
        putAll(sourceId, List.of(label));
    }

    /** Upserts labels with one prepared statement; every report must exist. */
    public void putAll(long sourceId, List<Label> labels) {
        try (PreparedStatement ps = ws.connection().prepareStatement(UPSERT)) {
            for (Label l : labels) {
                Jdbc.bind(ps, sourceId, l.reportId(), l.finding(), l.state().name(), l.probability(),
                        Evidence.encode(l.evidence()));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("NOT NULL constraint failed: labels.rid")) {
                throw new WorkspaceException("a label names a report that is not in the workspace", e);
            }
            throw Jdbc.failure(UPSERT, e);
        }
    }

    public Optional<Label> find(long sourceId, String reportId, String finding) {
        return ws.jdbc().one(SELECT + " WHERE l.source_id = ? AND r.ext_id = ? AND l.finding = ?",
                LabelRepository::map, sourceId, reportId, finding);
    }

    public List<Label> forReport(long sourceId, String reportId) {
        return ws.jdbc().list(SELECT + " WHERE l.source_id = ? AND r.ext_id = ? ORDER BY l.finding",
                LabelRepository::map, sourceId, reportId);
    }

    /** Every label of a source, grouped by report in import order. */
    public Map<String, List<Label>> bySource(long sourceId) {
        Map<String, List<Label>> out = new LinkedHashMap<>();
        ws.jdbc().each(SELECT + " WHERE l.source_id = ? ORDER BY l.rid, l.finding", rs -> {
            Label l = map(rs);
            out.computeIfAbsent(l.reportId(), k -> new ArrayList<>()).add(l);
        }, sourceId);
        return out;
    }

    /** All sources' labels for one report, by source id. */
    public Map<Long, List<Label>> forReportAllSources(String reportId) {
        Map<Long, List<Label>> out = new LinkedHashMap<>();
        ws.jdbc().each("""
                SELECT l.source_id, r.ext_id, l.finding, l.state, l.probability, l.evidence
                FROM labels l JOIN reports r ON r.rid = l.rid JOIN sources s ON s.id = l.source_id
                WHERE r.ext_id = ? AND s.pending = 0 ORDER BY l.source_id
                """, rs -> {
            double p = rs.getDouble(5);
            Double probability = rs.wasNull() ? null : p;
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Label(rs.getString(2),
                    rs.getString(3), MentionState.valueOf(rs.getString(4)), probability,
                    Evidence.decode(rs.getString(6))));
        }, reportId);
        return out;
    }

    /** Every state of a source: report id, then finding. Evidence is left out for speed. */
    public Map<String, Map<String, MentionState>> states(long sourceId) {
        Map<String, Map<String, MentionState>> out = new LinkedHashMap<>();
        ws.jdbc().each("""
                SELECT r.ext_id, l.finding, l.state FROM labels l JOIN reports r ON r.rid = l.rid
                WHERE l.source_id = ? ORDER BY l.rid
                """, rs -> out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), MentionState.valueOf(rs.getString(3))), sourceId);
        return out;
    }

    /** Positive probabilities of a source: report id, then finding (only where given). */
    public Map<String, Map<String, Double>> probabilities(long sourceId) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        ws.jdbc().each("""
                SELECT r.ext_id, l.finding, l.probability FROM labels l JOIN reports r ON r.rid = l.rid
                WHERE l.source_id = ? AND l.probability IS NOT NULL ORDER BY l.rid
                """, rs -> out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getDouble(3)), sourceId);
        return out;
    }

    /**
     * Per report, how many findings two sources disagree on (positive vs not), counted by SQLite;
     * reports with no disagreement, or not labelled by both, are absent. {@code finding} null = all.
     */
    public Map<String, Integer> disagreements(long sourceA, long sourceB, String finding) {
        Map<String, Integer> out = new HashMap<>();
        ws.jdbc().each("""
                SELECT r.ext_id, count(*) FROM labels a
                JOIN labels b ON b.source_id = ? AND b.rid = a.rid AND b.finding = a.finding
                JOIN reports r ON r.rid = a.rid
                WHERE a.source_id = ? AND (a.state = 'POSITIVE') <> (b.state = 'POSITIVE')
                  AND (? IS NULL OR a.finding = ?)
                GROUP BY a.rid
                """, rs -> out.put(rs.getString(1), rs.getInt(2)), sourceB, sourceA, finding, finding);
        return out;
    }

    /** Reports where any of the sources says the finding is positive or uncertain. */
    public Set<String> mentioning(List<Long> sources, String finding) {
        Set<String> out = new HashSet<>();
        for (long source : sources) {
            ws.jdbc().each("""
                    SELECT r.ext_id FROM labels l JOIN reports r ON r.rid = l.rid
                    WHERE l.source_id = ? AND l.finding = ? AND l.state IN ('POSITIVE', 'UNCERTAIN')
                    """, rs -> out.add(rs.getString(1)), source, finding);
        }
        return out;
    }

    /** Per report, the smallest |probability - 0.5| of a source (over one finding, or all when null). */
    public Map<String, Double> uncertainty(long sourceId, String finding) {
        Map<String, Double> out = new HashMap<>();
        ws.jdbc().each("""
                SELECT r.ext_id, min(abs(l.probability - 0.5)) FROM labels l JOIN reports r ON r.rid = l.rid
                WHERE l.source_id = ? AND l.probability IS NOT NULL AND (? IS NULL OR l.finding = ?)
                GROUP BY l.rid
                """, rs -> out.put(rs.getString(1), rs.getDouble(2)), sourceId, finding, finding);
        return out;
    }

    public long count(long sourceId) {
        return ws.jdbc().count("SELECT count(*) FROM labels WHERE source_id = ?", sourceId);
    }

    public void putConcepts(long sourceId, ConceptSet set) {
        ws.transaction(() -> {
            ws.jdbc().update("DELETE FROM concepts WHERE source_id = ? "
                    + "AND rid = (SELECT rid FROM reports WHERE ext_id = ?)", sourceId, set.reportId());
            for (Concept c : set.concepts()) {
                ws.jdbc().update(UPSERT_CONCEPT, sourceId, set.reportId(), c.code(), c.phrase(),
                        c.evidence() == null ? "" : Evidence.encode(List.of(c.evidence())));
            }
        });
    }

    public ConceptSet concepts(long sourceId, String reportId) {
        List<Concept> concepts = ws.jdbc().list("""
                SELECT c.code, c.phrase, c.evidence FROM concepts c JOIN reports r ON r.rid = c.rid
                WHERE c.source_id = ? AND r.ext_id = ? ORDER BY c.code
                """, LabelRepository::mapConcept, sourceId, reportId);
        return new ConceptSet(reportId, concepts);
    }

    /** Every concept set of a source, by report in import order (reports without codes are absent). */
    public Map<String, ConceptSet> conceptsBySource(long sourceId) {
        Map<String, List<Concept>> grouped = new LinkedHashMap<>();
        ws.jdbc().each("""
                SELECT r.ext_id, c.code, c.phrase, c.evidence FROM concepts c JOIN reports r ON r.rid = c.rid
                WHERE c.source_id = ? ORDER BY c.rid, c.code
                """, rs -> grouped.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Concept(rs.getString(2), rs.getString(3), firstEvidence(rs.getString(4)))),
                sourceId);
        Map<String, ConceptSet> out = new LinkedHashMap<>();
        grouped.forEach((id, list) -> out.put(id, new ConceptSet(id, list)));
        return out;
    }

    private static Label map(ResultSet rs) throws SQLException {
        double p = rs.getDouble(4);
        Double probability = rs.wasNull() ? null : p;
        return new Label(rs.getString(1), rs.getString(2), MentionState.valueOf(rs.getString(3)), probability,
                Evidence.decode(rs.getString(5)));
    }

    private static Concept mapConcept(ResultSet rs) throws SQLException {
        return new Concept(rs.getString(1), rs.getString(2), firstEvidence(rs.getString(3)));
    }

    private static Evidence firstEvidence(String encoded) {
        List<Evidence> e = Evidence.decode(encoded);
        return e.isEmpty() ? null : e.get(0);
    }
}
