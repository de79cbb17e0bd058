package org.radcurate.ingest;

import java.util.List;
import java.util.Map;
import org.radcurate.domain.Concept;
import org.radcurate.domain.MentionState;

/**
 * One row of a label file. {@code key} is a report id, or the report text when {@code keyIsText}
 * (CheXpert labeler output has no id). States and probabilities are by schema finding name.
 * {@code keyField} is the column or field the key came from, for error messages.
 */
public record LabelRecord(
        String key, boolean keyIsText, Map<String, MentionState> states, Map<String, Double> probabilities,
        List<Concept> concepts, String keyField) {
    public LabelRecord {
        states = Map.copyOf(states);
        probabilities = Map.copyOf(probabilities);
        concepts = concepts == null ? null : List.copyOf(concepts);
        keyField = keyField == null ? (keyIsText ? "Reports" : "id") : keyField;
    }

    public LabelRecord(String key, boolean keyIsText, Map<String, MentionState> states,
            Map<String, Double> probabilities, List<Concept> concepts) {
        this(key, keyIsText, states, probabilities, concepts, null);
    }
}
