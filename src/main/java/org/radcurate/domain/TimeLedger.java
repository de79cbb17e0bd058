package org.radcurate.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where an annotator's time went, from the times of their recorded events (a report shown, a label changed, a
 * status set). The time between two consecutive events of one annotator is <em>active</em> when it is at most the
 * idle threshold, and is then charged to the report of the earlier event (the report on screen) and to the kind
 * of the later event (what the time led up to: a correction of a type, or {@link Kind#REVIEW} when it ended in
 * moving on or a status). A longer gap is <em>idle</em> (a break, another task) and is charged to nothing.
 * The first event of an annotator starts the clock; the time after their last event is unknown and not counted.
 */
public final class TimeLedger {
    /** Gaps longer than this are idle unless told otherwise. */
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(120);

    /** What an event was. Corrections are classed by the gold state before and after (see {@link #of}). */
    public enum Kind {
        /** A report shown, a status or comment set: time ending here was reading and checking. */
        REVIEW("review"),
        ADDED_POSITIVE("added positive"),
        REMOVED_POSITIVE("removed positive"),
        MARKED_UNCERTAIN("marked uncertain"),
        UNCERTAIN_TO_POSITIVE("uncertain to positive"),
        UNCERTAIN_TO_NEGATIVE("uncertain to negative"),
        NEGATIVE_OR_ABSENT("negative vs not mentioned");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The correction that turns {@code before} into {@code after}; REVIEW when nothing changed. */
        public static Kind of(MentionState before, MentionState after) {
            if (before == after) {
                return REVIEW;
            }
            if (after == MentionState.UNCERTAIN) {
                return MARKED_UNCERTAIN;
            }
            if (before == MentionState.UNCERTAIN) {
                return after == MentionState.POSITIVE ? UNCERTAIN_TO_POSITIVE : UNCERTAIN_TO_NEGATIVE;
            }
            if (after == MentionState.POSITIVE) {
                return ADDED_POSITIVE;
            }
            return before == MentionState.POSITIVE ? REMOVED_POSITIVE : NEGATIVE_OR_ABSENT;
        }
    }

    /** One recorded event. */
    public record Event(Instant at, String annotator, String reportId, Kind kind) {}

    /** Seconds and event count of one kind. */
    public record KindTime(Kind kind, int events, double seconds) {}

    /** One annotator's ledger: active and idle seconds, seconds per report (in first-seen order) and per kind. */
    public record AnnotatorTime(String annotator, double activeSeconds, double idleSeconds, int idleGaps,
            Map<String, Double> secondsPerReport, List<KindTime> perKind) {
        public AnnotatorTime {
            secondsPerReport = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secondsPerReport));
            perKind = List.copyOf(perKind);
        }

        /** Active seconds per report worked on (0 with none). */
        public double meanSecondsPerReport() {
            return secondsPerReport.isEmpty() ? 0 : activeSeconds / secondsPerReport.size();
        }
    }

    private TimeLedger() {}

    /** The ledger of each annotator (sorted by name), events taken in time order (ties in the order given). */
    public static List<AnnotatorTime> compute(List<Event> events, Duration idle) {
        if (idle == null || idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle threshold must be positive, not " + idle);
        }
        Map<String, List<Event>> byAnnotator = new TreeMap<>();
        for (Event e : events) {
            byAnnotator.computeIfAbsent(e.annotator(), k -> new ArrayList<>()).add(e);
        }
        double limit = idle.toMillis() / 1000.0;
        List<AnnotatorTime> out = new ArrayList<>();
        byAnnotator.forEach((who, list) -> {
            list.sort(Comparator.comparing(Event::at));
            Map<String, Double> perReport = new LinkedHashMap<>();
            Map<Kind, double[]> perKind = new LinkedHashMap<>();
            for (Kind k : Kind.values()) {
                perKind.put(k, new double[2]);
            }
            double active = 0;
            double idleSeconds = 0;
            int idleGaps = 0;
            for (int i = 0; i < list.size(); i++) {
                Event e = list.get(i);
                perReport.putIfAbsent(e.reportId(), 0.0);
                perKind.get(e.kind())[0]++;
                if (i == 0) {
                    continue;
                }
                Event prev = list.get(i - 1);
                double gap = Duration.between(prev.at(), e.at()).toMillis() / 1000.0;
                if (gap > limit) {
                    idleSeconds += gap;
                    idleGaps++;
                    continue;
                }
                active += gap;
                perReport.merge(prev.reportId(), gap, Double::sum);
                perKind.get(e.kind())[1] += gap;
            }
            List<KindTime> kinds = new ArrayList<>();
            perKind.forEach((k, v) -> {
                if (v[0] > 0) {
                    kinds.add(new KindTime(k, (int) v[0], v[1]));
                }
            });
            out.add(new AnnotatorTime(who, active, idleSeconds, idleGaps, perReport, kinds));
        });
        return out;
    }
}
