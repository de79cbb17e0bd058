package org.radcurate.training;

import java.util.List;
import org.radcurate.domain.MentionState;

/** One report with its teacher labels; {@code states} follow the schema's finding order. */
public record TrainingExample(String reportId, String text, List<MentionState> states) {
    public TrainingExample {
        text = text == null ? "" : text;
        states = List.copyOf(states);
    }
}
