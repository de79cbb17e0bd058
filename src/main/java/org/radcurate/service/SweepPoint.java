package org.radcurate.service;

/**
 * One point of a learning curve: the student trained on at most {@code samples} teacher examples at
 * {@code learningRate}, scored by micro-F1 (U-Zeros) with its 95% bootstrap interval [{@code lo}, {@code hi}]
 * (NaN without resamples) in stored evaluation {@code evaluationId}.
 */
public record SweepPoint(int samples, double learningRate, double microF1, double lo, double hi, String runName,
        long evaluationId) implements org.radcurate.domain.ProgressDetail {}
