package org.radcurate.training;

final class TestConfigs {
    private TestConfigs() {}

    /**
     * A small, fast model: one layer, width 32, no dropout, no validation, no pre-training; 40
     * epochs at a high learning rate let it memorise 32 synthetic reports in about two seconds.
     */
    static TrainingConfig tiny() {
        return new TrainingConfig("test", 1, 32, 2, 64, 48, 200, 1e-2, 0.0, 8, 40, 0, 0.0, 0, 7, 0.0, 0, true, TrainingConfig.LEARNED, 0,
                "", TrainingConfig.STATES, 1, 1, 1, "", 1);
    }
}
