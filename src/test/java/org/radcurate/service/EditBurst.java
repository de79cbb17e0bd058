package org.radcurate.service;

import java.nio.file.Path;
import java.util.List;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Schema;

/**
 * A separate process for the durability test: edits one (report, finding) after another through
 * AnnotationService and prints "ACK n report finding before after" once each call has returned.
 * It never stops by itself; the test kills it with SIGKILL.
 */
public final class EditBurst {
    private EditBurst() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try (WorkspaceSession session = WorkspaceSession.open(file)) {
            AnnotationService service = new AnnotationService(session);
            Schema schema = service.schema();
            List<String> reports = session.reportSummaries("").stream().map(r -> r.id()).toList();
            System.out.println("READY");
            System.out.flush();
            MentionState[] states = MentionState.values();
            for (int n = 0; n < reports.size() * schema.size(); n++) {
                // each edit touches its own (report, finding): a later, unacknowledged edit can never
                // overwrite an acknowledged one, so the check after the kill is exact
                String report = reports.get(n % reports.size());
                String finding = schema.findings().get(n / reports.size()).name();
                MentionState wanted = states[n % states.length];
                MentionState before = service.setState("burst", report, finding, wanted);
                System.out.println("ACK " + n + " " + report + " " + finding.replace(' ', '_') + " " + before + " "
                        + wanted);
                System.out.flush();
            }
        }
    }
}
