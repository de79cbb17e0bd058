package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.AuditEvent;
import org.radcurate.domain.MentionState;
import org.radcurate.persistence.WorkspaceInUseException;

/**
 * Kills a separate JVM (SIGKILL) in the middle of a burst of edits: every edit it acknowledged is in the
 * workspace afterwards, with its audit row; while it ran, a second writer was told the workspace is in use.
 */
class AnnotationDurabilityTest {
    private static final int ACKS = 200;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEditSurvivesKillDashNine() throws Exception {
        Path file = AnnotationFixtures.sampleCopy(dir, "burst.radcurate");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EditBurst.class.getName(), file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String[]> acked = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("READY", out.readLine());
            assertThrows(WorkspaceInUseException.class, () -> WorkspaceSession.open(file).close(),
                    "a second writer must be refused while the burst runs");
            String line;
            while (acked.size() < ACKS && (line = out.readLine()) != null) {
                acked.add(line.split(" "));
            }
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(ACKS, acked.size());
        assertEquals(137, p.exitValue(), "killed by SIGKILL");

        try (WorkspaceSession session = WorkspaceSession.open(file)) {
            AnnotationService service = new AnnotationService(session);
            List<AuditEvent> audit = new ArrayList<>();
            service.audit().latest(Integer.MAX_VALUE / 2).forEach(audit::add);
            for (String[] a : acked) {
                String report = a[2];
                String finding = a[3].replace('_', ' ');
                MentionState before = MentionState.valueOf(a[4]);
                MentionState after = MentionState.valueOf(a[5]);
                ReportWork w = service.load(report, "burst");
                assertEquals(after, w.row(finding).gold(), "gold of acknowledged edit " + a[1]);
                assertEquals(after, w.row(finding).mine(), "annotator label of acknowledged edit " + a[1]);
                if (before != after) {
                    assertTrue(audit.stream().anyMatch(e -> e.who().equals("burst") && e.reportId().equals(report)
                            && e.target().equals(finding) && e.before().equals(before.name())
                            && e.after().equals(after.name())), "audit row of acknowledged edit " + a[1]);
                }
            }
        }
    }
}
