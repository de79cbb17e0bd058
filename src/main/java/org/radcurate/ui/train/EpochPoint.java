package org.radcurate.ui.train;

/** One fine-tuning epoch on the chart: training loss and validation micro-F1 (NaN without a validation split). */
public record EpochPoint(int epoch, double loss, double validationMicroF1) {}
