package org.radcurate.service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Source;

/** Reads what a source holds, for tests outside this package (the workspace itself is not public). */
public final class StoredLabels {
    private StoredLabels() {}

    public static Source source(WorkspaceSession session, String name) {
        return session.workspace().sources().find(name).orElseThrow();
    }

    /** Each labelled report's states by finding, reports in id order. */
    public static Map<String, Map<String, MentionState>> states(WorkspaceSession session, String source) {
        return new TreeMap<>(session.workspace().labels().states(source(session, source).id()));
    }

    /** A report's concepts as "CODE phrase", in stored order. */
    public static List<String> codes(WorkspaceSession session, String source, String reportId) {
        return session.workspace().labels().concepts(source(session, source).id(), reportId).concepts().stream()
                .map(c -> c.code() + " " + c.phrase()).toList();
    }

    public static String consentGrantedBy(WorkspaceSession session, String endpoint) {
        return session.workspace().llm().consent(endpoint).orElseThrow().grantedBy();
    }
}
