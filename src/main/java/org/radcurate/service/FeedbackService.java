package org.radcurate.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.TimeLedger.Kind;
import org.radcurate.persistence.Workspace;

/**
 * Feedback to an annotator: where the adjudicated working gold now differs from the labels they gave, per finding,
 * with the reports to open. NEGATIVE and ABSENT are not told apart (both say "not present").
 */
public final class FeedbackService {
    private FeedbackService() {}

    /** One report and finding where the gold differs from the annotator. */
    public record Difference(String reportId, String finding, MentionState mine, MentionState gold) {}

    /** The annotator's differences, grouped per finding in schema order (findings without any left out). */
    public record Feedback(String annotator, int reports, Map<String, List<Difference>> byFinding) {
        public Feedback {
            byFinding = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byFinding));
        }

        public int total() {
            return byFinding.values().stream().mapToInt(List::size).sum();
        }
    }

    /** The annotators who have labels in the active schema (names without the "annotator:" prefix). */
    public static List<String> annotators(WorkspaceSession session) {
        return new AnnotationService(session).sourceNames(org.radcurate.domain.SourceKind.ANNOTATOR);
    }

    public static Feedback feedback(WorkspaceSession session, String annotator) {
        Workspace ws = session.workspace();
        Schema schema = Schemas.active(ws);
        Source mine = ws.sources().find(AnnotationService.ANNOTATOR_PREFIX + annotator)
                .orElseThrow(() -> new IllegalArgumentException("no annotator '" + annotator + "'; the annotators are "
                        + annotators(session)));
        Map<String, Map<String, MentionState>> gold = DiagnosticsService.workingGold(ws, schema)
                .map(g -> ws.labels().states(g.id())).orElse(Map.of());
        Map<String, Map<String, MentionState>> labels = ws.labels().states(mine.id());
        Map<String, List<Difference>> byFinding = new LinkedHashMap<>();
        for (Finding f : schema.findings()) {
            List<Difference> list = new ArrayList<>();
            labels.forEach((report, states) -> {
                MentionState m = states.get(f.name());
                Map<String, MentionState> g = gold.get(report);
                if (m == null || g == null) {
                    return;
                }
                MentionState gs = g.getOrDefault(f.name(), MentionState.ABSENT);
                Kind k = Kind.of(m, gs);
                if (k != Kind.REVIEW && k != Kind.NEGATIVE_OR_ABSENT) {
                    list.add(new Difference(report, f.name(), m, gs));
                }
            });
            if (!list.isEmpty()) {
                byFinding.put(f.name(), list);
            }
        }
        return new Feedback(annotator, labels.size(), byFinding);
    }
}
