package org.radcurate.service;

import java.util.Set;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Split;

/**
 * Which reports the annotation queue holds and in what order. Null fields do not filter:
 * {@code finding} keeps reports where the teacher or student says the finding is positive or
 * uncertain; {@code disagreementOnly} keeps reports where teacher and student differ.
 */
public record QueueFilter(
        Set<AnnotationStatus> statuses, Split split, String finding, boolean disagreementOnly, Order order, long seed,
        String teacher, String student) {

    /** Queue orders. */
    public enum Order {
        /** Import order. */
        IMPORT,
        /** Student probability nearest 0.5 first (active-learning style). */
        STUDENT_UNCERTAINTY,
        /** A seeded shuffle, the same for the same seed. */
        RANDOM
    }

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, false, Order.IMPORT, 0, null, null);
    }
}
