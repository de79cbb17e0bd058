package org.radcurate.labeling.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;

/**
 * A parsed multiple-choice answer: a state for every finding of the schema (empty when the answer
 * could not be read, never silently "no findings"), the flags, and the failure if any.
 */
public record MultipleChoiceAnswer(Map<String, MentionState> states, List<AnswerFlag> flags, Optional<ParseFailure> failure) {
    public MultipleChoiceAnswer {
        states = Map.copyOf(states);
        flags = List.copyOf(flags);
    }

    public boolean parsed() {
        return failure.isEmpty();
    }

    /** The labels for a report in the order of the given finding names. */
    public List<Label> labels(String reportId, List<String> findingOrder) {
        List<Label> out = new ArrayList<>();
        for (String f : findingOrder) {
            MentionState s = states.get(f);
            if (s != null) {
                out.add(Label.of(reportId, f, s));
            }
        }
        return out;
    }
}
