package org.radcurate.service;

import java.util.List;
import java.util.Map;
import org.radcurate.domain.Split;

/**
 * A learning-curve sweep: train the student on {@code teacher}'s labels (reports of {@code trainingSplit}, null
 * for all) once per (sample count, learning rate), then score each student against the frozen gold set on
 * {@code evaluationSplit} (null for all). {@code parameters} are the base hyperparameters (as for
 * {@link TrainingService#train}); the sweep sets maxSamples, learningRate and seed on top. {@code seed} seeds
 * both the training runs and the bootstrap intervals; {@code resamples} is the bootstrap size.
 */
public record SweepRequest(String teacher, Split trainingSplit, String goldSet, Split evaluationSplit,
        List<Integer> sampleCounts, List<Double> learningRates, Map<String, String> parameters, long seed,
        int resamples) {

    /** Bootstrap resamples behind each point's interval unless a request names another number. */
    public static final int DEFAULT_RESAMPLES = 1000;

    public SweepRequest {
        sampleCounts = List.copyOf(sampleCounts);
        learningRates = List.copyOf(learningRates);
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
        if (teacher == null || teacher.isBlank()) {
            throw new IllegalArgumentException("choose a teacher source to learn from");
        }
        if (goldSet == null || goldSet.isBlank()) {
            throw new IllegalArgumentException("choose a gold set to score the students against");
        }
        if (sampleCounts.isEmpty() || learningRates.isEmpty()) {
            throw new IllegalArgumentException("give at least one sample count and one learning rate");
        }
        if (sampleCounts.stream().anyMatch(n -> n == null || n < 1)) {
            throw new IllegalArgumentException("sample counts must be positive whole numbers");
        }
        if (learningRates.stream().anyMatch(r -> r == null || !(r > 0 && r < 1))) {
            throw new IllegalArgumentException("learning rates must lie between 0 and 1");
        }
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must be 0 or more");
        }
    }

    /** A request with {@link #DEFAULT_RESAMPLES} bootstrap resamples. */
    public SweepRequest(String teacher, Split trainingSplit, String goldSet, Split evaluationSplit,
            List<Integer> sampleCounts, List<Double> learningRates, Map<String, String> parameters, long seed) {
        this(teacher, trainingSplit, goldSet, evaluationSplit, sampleCounts, learningRates, parameters, seed,
                DEFAULT_RESAMPLES);
    }

    /** Number of runs: every sample count with every learning rate. */
    public int size() {
        return sampleCounts.size() * learningRates.size();
    }
}
