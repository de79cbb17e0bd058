package org.radcurate.evaluation;

/**
 * Agreement on one finding. {@code completeItems} is the number of reports every annotator labelled (the
 * items of both kappas); alpha also uses reports only some annotators labelled. Cohen's kappa is NaN unless
 * there are exactly two annotators; any coefficient is NaN where undefined (see {@link Agreement}).
 */
public record FindingAgreement(
        String finding, int completeItems, double cohensKappa, double fleissKappa, double krippendorffAlpha) {}
