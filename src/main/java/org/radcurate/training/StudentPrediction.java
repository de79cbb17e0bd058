package org.radcurate.training;

import java.util.List;
import org.radcurate.domain.MentionState;

/** The student's answer for one report: per finding, in schema order, the state and P(POSITIVE). */
public record StudentPrediction(List<MentionState> states, List<Double> positiveProbabilities) {
    public StudentPrediction {
        states = List.copyOf(states);
        positiveProbabilities = List.copyOf(positiveProbabilities);
    }
}
