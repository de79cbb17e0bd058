package org.radcurate.evaluation;

/** A source on the open-ended task: micro counts and F1 interval at the full-code and the category level. */
public record OpenEndedResult(
        String source, int reports, Counts fullCodes, Interval fullCodeCi95, Counts categories, Interval categoryCi95) {

    public Summary fullCode() {
        return new Summary(fullCodes.precision(), fullCodes.recall(), fullCodes.f1(), fullCodeCi95);
    }

    public Summary category() {
        return new Summary(categories.precision(), categories.recall(), categories.f1(), categoryCi95);
    }
}
