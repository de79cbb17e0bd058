package org.radcurate.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.ReportSummary;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.persistence.Workspace;

/**
 * The queue as built for a filter: its reports in order, and the annotator's progress over the
 * whole workspace ({@code done} of {@code total} reports), which the screen always shows.
 */
public record AnnotationQueue(List<QueueItem> items, int done, int total, String comparedWith) {

    public AnnotationQueue {
        items = List.copyOf(items);
    }

    /**
     * Built from bulk reads (one query for the report list and statuses, one per source only when the
     * filter needs labels), so 100,000 reports stay around a second.
     */
    static AnnotationQueue build(Workspace ws, Schema schema, QueueFilter filter, String annotator) {
        List<ReportSummary> all = ws.reports().summaries(annotator == null ? "" : annotator);
        int done = (int) all.stream().filter(r -> r.status() == AnnotationStatus.DONE).count();
        Map<String, Map<String, MentionState>> teacher = Map.of();
        Map<String, Map<String, MentionState>> other = Map.of();
        Map<String, Map<String, Double>> probabilities = Map.of();
        String comparedWith = "";
        if (filter.needsLabels()) {
            Optional<Source> t = source(ws, schema, SourceKind.TEACHER, filter.teacher());
            Optional<Source> s = source(ws, schema, SourceKind.STUDENT, filter.student());
            Optional<Source> other0 = s.isPresent() ? s : source(ws, schema, SourceKind.GOLD, null);
            // each bulk read is a full pass over a source's labels: read only what the filter uses
            boolean compare = filter.finding() != null || filter.disagreementOnly()
                    || filter.order() == QueueFilter.Order.DISAGREEMENT;
            if (compare) {
                teacher = t.map(src -> ws.labels().states(src.id())).orElse(Map.of());
                other = other0.map(src -> ws.labels().states(src.id())).orElse(Map.of());
                comparedWith = t.map(Source::name).orElse("no teacher") + " vs "
                        + other0.map(Source::name).orElse("nothing");
            }
            if (s.isPresent() && filter.order() == QueueFilter.Order.STUDENT_UNCERTAINTY) {
                probabilities = ws.labels().probabilities(s.get().id());
            }
        }
        List<String> findings = filter.finding() == null
                ? schema.findings().stream().map(Finding::name).toList()
                : List.of(schema.finding(filter.finding()).map(Finding::name).orElse(filter.finding()));
        List<QueueItem> items = new ArrayList<>();
        for (ReportSummary r : all) {
            if (filter.statuses() != null && !filter.statuses().contains(r.status())
                    || filter.split() != null && filter.split() != r.split()) {
                continue;
            }
            Map<String, MentionState> t = teacher.get(r.id());
            Map<String, MentionState> o = other.get(r.id());
            Map<String, Double> p = probabilities.getOrDefault(r.id(), Map.of());
            if (filter.finding() != null && !mentions(t, findings.get(0)) && !mentions(o, findings.get(0))
                    && p.getOrDefault(findings.get(0), 0.0) < 0.5) {
                continue;
            }
            // only reports both sources labelled are compared: a missing report is not a disagreement
            int disagreements = o == null || t == null ? 0 : disagreements(t, o, findings);
            if (filter.disagreementOnly() && disagreements == 0) {
                continue;
            }
            items.add(new QueueItem(r.id(), r.split(), r.status(), r.preview(), disagreements,
                    uncertainty(p, findings)));
        }
        sort(items, filter);
        return new AnnotationQueue(items, done, all.size(), comparedWith);
    }

    private static void sort(List<QueueItem> items, QueueFilter filter) {
        switch (filter.order()) {
            case STATUS -> items.sort(Comparator.comparingInt(i -> statusRank(i.status())));
            case DISAGREEMENT -> items.sort(Comparator.comparingInt(QueueItem::disagreements).reversed());
            case STUDENT_UNCERTAINTY -> items.sort(Comparator.comparingDouble(
                    i -> Double.isNaN(i.uncertainty()) ? Double.MAX_VALUE : i.uncertainty()));
            case RANDOM -> Collections.shuffle(items, new Random(filter.seed()));
            default -> { }
        }
    }

    private static int statusRank(AnnotationStatus s) {
        return switch (s) {
            case TODO -> 0;
            case FLAGGED -> 1;
            case SKIPPED -> 2;
            case DONE -> 3;
        };
    }

    private static boolean mentions(Map<String, MentionState> states, String finding) {
        if (states == null) {
            return false;
        }
        MentionState s = states.getOrDefault(finding, MentionState.ABSENT);
        return s == MentionState.POSITIVE || s == MentionState.UNCERTAIN;
    }

    private static int disagreements(Map<String, MentionState> a, Map<String, MentionState> b, List<String> findings) {
        int n = 0;
        for (String f : findings) {
            boolean pa = a.getOrDefault(f, MentionState.ABSENT) == MentionState.POSITIVE;
            boolean pb = b.getOrDefault(f, MentionState.ABSENT) == MentionState.POSITIVE;
            n += pa != pb ? 1 : 0;
        }
        return n;
    }

    private static double uncertainty(Map<String, Double> p, List<String> findings) {
        double best = Double.NaN;
        for (String f : findings) {
            Double v = p.get(f);
            if (v != null) {
                double d = Math.abs(v - 0.5);
                best = Double.isNaN(best) ? d : Math.min(best, d);
            }
        }
        return best;
    }

    /** The named source of a kind for the schema, or the first one of that kind. */
    static Optional<Source> source(Workspace ws, Schema schema, SourceKind kind, String name) {
        return ws.sources().list(kind).stream().filter(s -> s.schema().equals(schema.name()))
                .filter(s -> name == null || s.name().equals(name)).findFirst();
    }
}
