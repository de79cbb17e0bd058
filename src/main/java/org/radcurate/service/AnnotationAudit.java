package org.radcurate.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.radcurate.domain.AuditEvent;
import org.radcurate.persistence.Workspace;

/** Reading and exporting the append-only audit log: who changed what, when, from what to what. */
public final class AnnotationAudit {
    static final String[] HEADER = {"id", "at", "who", "action", "report_id", "target", "before", "after"};

    private final Workspace ws;

    AnnotationAudit(Workspace ws) {
        this.ws = ws;
    }

    public long count() {
        return ws.audit().count();
    }

    public List<AuditEvent> forReport(String reportId) {
        return ws.audit().forReport(reportId);
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEvent> latest(int limit) {
        Deque<AuditEvent> last = new ArrayDeque<>(Math.max(1, limit));
        ws.audit().forEach(e -> {
            if (last.size() == limit) {
                last.removeFirst();
            }
            last.addLast(e);
        });
        List<AuditEvent> out = new ArrayList<>(last);
        java.util.Collections.reverse(out);
        return out;
    }

    /** Writes the whole log as CSV (streamed, written to a temp file then moved); returns the rows written. */
    public long exportCsv(Path out) throws IOException {
        long[] n = new long[1];
        ExportService.writeAtomically(out, w -> {
            try (CSVPrinter p = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(w)) {
                ws.audit().forEach(e -> {
                    try {
                        p.printRecord(e.id(), e.at(), e.who(), e.action(), e.reportId(), e.target(), e.before(),
                                e.after());
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                    n[0]++;
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return n[0];
    }
}
