package org.radcurate.service;

import org.radcurate.domain.AnnotationStatus;
import org.radcurate.domain.Split;

/**
 * One report in the annotation queue, with its status and flag (a flag stays whatever the status).
 * {@code disagreements} counts the findings where the compared
 * sources differ (0 when the queue did not need to compare them); {@code uncertainty} is the student's
 * smallest distance |p - 0.5| (0 is the most uncertain), NaN when the student gave no probability.
 */
public record QueueItem(String reportId, Split split, AnnotationStatus status, boolean flagged, String preview,
        int disagreements, double uncertainty) {

    public QueueItem withStatus(AnnotationStatus value) {
        return new QueueItem(reportId, split, value, flagged, preview, disagreements, uncertainty);
    }

    public QueueItem withFlag(boolean value) {
        return new QueueItem(reportId, split, status, value, preview, disagreements, uncertainty);
    }
}
