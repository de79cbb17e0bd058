package org.radcurate.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;

/**
 * One report with its labels from one source; {@code states} follow the schema's finding order.
 *
 * @param source {@value #TEACHER} or {@value #GOLD}: which weight the report's loss gets and how it is counted
 */
public record TrainingExample(String reportId, String text, List<MentionState> states, String source) {
    public static final String TEACHER = "teacher";
    public static final String GOLD = "gold";

    public TrainingExample {
        text = text == null ? "" : text;
        states = List.copyOf(states);
        source = source == null ? TEACHER : source;
        if (!TEACHER.equals(source) && !GOLD.equals(source)) {
            throw new IllegalArgumentException("an example's source is " + TEACHER + " or " + GOLD + ", not " + source);
        }
    }

    /** A teacher's example. */
    public TrainingExample(String reportId, String text, List<MentionState> states) {
        this(reportId, text, states, TEACHER);
    }

    public TrainingExample asSource(String newSource) {
        return new TrainingExample(reportId, text, states, newSource);
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
