package org.radcurate.domain;

/** Where a report stands in an annotator's queue. */
public enum AnnotationStatus {
    TODO,
    DONE,
    FLAGGED,
    SKIPPED
}
