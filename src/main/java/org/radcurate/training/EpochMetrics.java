package org.radcurate.training;

/** One fine-tuning epoch: mean training loss, validation micro-F1 (NaN without a validation set). */
public record EpochMetrics(int epoch, double trainLoss, double validationMicroF1, long millis) {}
