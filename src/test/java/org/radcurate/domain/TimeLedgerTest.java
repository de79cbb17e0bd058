package org.radcurate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.radcurate.domain.TimeLedger.Kind.ADDED_POSITIVE;
import static org.radcurate.domain.TimeLedger.Kind.MARKED_UNCERTAIN;
import static org.radcurate.domain.TimeLedger.Kind.REMOVED_POSITIVE;
import static org.radcurate.domain.TimeLedger.Kind.REVIEW;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.TimeLedger.AnnotatorTime;
import org.radcurate.domain.TimeLedger.Event;
import org.radcurate.domain.TimeLedger.Kind;
import org.radcurate.domain.TimeLedger.KindTime;

/** Seconds from recorded event times, idle gaps left out, worked by hand. */
class TimeLedgerTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static Event at(double seconds, String who, String report, Kind kind) {
        return new Event(T0.plusMillis((long) (seconds * 1000)), who, report, kind);
    }

    /**
     * ann: shows r1 at 0, adds a positive at 10, removes one at 25, shows r2 at 40, is away, edits r2 at 400
     * (a 360 s gap: idle), shows r3 at 430.5. bob, interleaved: shows r1 at 5, marks uncertain at 65.
     */
    private static List<Event> events() {
        return List.of(
                at(0, "ann", "r1", REVIEW), at(5, "bob", "r1", REVIEW), at(10, "ann", "r1", ADDED_POSITIVE),
                at(25, "ann", "r1", REMOVED_POSITIVE), at(40, "ann", "r2", REVIEW), at(65, "bob", "r1", MARKED_UNCERTAIN),
                at(400, "ann", "r2", ADDED_POSITIVE), at(430.5, "ann", "r3", REVIEW));
    }

    @Test
    void activeSecondsPerReportAndPerCorrectionWithIdleGapsLeftOut() {
        List<AnnotatorTime> ledger = TimeLedger.compute(events(), TimeLedger.DEFAULT_IDLE);
        AnnotatorTime ann = ledger.get(0);
        assertEquals("ann", ann.annotator());
        // 10 + 15 + 15 + 30.5; the 360 s gap is idle
        assertEquals(70.5, ann.activeSeconds(), 1e-9);
        assertEquals(360.0, ann.idleSeconds(), 1e-9);
        assertEquals(1, ann.idleGaps());
        // r1: 0-10, 10-25, 25-40 (on r1 until r2 is shown); r2: 400-430.5; r3: shown last, nothing after
        assertEquals(Map.of("r1", 40.0, "r2", 30.5, "r3", 0.0), ann.secondsPerReport());
        assertEquals(List.of("r1", "r2", "r3"), List.copyOf(ann.secondsPerReport().keySet()));
        assertEquals(23.5, ann.meanSecondsPerReport(), 1e-9);
        // the time before an event goes to its kind: 10 s to the first positive (the second came after idle),
        // 15 s to the removal, 15 + 30.5 s of reading before moving on
        assertEquals(List.of(new KindTime(REVIEW, 3, 45.5), new KindTime(ADDED_POSITIVE, 2, 10.0),
                new KindTime(REMOVED_POSITIVE, 1, 15.0)), ann.perKind());
        AnnotatorTime bob = ledger.get(1);
        assertEquals(60.0, bob.activeSeconds(), 1e-9);
        assertEquals(Map.of("r1", 60.0), bob.secondsPerReport());
        assertEquals(List.of(new KindTime(REVIEW, 1, 0.0), new KindTime(MARKED_UNCERTAIN, 1, 60.0)), bob.perKind());
    }

    @Test
    void theIdleThresholdIsConfigurable() {
        AnnotatorTime ann = TimeLedger.compute(events(), Duration.ofSeconds(400)).get(0);
        assertEquals(430.5, ann.activeSeconds(), 1e-9);
        assertEquals(0, ann.idleGaps());
        assertEquals(360 + 30.5, ann.secondsPerReport().get("r2"), 1e-9);
        // a gap exactly at the threshold is still active; one millisecond over is idle
        AnnotatorTime strict = TimeLedger.compute(List.of(at(0, "c", "r", REVIEW), at(120, "c", "r", REVIEW),
                at(240.001, "c", "r", REVIEW)), TimeLedger.DEFAULT_IDLE).get(0);
        assertEquals(120.0, strict.activeSeconds(), 1e-9);
        assertEquals(120.001, strict.idleSeconds(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> TimeLedger.compute(events(), Duration.ZERO));
    }

    @Test
    void correctionsAreClassedByStatesBeforeAndAfter() {
        assertEquals(ADDED_POSITIVE, Kind.of(MentionState.ABSENT, MentionState.POSITIVE));
        assertEquals(ADDED_POSITIVE, Kind.of(MentionState.NEGATIVE, MentionState.POSITIVE));
        assertEquals(REMOVED_POSITIVE, Kind.of(MentionState.POSITIVE, MentionState.NEGATIVE));
        assertEquals(MARKED_UNCERTAIN, Kind.of(MentionState.POSITIVE, MentionState.UNCERTAIN));
        assertEquals(Kind.UNCERTAIN_TO_POSITIVE, Kind.of(MentionState.UNCERTAIN, MentionState.POSITIVE));
        assertEquals(Kind.UNCERTAIN_TO_NEGATIVE, Kind.of(MentionState.UNCERTAIN, MentionState.ABSENT));
        assertEquals(Kind.NEGATIVE_OR_ABSENT, Kind.of(MentionState.ABSENT, MentionState.NEGATIVE));
        assertEquals(REVIEW, Kind.of(MentionState.POSITIVE, MentionState.POSITIVE));
    }
}
