package org.radcurate.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AuditEvent;

class AuditRepositoryTest {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("ws.radcurate"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void appendedEventsAreListedPerReportInOrder() {
        ws.audit().append("ann", "set-label", "R1", "Edema", "ABSENT", "POSITIVE");
        ws.audit().append("ann", "set-label", "R2", "Edema", "ABSENT", "NEGATIVE");
        ws.audit().append("lead", "set-label", "R1", "Edema", "POSITIVE", "UNCERTAIN");
        List<AuditEvent> r1 = ws.audit().forReport("R1");
        assertEquals(List.of("ann:ABSENT>POSITIVE", "lead:POSITIVE>UNCERTAIN"),
                r1.stream().map(e -> e.who() + ":" + e.before() + ">" + e.after()).toList());
        assertEquals(3, ws.audit().count());
    }

    @Test
    void auditLogRefusesUpdates() {
        ws.audit().append("ann", "set-label", "R1", "Edema", "ABSENT", "POSITIVE");
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> ws.jdbc().update("UPDATE audit_log SET after = 'NEGATIVE'"));
        assertTrue(e.getMessage().contains("the audit log is append-only"), e.getMessage());
        assertEquals("POSITIVE", ws.audit().forReport("R1").get(0).after());
    }

    @Test
    void auditLogRefusesDeletes() {
        ws.audit().append("ann", "set-label", "R1", "Edema", "ABSENT", "POSITIVE");
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> ws.jdbc().update("DELETE FROM audit_log"));
        assertTrue(e.getMessage().contains("the audit log is append-only"), e.getMessage());
        assertEquals(1, ws.audit().count());
    }
}
