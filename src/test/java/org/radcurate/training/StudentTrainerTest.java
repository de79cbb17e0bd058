package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudentTrainerTest {
    private static final List<TrainingExample> EXAMPLES = SyntheticReports.examples(32, 11);
    private static final List<String> TEXTS = EXAMPLES.stream().map(TrainingExample::text).toList();

    /** Collects what the trainer reports. */
    static class Recorder implements TrainingListener {
        final List<EpochMetrics> epochs = new ArrayList<>();
        final List<TrainingProgress> progress = new ArrayList<>();

        @Override
        public void onProgress(TrainingProgress p) {
            progress.add(p);
        }

        @Override
        public void onEpoch(EpochMetrics m) {
            epochs.add(m);
        }
    }

    /** Micro-F1 of the student's predictions on its own 32 training reports. */
    private static double trainingMicroF1(TrainedStudent student) {
        List<StudentPrediction> predictions = student.predict(TEXTS);
        List<int[]> gold = new ArrayList<>();
        List<int[]> predicted = new ArrayList<>();
        for (int i = 0; i < EXAMPLES.size(); i++) {
            gold.add(LabelCodec.encode(EXAMPLES.get(i).states()));
            predicted.add(LabelCodec.encode(predictions.get(i).states()));
        }
        return MicroF1.of(gold, predicted);
    }

    @Test
    void overfitsThirtyTwoReportsToTrainingF1One(@TempDir Path dir) throws Exception {
        Recorder recorder = new Recorder();
        try (TrainedStudent student = new StudentTrainer().train(SyntheticReports.FINDINGS, EXAMPLES, List.of(),
                TestConfigs.tiny(), dir, recorder, () -> false)) {
            assertEquals(1.0, trainingMicroF1(student), 0.0, "training micro-F1; losses " + recorder.epochs);
            assertEquals(TestConfigs.tiny().epochs(), recorder.epochs.size());
            EpochMetrics first = recorder.epochs.get(0);
            EpochMetrics last = recorder.epochs.get(recorder.epochs.size() - 1);
            assertTrue(last.trainLoss() < first.trainLoss() / 10, first + " -> " + last);
            assertTrue(Double.isNaN(last.validationMicroF1()), "no validation set");
            assertTrue(recorder.progress.get(0).message().startsWith("device cpu: "), recorder.progress.get(0).message());
        }
    }

    @Test
    void overfitsWithAlibiAndAugmentationToo(@TempDir Path dir) throws Exception {
        TrainingConfig config = TestConfigs.tiny().withPositions(TrainingConfig.ALIBI).withAugment(1.0);
        Recorder recorder = new Recorder();
        try (TrainedStudent student = new StudentTrainer().train(SyntheticReports.FINDINGS, EXAMPLES, List.of(),
                config, dir, recorder, () -> false)) {
            assertEquals(1.0, trainingMicroF1(student), 0.0, "training micro-F1; losses " + recorder.epochs);
            // 32 reports + 32 mixes in batches of 8: 8 steps an epoch
            assertEquals(8L * config.epochs(), recorder.progress.stream().mapToLong(TrainingProgress::steps).max()
                    .orElseThrow());
        }
        try (TrainedStudent loaded = TrainedStudent.load(dir)) {
            assertEquals(TrainingConfig.ALIBI, loaded.config().positions());
        }
    }

    @Test
    void savedModelGivesIdenticalPredictions(@TempDir Path dir) throws Exception {
        TrainingConfig config = TestConfigs.tiny().withEpochs(3).withDropout(0.1).withValidationFraction(0.25);
        List<StudentPrediction> before;
        try (TrainedStudent trained = new StudentTrainer().train(SyntheticReports.FINDINGS, EXAMPLES, List.of(),
                config, dir, TrainingListener.none(), () -> false)) {
            before = trained.predict(TEXTS);
        }
        for (String f : List.of("config.json", "vocab.txt", "schema.json", "state.json", "metrics.jsonl",
                "model.params", "best.params")) {
            assertTrue(Files.exists(dir.resolve(f)), f);
        }
        try (TrainedStudent loaded = TrainedStudent.load(dir)) {
            assertEquals(SyntheticReports.FINDINGS, loaded.findingNames());
            assertEquals(before, loaded.predict(TEXTS));
            // alone, the report is padded differently: same states, probabilities equal to float noise
            StudentPrediction alone = loaded.predict(TEXTS.subList(5, 6)).get(0);
            assertEquals(before.get(5).states(), alone.states());
            for (int f = 0; f < SyntheticReports.FINDINGS.size(); f++) {
                assertEquals(before.get(5).positiveProbabilities().get(f), alone.positiveProbabilities().get(f), 1e-6);
            }
        }
    }

    @Test
    void cancelThenResumeContinuesFromTheLastCheckpoint(@TempDir Path dir) throws Exception {
        // the presets' ALiBi and augmentation too: each epoch's mixes must repeat after a resume
        TrainingConfig config = TestConfigs.tiny().withEpochs(4).withDropout(0.1).withMlmEpochs(1)
                .withPositions(TrainingConfig.ALIBI).withAugment(1.0);
        AtomicBoolean cancel = new AtomicBoolean();
        Recorder first = new Recorder() {
            @Override
            public void onEpoch(EpochMetrics m) {
                super.onEpoch(m);
                cancel.set(m.epoch() == 2); // the request arrives during epoch 3
            }
        };
        StudentTrainer trainer = new StudentTrainer();
        Path interrupted = dir.resolve("interrupted");
        assertThrows(CancellationException.class, () -> trainer.train(SyntheticReports.FINDINGS, EXAMPLES,
                TEXTS, config, interrupted, first, cancel::get));
        assertEquals(List.of(1, 2), first.epochs.stream().map(EpochMetrics::epoch).toList());
        assertTrue(Files.exists(interrupted.resolve("checkpoint-epoch-002.params")));
        assertFalse(Files.exists(interrupted.resolve("checkpoint-epoch-003.params")));
        assertFalse(Files.exists(interrupted.resolve("model.params")));
        assertThrows(java.io.IOException.class, () -> TrainedStudent.load(interrupted));

        Recorder second = new Recorder();
        List<StudentPrediction> resumed;
        try (TrainedStudent s = trainer.train(SyntheticReports.FINDINGS, EXAMPLES, TEXTS, config, interrupted,
                second, () -> false)) {
            resumed = s.predict(TEXTS);
        }
        assertEquals(List.of(3, 4), second.epochs.stream().map(EpochMetrics::epoch).toList());
        assertTrue(second.progress.stream().anyMatch(p -> p.message().equals(
                "resuming from checkpoint-epoch-002.params")));
        assertEquals(5, Files.readAllLines(interrupted.resolve("metrics.jsonl")).size(), "1 MLM + 4 epochs");

        // the resumed run ends where an uninterrupted one does: weights, optimiser and RNGs restored
        Recorder straight = new Recorder();
        try (TrainedStudent s = trainer.train(SyntheticReports.FINDINGS, EXAMPLES, TEXTS, config,
                dir.resolve("straight"), straight, () -> false)) {
            List<StudentPrediction> uninterrupted = s.predict(TEXTS);
            for (int i = 0; i < TEXTS.size(); i++) {
                assertEquals(uninterrupted.get(i).states(), resumed.get(i).states());
                for (int f = 0; f < SyntheticReports.FINDINGS.size(); f++) {
                    assertEquals(uninterrupted.get(i).positiveProbabilities().get(f),
                            resumed.get(i).positiveProbabilities().get(f), 1e-5);
                }
            }
        }
        assertEquals(straight.epochs.get(3).trainLoss(), second.epochs.get(1).trainLoss(), 1e-5);
    }

    @Test
    void aRunThatCannotBeResumedSaysWhyBeforeStartingAgain(@TempDir Path dir) throws Exception {
        TrainingConfig config = TestConfigs.tiny().withEpochs(2);
        AtomicBoolean cancel = new AtomicBoolean();
        Recorder first = new Recorder() {
            @Override
            public void onEpoch(EpochMetrics m) {
                super.onEpoch(m);
                cancel.set(true);
            }
        };
        StudentTrainer trainer = new StudentTrainer();
        Path run = dir.resolve("run");
        assertThrows(CancellationException.class, () -> trainer.train(SyntheticReports.FINDINGS, EXAMPLES, TEXTS,
                config, run, first, cancel::get));

        Recorder second = new Recorder();
        try (TrainedStudent ignored = trainer.train(SyntheticReports.FINDINGS, EXAMPLES, TEXTS,
                config.withDropout(0.3), run, second, () -> false)) {
            assertEquals(List.of(1, 2), second.epochs.stream().map(EpochMetrics::epoch).toList());
        }
        assertTrue(second.progress.stream().anyMatch(p -> p.message().equals("cannot resume: its hyperparameters "
                + "differ from the saved run's (only epochs and patience may change); starting again from scratch")),
                second.progress.stream().map(TrainingProgress::message).toList().toString());
    }

    @Test
    void aCrashMidEpochResumesFromTheLastCheckpoint(@TempDir Path dir) throws Exception {
        TrainingConfig config = TestConfigs.tiny().withEpochs(3);
        TrainingListener crashing = new Recorder() {
            @Override
            public void onProgress(TrainingProgress p) {
                if (p.message().startsWith("fine-tuning epoch 2/3, batch 2")) {
                    throw new IllegalStateException("simulated crash");
                }
            }
        };
        StudentTrainer trainer = new StudentTrainer();
        assertThrows(IllegalStateException.class,
                () -> trainer.train(SyntheticReports.FINDINGS, EXAMPLES, List.of(), config, dir, crashing, null));
        assertTrue(Files.readString(dir.resolve("state.json")).contains("checkpoint-epoch-001.params"));
        Recorder after = new Recorder();
        trainer.train(SyntheticReports.FINDINGS, EXAMPLES, List.of(), config, dir, after, null).close();
        assertEquals(List.of(2, 3), after.epochs.stream().map(EpochMetrics::epoch).toList());
    }

    @Test
    void aChangedConfigStartsOver(@TempDir Path dir) throws Exception {
        TrainingConfig config = TestConfigs.tiny().withEpochs(1);
        StudentTrainer trainer = new StudentTrainer();
        trainer.train(SyntheticReports.FINDINGS, EXAMPLES, List.of(), config, dir, null, null).close();
        Recorder recorder = new Recorder();
        trainer.train(SyntheticReports.FINDINGS, EXAMPLES, List.of(), config.withWidth(16), dir, recorder, null)
                .close();
        assertEquals(1, recorder.epochs.size());
        assertEquals(1, Files.readAllLines(dir.resolve("metrics.jsonl")).size());
        assertTrue(Files.readString(dir.resolve("config.json")).contains("\"width\" : 16"));
    }

    @Test
    void deviceIsTheCpuWithAReasonOnAMachineWithoutCuda() {
        DeviceInfo d = DeviceInfo.detect();
        if (!d.isGpu()) {
            assertEquals("cpu", d.device());
            assertFalse(d.reason().isBlank());
        } else {
            assertTrue(d.reason().startsWith("CUDA device found"), d.reason());
        }
    }
}
