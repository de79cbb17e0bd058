/**
 * Metrics for comparing label sources against gold, with no dependency on any ML engine (JDK and
 * {@code org.radcurate.domain} only).
 *
 * <p>Decisions that change numbers, each documented where it is made:
 * <ul>
 *   <li>0/0 precision, recall and F1 are 0.0 ({@link org.radcurate.evaluation.Counts});</li>
 *   <li>macro averages include findings without gold positives, as sklearn's
 *       {@code zero_division=0} does ({@link org.radcurate.evaluation.Scores});</li>
 *   <li>a gold report a source lacks counts as all ABSENT ({@link org.radcurate.evaluation.LabelMatrix#align});
 *       for annotator agreement it counts as not rated instead
 *       ({@link org.radcurate.evaluation.AnnotatorAgreement});</li>
 *   <li>U-Ignore drops a pair from every count when gold or prediction is UNCERTAIN
 *       ({@link org.radcurate.evaluation.BinaryTask});</li>
 *   <li>Normal in the multiple-choice task is derived from the 13 findings, never read
 *       ({@link org.radcurate.evaluation.MultipleChoiceTask});</li>
 *   <li>four-state F1 is one-vs-rest over all pairs, blanks included
 *       ({@link org.radcurate.evaluation.FourStateView});</li>
 *   <li>intervals are percentile intervals with NumPy's interpolation ({@link org.radcurate.evaluation.Interval}),
 *       seeded per resample ({@link org.radcurate.evaluation.Resampler}); p-values carry the +1 correction
 *       ({@link org.radcurate.evaluation.Significance}).</li>
 * </ul>
 */
package org.radcurate.evaluation;
