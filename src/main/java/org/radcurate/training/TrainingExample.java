package org.radcurate.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;

/** One report with its teacher labels; {@code states} follow the schema's finding order. */
public record TrainingExample(String reportId, String text, List<MentionState> states) {
    public TrainingExample {
        text = text == null ? "" : text;
        states = List.copyOf(states);
    }

    /**
     * An example from one source's labels for a report; findings without a label are ABSENT.
     * Labels of other reports or findings outside {@code findingNames} are ignored.
     */
    public static TrainingExample fromLabels(String reportId, String text, List<String> findingNames,
            Collection<Label> labels) {
        Map<String, MentionState> byFinding = new HashMap<>();
        for (Label l : labels) {
            if (reportId.equals(l.reportId())) {
                byFinding.put(l.finding(), l.state());
            }
        }
        List<MentionState> states = new ArrayList<>();
        for (String f : findingNames) {
            states.add(byFinding.getOrDefault(f, MentionState.ABSENT));
        }
        return new TrainingExample(reportId, text, states);
    }
}
