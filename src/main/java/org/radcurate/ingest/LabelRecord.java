package org.radcurate.ingest;

import java.util.List;
import java.util.Map;
import org.radcurate.domain.Concept;
import org.radcurate.domain.MentionState;

/**
 * One row of a label file. {@code key} is a report id, or the report text when {@code keyIsText}
 * (CheXpert labeler output has no id). States and probabilities are by schema finding name.
 */
public record LabelRecord(
        String key, boolean keyIsText, Map<String, MentionState> states, Map<String, Double> probabilities,
        List<Concept> concepts) {
    public LabelRecord {
        states = Map.copyOf(states);
        probabilities = Map.copyOf(probabilities);
        concepts = concepts == null ? null : List.copyOf(concepts);
    }
}
