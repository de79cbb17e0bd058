package org.radcurate.service;

import java.util.Set;
import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Split;

/**
 * Which reports the annotation queue holds and in what order. Null fields do not filter:
 * {@code finding} keeps reports where the teacher or student says the finding is positive or
 * uncertain; {@code disagreementOnly} keeps reports where teacher and student differ (positive or
 * not) on any finding, or on {@code finding} when one is set. A workspace without a student compares
 * the teacher with the working gold instead, so the filter still finds what needs a second look.
 * {@code teacher} and {@code student} name the sources compared (null: the first of each kind).
 * {@code flaggedOnly} keeps flagged reports, whatever their status (a flag is apart from the status).
 */
public record QueueFilter(
        Set<AnnotationStatus> statuses, Split split, String finding, boolean disagreementOnly, Order order, long seed,
        String teacher, String student, boolean flaggedOnly) {

    /** Queue orders. */
    public enum Order {
        /** Import order. */
        IMPORT,
        /** To do first, then skipped and done; import order within each. */
        STATUS,
        /** Reports where teacher and student disagree first (most disagreeing findings first). */
        DISAGREEMENT,
        /** Student probability nearest 0.5 first (active-learning style). */
        STUDENT_UNCERTAINTY,
        /** A seeded shuffle, the same for the same seed. */
        RANDOM,
        /**
         * The gold that matters most for the teacher-student comparison: findings with too few gold positives
         * first, then disagreements (see InformativeQueue).
         */
        INFORMATIVE
    }

    public QueueFilter(Set<AnnotationStatus> statuses, Split split, String finding, boolean disagreementOnly,
            Order order, long seed, String teacher, String student) {
        this(statuses, split, finding, disagreementOnly, order, seed, teacher, student, false);
    }

    public QueueFilter {
        statuses = statuses == null || statuses.isEmpty() ? null : Set.copyOf(statuses);
        finding = finding == null || finding.isBlank() ? null : finding;
        order = order == null ? Order.IMPORT : order;
    }

    public static QueueFilter all() {
        return new QueueFilter(null, null, null, false, Order.IMPORT, 0, null, null);
    }

    public QueueFilter withStatuses(Set<AnnotationStatus> value) {
        return new QueueFilter(value, split, finding, disagreementOnly, order, seed, teacher, student, flaggedOnly);
    }

    public QueueFilter withSplit(Split value) {
        return new QueueFilter(statuses, value, finding, disagreementOnly, order, seed, teacher, student, flaggedOnly);
    }

    public QueueFilter withFinding(String value) {
        return new QueueFilter(statuses, split, value, disagreementOnly, order, seed, teacher, student, flaggedOnly);
    }

    public QueueFilter withDisagreementOnly(boolean value) {
        return new QueueFilter(statuses, split, finding, value, order, seed, teacher, student, flaggedOnly);
    }

    public QueueFilter withOrder(Order value) {
        return new QueueFilter(statuses, split, finding, disagreementOnly, value, seed, teacher, student, flaggedOnly);
    }

    public QueueFilter withSeed(long value) {
        return new QueueFilter(statuses, split, finding, disagreementOnly, order, value, teacher, student, flaggedOnly);
    }

    public QueueFilter withSources(String teacherName, String studentName) {
        return new QueueFilter(statuses, split, finding, disagreementOnly, order, seed, teacherName, studentName,
                flaggedOnly);
    }

    public QueueFilter withFlaggedOnly(boolean value) {
        return new QueueFilter(statuses, split, finding, disagreementOnly, order, seed, teacher, student, value);
    }

    /** True when building the queue needs the teacher's and student's states, not just statuses. */
    boolean needsLabels() {
        return finding != null || disagreementOnly || order == Order.DISAGREEMENT
                || order == Order.STUDENT_UNCERTAINTY || order == Order.INFORMATIVE;
    }
}
