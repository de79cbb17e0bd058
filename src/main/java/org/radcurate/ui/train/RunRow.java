package org.radcurate.ui.train;

import java.time.Instant;
import java.util.Map;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;

/**
 * A run in the runs table: its stored record, the epochs of its timeline and the best validation micro-F1
 * among them (NaN when none was measured).
 */
public record RunRow(Run run, int epochs, double bestValidationF1) {

    static RunRow of(Run run, Map<Integer, Map<String, Double>> timeline) {
        double best = timeline.values().stream().map(m -> m.get("validationMicroF1"))
                .filter(v -> v != null && !v.isNaN()).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return new RunRow(run, timeline.size(), best);
    }

    public String name() {
        return run.name();
    }

    public RunStatus status() {
        return run.status();
    }

    public String device() {
        return run.device();
    }

    public Instant created() {
        return run.createdAt();
    }

    /** True once Predict has stored its student source. */
    public boolean predicted() {
        return run.studentSourceId() != 0;
    }
}
