package org.radcurate.evaluation;

/** An averaged figure (micro or macro): precision, recall, F1 and the 95% interval of F1. */
public record Summary(double precision, double recall, double f1, Interval ci95) {}
