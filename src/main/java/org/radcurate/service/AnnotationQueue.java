package org.radcurate.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Finding;
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
        Map<String, Integer> disagreements = Map.of();
        Set<String> mentioning = null;
        Map<String, Double> uncertainty = Map.of();
        String comparedWith = "";
        String finding = filter.finding() == null ? null
                : schema.finding(filter.finding()).map(Finding::name).orElse(filter.finding());
        if (filter.needsLabels()) {
            Optional<Source> t = source(ws, schema, SourceKind.TEACHER, filter.teacher());
            // the compared source: a student, or (named) a second teacher such as an LLM beside the rule teacher
            Optional<Source> s = source(ws, schema, SourceKind.STUDENT, filter.student());
            if (s.isEmpty() && filter.student() != null) {
                s = source(ws, schema, SourceKind.TEACHER, filter.student())
                        .filter(second -> t.isEmpty() || second.id() != t.get().id());
            }
            Optional<Source> other = s.isPresent() ? s : source(ws, schema, SourceKind.GOLD, null);
            // aggregate queries: SQLite counts, Java only sees one row per report that matters
            boolean compare = finding != null || filter.disagreementOnly()
                    || filter.order() == QueueFilter.Order.DISAGREEMENT;
            if (compare && t.isPresent() && other.isPresent()) {
                disagreements = ws.labels().disagreements(t.get().id(), other.get().id(), finding);
            }
            if (compare) {
                comparedWith = t.map(Source::name).orElse("no teacher") + " vs "
                        + other.map(Source::name).orElse("nothing");
            }
            if (finding != null) {
                List<Long> ids = new ArrayList<>();
                t.ifPresent(src -> ids.add(src.id()));
                other.ifPresent(src -> ids.add(src.id()));
                mentioning = ws.labels().mentioning(ids, finding);
            }
            if (s.isPresent() && (filter.order() == QueueFilter.Order.STUDENT_UNCERTAINTY || finding != null)) {
                uncertainty = ws.labels().uncertainty(s.get().id(), finding);
            }
        }
        List<QueueItem> items = new ArrayList<>();
        for (ReportSummary r : all) {
            if (filter.statuses() != null && !filter.statuses().contains(r.status())
                    || filter.flaggedOnly() && !r.flagged()
                    || filter.split() != null && filter.split() != r.split()) {
                continue;
            }
            Double u = uncertainty.get(r.id());
            if (mentioning != null && !mentioning.contains(r.id())) {
                continue;
            }
            int d = disagreements.getOrDefault(r.id(), 0);
            if (filter.disagreementOnly() && d == 0) {
                continue;
            }
            items.add(new QueueItem(r.id(), r.split(), r.status(), r.flagged(), r.preview(), d,
                    u == null ? Double.NaN : u));
        }
        sort(items, filter);
        if (filter.order() == QueueFilter.Order.INFORMATIVE) {
            items = informative(ws, schema, filter, items);
            comparedWith = comparedWith.isEmpty() ? informativePair(ws, schema, filter) : comparedWith;
        }
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

    /** The teacher and the compared source (a student, or a named second teacher), as the disagreement order picks. */
    private static Optional<Source>[] pair(Workspace ws, Schema schema, QueueFilter filter) {
        Optional<Source> t = source(ws, schema, SourceKind.TEACHER, filter.teacher());
        Optional<Source> s = source(ws, schema, SourceKind.STUDENT, filter.student());
        if (s.isEmpty() && filter.student() != null) {
            s = source(ws, schema, SourceKind.TEACHER, filter.student())
                    .filter(second -> t.isEmpty() || second.id() != t.get().id());
        }
        @SuppressWarnings("unchecked")
        Optional<Source>[] out = new Optional[] {t, s};
        return out;
    }

    private static String informativePair(Workspace ws, Schema schema, QueueFilter filter) {
        Optional<Source>[] p = pair(ws, schema, filter);
        return p[0].map(Source::name).orElse("no teacher") + " vs " + p[1].map(Source::name).orElse("no student");
    }

    private static List<QueueItem> informative(Workspace ws, Schema schema, QueueFilter filter, List<QueueItem> items) {
        Optional<Source>[] p = pair(ws, schema, filter);
        Map<String, Map<String, org.radcurate.domain.MentionState>> none = Map.of();
        var teacher = p[0].map(s -> ws.labels().states(s.id())).orElse(none);
        var student = p[1].map(s -> ws.labels().states(s.id())).orElse(none);
        var gold = source(ws, schema, SourceKind.GOLD, null).map(s -> ws.labels().states(s.id())).orElse(none);
        return InformativeQueue.order(items, schema.findings().stream().map(Finding::name).toList(), teacher, student,
                gold);
    }

    private static int statusRank(AnnotationStatus s) {
        return switch (s) {
            case TODO -> 0;
            case SKIPPED -> 1;
            case DONE -> 2;
        };
    }

    /** The named source of a kind for the schema, or the first one of that kind. */
    static Optional<Source> source(Workspace ws, Schema schema, SourceKind kind, String name) {
        return ws.sources().list(kind, schema.name()).stream()
                .filter(s -> name == null || s.name().equals(name)).findFirst();
    }
}
