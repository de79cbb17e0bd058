package org.radcurate.domain;

/** Who produced a set of labels. */
public enum SourceKind {
    /** A weak labeler: rule labeler, LLM, or an imported label file. */
    TEACHER,
    /** Predictions of a trained model (a run). */
    STUDENT,
    /** One person's labels. */
    ANNOTATOR,
    /** The working, adjudicated gold; frozen copies are gold sets. */
    GOLD
}
