package org.radcurate.evaluation;

/**
 * How much of the gold a source's figures rest on: the gold's reports, the reports the source
 * labelled, the reports both have, and the reports scored (every gold report: one the source did
 * not label counts as all not mentioned).
 */
public record Coverage(String source, int goldReports, int predictedReports, int inCommon, int scored) {

    /** Coverage of {@code pred} against {@code gold}, by report id, before any alignment. */
    public static Coverage of(String source, LabelMatrix gold, LabelMatrix pred) {
        int common = 0;
        for (String id : pred.reportIds()) {
            if (gold.hasReport(id)) {
                common++;
            }
        }
        return new Coverage(source, gold.reportCount(), pred.reportCount(), common, gold.reportCount());
    }

    /** Gold reports the source did not label (scored as all not mentioned). */
    public int withoutPrediction() {
        return scored - inCommon;
    }

    /** "gold 300 reports, predicted 280, in common 280, scored 300 (20 without a prediction ...)". */
    public String describe() {
        String s = "gold " + goldReports + " reports, predicted " + predictedReports + ", in common " + inCommon
                + ", scored " + scored;
        return withoutPrediction() == 0 ? s : s + " (" + withoutPrediction()
                + " without a prediction, counted as not mentioned)";
    }
}
