package org.radcurate.labeling;

/**
 * How the rule labeler reads a report: {@code impressionOnly} labels the IMPRESSION section alone
 * (findings and impression otherwise); {@code chexpertHierarchy} makes Lung Opacity positive or
 * uncertain when one of its CheXpert children (Edema, Consolidation, Pneumonia, Atelectasis,
 * Lung Lesion) is.
 */
public record LabelerOptions(boolean impressionOnly, boolean chexpertHierarchy) {
    public static LabelerOptions defaults() {
        return new LabelerOptions(false, false);
    }
}
