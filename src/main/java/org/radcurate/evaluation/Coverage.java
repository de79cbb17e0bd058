package org.radcurate.evaluation;

import org.radcurate.domain.ScoringScope;

/**
 * How much of the gold a source's figures rest on: the gold's reports, the reports the source
 * labelled, the reports both have, and the reports scored: every gold report under {@link ScoringScope#ALL}
 * (one the source did not label counts as all not mentioned), the reports in common under
 * {@link ScoringScope#LABELLED}.
 */
public record Coverage(String source, int goldReports, int predictedReports, int inCommon, int scored) {

    /** Coverage of {@code pred} against {@code gold} scored on every gold report, by report id. */
    public static Coverage of(String source, LabelMatrix gold, LabelMatrix pred) {
        return of(source, gold, pred, ScoringScope.ALL);
    }

    /** Coverage of {@code pred} against {@code gold} under the scope, by report id, before any alignment. */
    public static Coverage of(String source, LabelMatrix gold, LabelMatrix pred, ScoringScope scope) {
        int common = 0;
        for (String id : pred.reportIds()) {
            if (gold.hasReport(id)) {
                common++;
            }
        }
        return new Coverage(source, gold.reportCount(), pred.reportCount(), common,
                scope == ScoringScope.LABELLED ? common : gold.reportCount());
    }

    /** Gold reports the source did not label and that were scored (as all not mentioned). */
    public int withoutPrediction() {
        return scored - inCommon;
    }

    /**
     * "gold 300 reports, predicted 280, in common 280, scored 300 (20 without a prediction ...)", or, scored
     * only where it labelled, "... scored 5 of 300 gold reports (only those it labelled)".
     */
    public String describe() {
        String s = "gold " + goldReports + " reports, predicted " + predictedReports + ", in common " + inCommon
                + ", scored " + scored;
        if (scored < goldReports) {
            return s + " of " + goldReports + " gold reports (only those it labelled)";
        }
        return withoutPrediction() == 0 ? s : s + " (" + withoutPrediction()
                + " without a prediction, counted as not mentioned)";
    }
}
