package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.AuditEvent;
import org.radcurate.domain.Concept;
import org.radcurate.domain.MentionState;

/** Every change leaves one audit row; the log refuses rewrites; it exports as CSV. */
class AnnotationAuditTest {
    @TempDir
    Path dir;

    @Test
    void eachChangeIsLoggedAppendOnlyAndExported() throws Exception {
        Path file = AnnotationFixtures.sampleCopy(dir, "w.radcurate");
        try (WorkspaceSession session = WorkspaceSession.open(file)) {
            AnnotationService service = new AnnotationService(session);
            long before = service.audit().count();
            service.setState("alice", "S0003", "Edema", MentionState.UNCERTAIN);
            service.setState("alice", "S0003", "Edema", MentionState.UNCERTAIN); // no change, no row
            service.setStatus("alice", "S0003", AnnotationStatus.SKIPPED);
            service.setStatus("alice", "S0003", AnnotationStatus.TODO, "undo status");
            service.setStatus("alice", "S0003", AnnotationStatus.SKIPPED, "redo status");
            service.setComment("alice", "S0003", "edema or atelectasis?");
            service.addConcept("alice", "S0003", new Concept("J81.0", "acute pulmonary edema", null));
            service.removeConcept("alice", "S0003", "J81.0");
            service.adjudicate("bob", "S0003", "Edema", MentionState.POSITIVE);
            service.freeze("bob", "audit test", "");

            List<AuditEvent> events = service.audit().forReport("S0003");
            assertEquals(List.of("set", "status", "undo status", "redo status", "comment", "add code", "remove code",
                    "adjudicate"),
                    events.stream().map(AuditEvent::action).toList());
            AuditEvent set = events.get(0);
            assertEquals("alice", set.who());
            assertEquals("Edema", set.target());
            assertEquals("POSITIVE", set.before());
            assertEquals("UNCERTAIN", set.after());
            assertEquals("TODO", events.get(1).before());
            assertEquals("SKIPPED", events.get(1).after());
            assertEquals("SKIPPED", events.get(2).before());
            assertEquals("TODO", events.get(2).after());
            assertEquals("bob", events.get(7).who());
            assertEquals(before + 9, service.audit().count());
            List<AuditEvent> latest = service.audit().latest(2);
            assertEquals("freeze gold set", latest.get(0).action());
            assertEquals("audit test@1", latest.get(0).target());
            assertEquals("adjudicate", latest.get(1).action());

            Path csv = dir.resolve("audit.csv");
            assertEquals(before + 9, service.audit().exportCsv(csv));
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals("id,at,who,action,report_id,target,before,after", lines.get(0));
            assertEquals(before + 10, lines.size());
            assertTrue(lines.stream().anyMatch(l -> l.endsWith(",alice,comment,S0003,,,edema or atelectasis?")),
                    String.join("\n", lines));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE audit_log SET after = 'NEGATIVE'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM audit_log"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
    }
}
