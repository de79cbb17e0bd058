package org.radcurate.domain;

/**
 * How much of the working gold was reviewed: the reports it labels, and of those the ones an annotator
 * marked done. The rest is only pre-filled (imported, or accepted from a teacher) and not yet looked at.
 */
public record GoldCoverage(int reports, int reviewed) {
    public int notReviewed() {
        return reports - reviewed;
    }
}
