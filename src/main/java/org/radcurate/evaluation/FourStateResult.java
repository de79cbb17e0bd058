package org.radcurate.evaluation;

import java.util.List;

/**
 * A source in the four-state view (see {@link FourStateView}): one entry per mention class (POSITIVE,
 * NEGATIVE, UNCERTAIN) with its F1 interval, micro and macro over those three, and blank accuracy with its
 * interval ({@code blanks.support()} is the number of gold blanks).
 */
public record FourStateResult(
        String source, List<FindingResult> mentions, Summary micro, Summary macro,
        double blankAccuracy, Interval blankAccuracyCi95, Counts blanks) {

    public FourStateResult {
        mentions = List.copyOf(mentions);
    }
}
