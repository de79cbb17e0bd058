package org.radcurate.domain;

/**
 * What a committed transaction changed, as far as screens that list things care: they re-read only
 * when something they show may have changed, so an annotation edit (which changes none of these)
 * never makes a screen reload its lists.
 */
public enum WorkspaceChange {
    /** Reports were added or their split changed. */
    REPORTS,
    /** A label source was created, published under its name, or relabelled. */
    SOURCES,
    /** A gold set was frozen. */
    GOLD_SETS,
    /** A training run was created or changed status. */
    RUNS,
    /** An evaluation was stored. */
    EVALUATIONS,
    /** The workspace's schema or its schema definitions changed. */
    SCHEMA
}
