package org.radcurate.domain;

/**
 * Where a report stands in an annotator's queue. A flag (a mark for follow-up) is kept apart from the
 * status, so a flagged report can be done and stay flagged until the flag is removed.
 */
public enum AnnotationStatus {
    TODO,
    DONE,
    SKIPPED
}
