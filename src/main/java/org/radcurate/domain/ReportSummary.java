package org.radcurate.domain;

/** One row of the report list: id, split, dataset, annotation status, whether it is flagged, and a short preview. */
public record ReportSummary(String id, Split split, String dataset, AnnotationStatus status, boolean flagged,
        String preview) {}
