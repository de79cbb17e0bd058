package org.radcurate.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Everything a workspace file holds, read through a separate read-only connection: report and
 * label counts plus a dump of every row of every table, so "unchanged" can be asserted exactly.
 */
public record WorkspaceState(long reports, long labels, long concepts, long sources, String dump) {

    public static WorkspaceState of(Path db) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath(), config.toProperties())) {
            return new WorkspaceState(count(c, "reports"), count(c, "labels"), count(c, "concepts"),
                    count(c, "sources"), dump(c));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + db, e);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String dump(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        StringBuilder b = new StringBuilder();
        for (String t : tables) {
            b.append("== ").append(t).append('\n');
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\"")) {
                int n = rs.getMetaData().getColumnCount();
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        row.append(i > 1 ? " | " : "").append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
                rows.sort(null);
                rows.forEach(r -> b.append(r).append('\n'));
            }
        }
        return b.toString();
    }
}
