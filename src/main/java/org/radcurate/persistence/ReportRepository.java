package org.radcurate.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Report;
import org.radcurate.domain.ReportSummary;
import org.radcurate.domain.Section;
import org.radcurate.domain.Split;

/** Reports: stored once, never silently overwritten. */
public final class ReportRepository {
    /** What happened to one report on import. */
    public enum Outcome { ADDED, UNCHANGED, CLASH }

    private static final String INSERT = """
            INSERT INTO reports (ext_id, dataset, split, text, sections, preview, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (ext_id) DO NOTHING
            """;
    private static final String TEXT_OF = "SELECT text FROM reports WHERE ext_id = ?";
    private static final String SELECT = "SELECT ext_id, dataset, split, text, sections FROM reports";
    private static final String PAGE = "SELECT rid, ext_id, dataset, split, text, sections FROM reports"
            + " WHERE rid > ? ORDER BY rid LIMIT ?";
    private static final String SUMMARIES = """
            SELECT r.ext_id, r.split, r.dataset, r.preview, a.status, coalesce(a.flagged, 0)
            FROM reports r LEFT JOIN annotation_status a ON a.rid = r.rid AND a.annotator = ?
            ORDER BY r.rid
            """;

    private final Workspace ws;

    ReportRepository(Workspace ws) {
        this.ws = ws;
    }

    /** Adds the report, or reports whether an existing one with its id has the same text. */
    public Outcome add(Report r) {
        String now = Instant.now().toString();
        int changed = ws.jdbc().update(INSERT, r.id(), r.dataset(), r.split().key(), r.text(),
                encodeSections(r.sections()), preview(r), now);
        if (changed == 1) {
            ws.changed(org.radcurate.domain.WorkspaceChange.REPORTS);
            return Outcome.ADDED;
        }
        String existing = ws.jdbc().one(TEXT_OF, rs -> rs.getString(1), r.id()).orElse(null);
        return r.text().equals(existing) ? Outcome.UNCHANGED : Outcome.CLASH;
    }

    public Optional<Report> find(String id) {
        return ws.jdbc().one(SELECT + " WHERE ext_id = ?", ReportRepository::map, id);
    }

    /** The reports with these ids, in the order given; ids not in the workspace are left out. */
    public List<Report> findAll(List<String> ids) {
        Map<String, Report> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            ws.jdbc().each(SELECT + " WHERE ext_id IN (" + marks + ")", rs -> {
                Report r = map(rs);
                found.put(r.id(), r);
            }, part.toArray());
        }
        List<Report> out = new ArrayList<>(found.size());
        for (String id : ids) {
            Report r = found.get(id);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    public long count() {
        return ws.jdbc().count("SELECT count(*) FROM reports");
    }

    /** Streams every report in import order, without loading them all. */
    public void forEach(Consumer<Report> consumer) {
        ws.jdbc().each(SELECT + " ORDER BY rid", rs -> consumer.accept(map(rs)));
    }

    /**
     * Every report in import order, a page at a time (each page is its own query, so the caller may
     * commit between pages, which an open cursor would not allow).
     */
    public Iterable<List<Report>> chunks(int size) {
        return () -> new java.util.Iterator<>() {
            private long after = Long.MIN_VALUE;
            private List<Report> next = fetch();

            private List<Report> fetch() {
                List<Report> page = new ArrayList<>(size);
                long[] last = {after};
                ws.jdbc().each(PAGE, rs -> {
                            last[0] = rs.getLong(1);
                            page.add(mapShifted(rs));
                        }, after, size);
                after = last[0];
                return page;
            }

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<Report> next() {
                if (next.isEmpty()) {
                    throw new java.util.NoSuchElementException();
                }
                List<Report> page = next;
                next = page.size() < size ? List.of() : fetch();
                return page;
            }
        };
    }

    public List<Report> list(Split split) {
        if (split == null) {
            return ws.jdbc().list(SELECT + " ORDER BY rid", ReportRepository::map);
        }
        return ws.jdbc().list(SELECT + " WHERE split = ? ORDER BY rid", ReportRepository::map, split.key());
    }

    /** The report list of the main window, for one annotator's statuses. */
    public List<ReportSummary> summaries(String annotator) {
        List<ReportSummary> out = new ArrayList<>();
        ws.jdbc().each(SUMMARIES, rs -> {
            String status = rs.getString(5);
            String preview = rs.getString(4);
            out.add(new ReportSummary(rs.getString(1), Split.parse(rs.getString(2)).orElse(Split.NONE),
                    rs.getString(3), status == null ? AnnotationStatus.TODO : AnnotationStatus.valueOf(status),
                    rs.getInt(6) == 1, preview));
        }, annotator == null ? "" : annotator);
        return out;
    }

    /** External id to internal row id, for bulk label imports. */
    /** Every report id in import order. */
    public List<String> ids() {
        return ws.jdbc().list("SELECT ext_id FROM reports ORDER BY rid", rs -> rs.getString(1));
    }

    public Map<String, Long> rowIds() {
        Map<String, Long> out = new HashMap<>();
        ws.jdbc().each("SELECT ext_id, rid FROM reports", rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    public void setSplit(String id, Split split) {
        ws.jdbc().update("UPDATE reports SET split = ? WHERE ext_id = ?", split.key(), id);
        ws.changed(org.radcurate.domain.WorkspaceChange.REPORTS);
    }

    /** Inserts many reports with one prepared statement; used by imports inside a transaction. */
    public List<Outcome> addAll(List<Report> reports) {
        List<Outcome> outcomes = new ArrayList<>(reports.size());
        String now = Instant.now().toString();
        try (PreparedStatement ps = ws.connection().prepareStatement(INSERT)) {
            for (Report r : reports) {
                Jdbc.bind(ps, r.id(), r.dataset(), r.split().key(), r.text(), encodeSections(r.sections()),
                        preview(r), now);
                if (ps.executeUpdate() == 1) {
                    ws.changed(org.radcurate.domain.WorkspaceChange.REPORTS);
                    outcomes.add(Outcome.ADDED);
                } else {
                    String existing = ws.jdbc().one(TEXT_OF, rs -> rs.getString(1), r.id()).orElse(null);
                    outcomes.add(r.text().equals(existing) ? Outcome.UNCHANGED : Outcome.CLASH);
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(INSERT, e);
        }
        return outcomes;
    }

    /** What the list shows: the impression when there is one (it is what readers scan for), else the text. */
    static String preview(Report r) {
        String p = r.section("IMPRESSION").filter(s -> !s.isBlank()).orElse(r.findingsAndImpression());
        p = p.replaceAll("\\s+", " ").strip();
        return p.length() > 160 ? p.substring(0, 160) : p;
    }

    private static Report map(ResultSet rs) throws SQLException {
        return new Report(rs.getString(1), rs.getString(4), decodeSections(rs.getString(5)),
                Split.parse(rs.getString(3)).orElse(Split.NONE), rs.getString(2));
    }

    private static Report mapShifted(ResultSet rs) throws SQLException {
        return new Report(rs.getString(2), rs.getString(5), decodeSections(rs.getString(6)),
                Split.parse(rs.getString(4)).orElse(Split.NONE), rs.getString(3));
    }

    static String encodeSections(List<Section> sections) {
        StringBuilder b = new StringBuilder();
        for (Section s : sections) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(s.name()).append(':').append(s.start()).append(':').append(s.end());
        }
        return b.toString();
    }

    static List<Section> decodeSections(String encoded) {
        List<Section> out = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String part : encoded.split(";")) {
            String[] p = part.split(":");
            out.add(new Section(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
        }
        return out;
    }
}
