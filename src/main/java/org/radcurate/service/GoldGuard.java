package org.radcurate.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.persistence.Workspace;

/**
 * Gold is months of radiologists' work: a label import over a gold source that already holds
 * labels needs an explicit yes, and then writes every changed label to the audit log.
 */
final class GoldGuard {
    static final String WHO = "import";
    static final GoldGuard NONE = new GoldGuard(null, null, null);

    private final Workspace ws;
    private final Source source;
    private final Map<String, Map<String, MentionState>> before;

    private GoldGuard(Workspace ws, Source source, Map<String, Map<String, MentionState>> before) {
        this.ws = ws;
        this.source = source;
        this.before = before;
    }

    static GoldGuard of(Workspace ws, String sourceName, SourceKind kind, boolean replaceGold) {
        if (kind != SourceKind.GOLD) {
            return NONE;
        }
        Optional<Source> existing = ws.sources().find(sourceName);
        if (existing.isEmpty() || existing.get().kind() != SourceKind.GOLD) {
            // a new gold source: one audit row says where it came from
            return new GoldGuard(ws, null, Map.of());
        }
        Map<String, Map<String, MentionState>> states = ws.labels().states(existing.get().id());
        if (!states.isEmpty() && !replaceGold) {
            throw new IllegalArgumentException("source '" + sourceName + "' already holds gold labels for "
                    + states.size() + " reports; importing over them needs --replace-gold (every changed label "
                    + "is then written to the audit log)");
        }
        return new GoldGuard(ws, existing.get(), states);
    }

    /** Audits each label of the batch that changes a gold label (a new one, or another state). */
    void audit(List<Label> batch) {
        if (ws == null || source == null) {
            return;
        }
        for (Label l : batch) {
            MentionState old = before.getOrDefault(l.reportId(), Map.of()).get(l.finding());
            if (old != l.state()) {
                ws.audit().append(WHO, "import gold", l.reportId(), source.name() + ": " + l.finding(),
                        old == null ? "" : old.name(), l.state().name());
            }
        }
    }

    /** A new gold source gets one row naming the file it came from. */
    void auditSummary(Path file, long labels) {
        if (ws != null && source == null) {
            ws.audit().append(WHO, "import gold", "", file.getFileName().toString(), "",
                    labels + " labels");
        }
    }
}
