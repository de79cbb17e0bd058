package org.radcurate.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Section;
import org.radcurate.domain.Split;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void applyOnEmptyDatabaseReachesTargetVersion() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("v.db"))) {
            assertEquals(2, Migrations.apply(c, 2));
            assertEquals(2, Migrations.currentVersion(c));
        }
    }

    @Test
    void applyFromVersionTwoRunsOnlyTheThird() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("v.db"))) {
            Migrations.apply(c, 2);
            assertEquals(1, Migrations.apply(c, 3));
            assertEquals(3, Migrations.currentVersion(c));
        }
    }

    @Test
    void openUpgradesVersionTwoWorkspaceKeepingReportsAndLabels() throws Exception {
        Path file = dir.resolve("old.radcurate");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            Migrations.apply(c, 2);
            st.execute("INSERT INTO reports (rid, ext_id, dataset, split, text, sections, preview, imported_at) "
                    + "VALUES (1, 'OLD1', 'legacy', 'train', 'FINDINGS: Small effusion.', 'FINDINGS:10:25', "
                    + "'Small effusion.', '2024-01-01T00:00:00Z')");
            st.execute("INSERT INTO sources (id, name, kind, schema, detail, created_at) VALUES "
                    + "(1, 'chexpert', 'TEACHER', 'chexpert14', '', '2024-01-01T00:00:00Z')");
            st.execute("INSERT INTO labels (source_id, rid, finding, state, probability, evidence) VALUES "
                    + "(1, 1, 'Pleural Effusion', 'POSITIVE', 0.9, ''), (1, 1, 'Edema', 'NEGATIVE', NULL, '')");
        }

        try (Workspace ws = Workspace.open(file)) {
            assertEquals(Migrations.LATEST, ws.schemaVersion());
            assertEquals(List.of(new Report("OLD1", "FINDINGS: Small effusion.",
                    List.of(new Section("FINDINGS", 10, 25)), Split.TRAIN, "legacy")), ws.reports().list(null));
            long source = ws.sources().find("chexpert").orElseThrow().id();
            assertEquals(Map.of("OLD1", List.of(
                    new Label("OLD1", "Edema", MentionState.NEGATIVE, null, List.of()),
                    new Label("OLD1", "Pleural Effusion", MentionState.POSITIVE, 0.9, List.of()))),
                    ws.labels().bySource(source));
        }
    }

    @Test
    void aFlaggedReportOfAVersionSixWorkspaceKeepsItsFlagAndIsToDo() throws Exception {
        Path file = dir.resolve("v6.radcurate");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            Migrations.apply(c, 6);
            st.execute("INSERT INTO reports (rid, ext_id, dataset, split, text, sections, preview, imported_at) VALUES "
                    + "(1, 'R1', 'd', 'none', 'a', '', 'a', '2024-01-01T00:00:00Z'), "
                    + "(2, 'R2', 'd', 'none', 'b', '', 'b', '2024-01-01T00:00:00Z'), "
                    + "(3, 'R3', 'd', 'none', 'c', '', 'c', '2024-01-01T00:00:00Z')");
            st.execute("INSERT INTO annotation_status (rid, annotator, status, comment, updated_at) VALUES "
                    + "(1, 'alice', 'FLAGGED', 'ask Dr B', '2024-01-01T00:00:00Z'), "
                    + "(2, 'alice', 'DONE', '', '2024-01-01T00:00:00Z'), "
                    + "(3, 'bob', 'SKIPPED', 'blurred', '2024-01-01T00:00:00Z')");
        }

        try (Workspace ws = Workspace.open(file)) {
            assertEquals(8, ws.schemaVersion());
            assertEquals(new AnnotationRepository.Entry("R1", org.radcurate.domain.AnnotationStatus.TODO, true,
                    "ask Dr B"), ws.annotations().get("R1", "alice"));
            assertEquals(new AnnotationRepository.Entry("R2", org.radcurate.domain.AnnotationStatus.DONE, false, ""),
                    ws.annotations().get("R2", "alice"));
            assertEquals(new AnnotationRepository.Entry("R3", org.radcurate.domain.AnnotationStatus.SKIPPED, false,
                    "blurred"), ws.annotations().get("R3", "bob"));
            assertEquals(List.of(true, false, false), ws.reports().summaries("alice").stream()
                    .map(org.radcurate.domain.ReportSummary::flagged).toList());
        }
    }

    @Test
    void versionTwoWorkspaceIsRefusedReadOnlyUntilUpgraded() throws Exception {
        Path file = dir.resolve("old.radcurate");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(c, 2);
        }
        WorkspaceException e = org.junit.jupiter.api.Assertions.assertThrows(WorkspaceException.class,
                () -> Workspace.openReadOnly(file));
        assertEquals("Workspace " + file.toAbsolutePath() + " is at schema version 2 and must be upgraded: "
                + "open it once for writing.", e.getMessage());
    }

    @Test
    void statementsKeepTriggerBodiesWhole() {
        List<String> statements = Migrations.statements("V002__gold_sets_annotation_audit.sql");
        assertEquals("CREATE TRIGGER gold_sets_frozen_update BEFORE UPDATE ON gold_sets\n"
                + "BEGIN SELECT RAISE(ABORT, 'gold sets are frozen'); END;",
                statements.stream().filter(s -> s.contains("gold_sets_frozen_update")).findFirst().orElseThrow());
        assertEquals(15, statements.size());
    }
}
