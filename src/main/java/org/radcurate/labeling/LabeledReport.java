package org.radcurate.labeling;

import java.util.List;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Label;

/** A teacher's answer for one report: one label per schema finding, in schema order, and its concepts. */
public record LabeledReport(String reportId, List<Label> labels, ConceptSet concepts) {
    public LabeledReport {
        labels = List.copyOf(labels);
    }
}
