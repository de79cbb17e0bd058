package org.radcurate.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Numbered schema migrations. Each runs in one transaction together with its schema_version row,
 * so a workspace is always at exactly one version.
 */
final class Migrations {
    private Migrations() {}

    static final List<String> FILES = List.of(
            "V001__reports_and_labels.sql",
            "V002__gold_sets_annotation_audit.sql",
            "V003__runs_and_evaluations.sql",
            "V004__pending_sources.sql",
            "V005__runs_relative_folders_interrupted.sql",
            "V006__llm_teachers.sql",
            "V007__flag_apart_from_status.sql",
            "V008__annotation_events.sql");

    /** The version a file brings a workspace to, from its name: numbers may skip. */
    static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }

    static final int LATEST = version(FILES.get(FILES.size() - 1));

    static int currentVersion(Connection c) throws SQLException {
        Jdbc jdbc = new Jdbc(c);
        boolean hasTable = jdbc.count(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") > 0;
        if (!hasTable) {
            long tables = jdbc.count("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
            return tables == 0 ? 0 : -1;
        }
        return (int) jdbc.count("SELECT coalesce(max(version), 0) FROM schema_version");
    }

    /** Brings the database up to {@code target}; returns the number of migrations applied. */
    static int apply(Connection c, int target) throws SQLException {
        int current = currentVersion(c);
        if (current == 0) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
            }
        }
        int applied = 0;
        for (String file : FILES) {
            int v = version(file);
            if (v <= current || v > target) {
                continue;
            }
            // a migration that rebuilds a referenced table runs with foreign keys off (the pragma
            // is ignored inside a transaction) and checks them before it commits
            boolean rebuild = source(file).startsWith("-- foreign_keys: off");
            boolean foreignKeys = new Jdbc(c).count("PRAGMA foreign_keys") == 1;
            if (rebuild) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA foreign_keys = OFF");
                }
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String statement : statements(file)) {
                    st.execute(statement);
                }
                if (rebuild && new Jdbc(c).count("SELECT count(*) FROM pragma_foreign_key_check") > 0) {
                    throw new SQLException("migration " + v + " would break a reference between tables");
                }
                new Jdbc(c).update("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                        v, Instant.now().toString());
                c.commit();
                applied++;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
                if (rebuild && foreignKeys) {
                    try (Statement st = c.createStatement()) {
                        st.execute("PRAGMA foreign_keys = ON");
                    }
                }
            }
        }
        return applied;
    }

    private static String source(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a migration file on semicolons that end a line, keeping trigger bodies whole. */
    static List<String> statements(String file) {
        String sql = source(file);
        StringBuilder withoutComments = new StringBuilder();
        sql.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> withoutComments.append(l).append('\n'));
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : withoutComments.toString().split("\n")) {
            current.append(line).append('\n');
            String t = line.strip();
            boolean insideTrigger = current.toString().contains("CREATE TRIGGER") && !t.endsWith("END;");
            if (t.endsWith(";") && !insideTrigger) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
