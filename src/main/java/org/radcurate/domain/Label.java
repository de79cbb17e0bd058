package org.radcurate.domain;

import java.util.List;

/**
 * One source's answer for one (report, finding). {@code probability} is the probability of
 * POSITIVE when the source gives one (students, LLMs), else null.
 */
public record Label(String reportId, String finding, MentionState state, Double probability, List<Evidence> evidence) {
    public Label {
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        if (probability != null && (probability < 0 || probability > 1 || probability.isNaN())) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + probability);
        }
    }

    public static Label of(String reportId, String finding, MentionState state) {
        return new Label(reportId, finding, state, null, List.of());
    }
}
