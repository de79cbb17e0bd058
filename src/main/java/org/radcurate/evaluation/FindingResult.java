package org.radcurate.evaluation;

/** One finding's counts and the 95% bootstrap interval of its F1. Support is the number of gold positives. */
public record FindingResult(String finding, Counts counts, Interval ci95) {

    public double precision() {
        return counts.precision();
    }

    public double recall() {
        return counts.recall();
    }

    public double f1() {
        return counts.f1();
    }

    public long support() {
        return counts.support();
    }
}
