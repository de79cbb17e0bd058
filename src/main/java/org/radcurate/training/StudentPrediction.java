package org.radcurate.training;

import java.util.ArrayList;
import java.util.List;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;

/** The student's answer for one report: per finding, in schema order, the state and P(POSITIVE). */
public record StudentPrediction(List<MentionState> states, List<Double> positiveProbabilities) {
    public StudentPrediction {
        states = List.copyOf(states);
        positiveProbabilities = List.copyOf(positiveProbabilities);
    }

    /** One label per finding, with P(POSITIVE) as the label's probability and no evidence. */
    public List<Label> toLabels(String reportId, List<String> findingNames) {
        if (findingNames.size() != states.size()) {
            throw new IllegalArgumentException(findingNames.size() + " findings for " + states.size() + " states");
        }
        List<Label> out = new ArrayList<>();
        for (int f = 0; f < states.size(); f++) {
            double p = Math.max(0.0, Math.min(1.0, positiveProbabilities.get(f)));
            out.add(new Label(reportId, findingNames.get(f), states.get(f), p, List.of()));
        }
        return out;
    }
}
