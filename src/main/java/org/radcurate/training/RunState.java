package org.radcurate.training;

/**
 * Where a run stands, written to state.json after every epoch's checkpoint so a cancelled or
 * crashed run can resume. {@code bestMicroF1} is -1 before the first validation.
 *
 * @param fingerprint hash of the findings, the split examples and the corpus: a run resumes only
 *     on the same data
 * @param checkpoint file name of the last checkpoint (parameters; ".optim" beside it holds the
 *     optimiser), or null before the first epoch ends
 */
record RunState(
        String fingerprint,
        int mlmEpochsDone,
        int epochsDone,
        double bestMicroF1,
        int bestEpoch,
        int epochsWithoutImprovement,
        boolean stoppedEarly,
        String checkpoint) {

    static RunState fresh(String fingerprint) {
        return new RunState(fingerprint, 0, 0, -1, 0, 0, false, null);
    }

    boolean finished(TrainingConfig config) {
        return stoppedEarly || (mlmEpochsDone >= config.mlmEpochs() && epochsDone >= config.epochs());
    }

    boolean inPretraining(TrainingConfig config) {
        return mlmEpochsDone < config.mlmEpochs() && epochsDone == 0;
    }

    RunState afterMlmEpoch(String newCheckpoint) {
        return new RunState(fingerprint, mlmEpochsDone + 1, epochsDone, bestMicroF1, bestEpoch,
                epochsWithoutImprovement, stoppedEarly, newCheckpoint);
    }

    /** After a fine-tuning epoch; {@code f1} is NaN when there is no validation set. */
    RunState afterEpoch(double f1, int patience, String newCheckpoint) {
        int epoch = epochsDone + 1;
        if (Double.isNaN(f1)) {
            return new RunState(fingerprint, mlmEpochsDone, epoch, bestMicroF1, epoch, 0, false, newCheckpoint);
        }
        boolean better = f1 > bestMicroF1 + 1e-9;
        int without = better ? 0 : epochsWithoutImprovement + 1;
        return new RunState(fingerprint, mlmEpochsDone, epoch, better ? f1 : bestMicroF1,
                better ? epoch : bestEpoch, without, patience > 0 && without >= patience, newCheckpoint);
    }

    boolean improvedAt(int epoch) {
        return bestEpoch == epoch;
    }
}
