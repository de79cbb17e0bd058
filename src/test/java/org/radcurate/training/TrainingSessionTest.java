package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingSessionTest {
    private static final List<TrainingExample> EXAMPLES = SyntheticReports.examples(32, 5);

    @Test
    void batchesLeaveNoArraysBehindInTheModelManager(@TempDir Path dir) throws Exception {
        TrainingConfig config = TestConfigs.tiny().withEpochs(4).withMlmEpochs(2).withDropout(0.1);
        List<String> texts = EXAMPLES.stream().map(TrainingExample::text).toList();
        WordPieceTokenizer tokenizer = WordPieceTrainer.train(texts, config.vocabSize());
        List<int[]> rows = StudentTrainer.encode(tokenizer, texts, config);
        List<int[]> labels = EXAMPLES.stream().map(e -> LabelCodec.encode(e.states())).toList();
        TrainingSession.Data data = new TrainingSession.Data(rows, labels, null, rows.subList(0, 8),
                labels.subList(0, 8), rows, null);
        DjlRuntime.gradientsOff();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), DjlRuntime.ENGINE)) {
            StudentNet net = new StudentNet(config, tokenizer.size(), SyntheticReports.FINDINGS.size());
            Shape shape = new Shape(1, config.maxTokens());
            net.initialize(manager, DataType.FLOAT32, shape, shape);
            int parameters = manager.getManagedArrays().size();
            List<Integer> perEpoch = new ArrayList<>();
            TrainingListener counter = new TrainingListener() {
                @Override
                public void onProgress(TrainingProgress p) {}

                @Override
                public void onEpoch(EpochMetrics m) {
                    perEpoch.add(manager.getManagedArrays().size());
                }
            };
            RunState end = new TrainingSession(config, net, manager, new RunFiles(dir), data, tokenizer.size(),
                    SyntheticReports.FINDINGS.size(), counter, () -> false).run(RunState.fresh("x"));
            assertEquals(4, end.epochsDone());
            assertEquals(2, end.mlmEpochsDone());
            assertEquals(4, perEpoch.size());
            assertTrue(perEpoch.stream().allMatch(perEpoch.get(0)::equals), perEpoch.toString());
            assertEquals(parameters, manager.getManagedArrays().size(), "after the run: parameters only");
        }
    }

    @Test
    void stopsEarlyWhenValidationStopsImproving(@TempDir Path dir) throws Exception {
        TrainingConfig config = TestConfigs.tiny().withEpochs(40).withPatience(2).withValidationFraction(0.25);
        List<EpochMetrics> epochs = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onProgress(TrainingProgress p) {}

            @Override
            public void onEpoch(EpochMetrics m) {
                epochs.add(m);
            }
        };
        new StudentTrainer().train(SyntheticReports.FINDINGS, SyntheticReports.examples(64, 3), List.of(),
                config, dir, listener, () -> false).close();
        int stop = epochs.size();
        assertTrue(stop < 40, "stopped after " + stop);
        double best = epochs.stream().mapToDouble(EpochMetrics::validationMicroF1).max().orElseThrow();
        // the best epoch is followed by exactly `patience` epochs that do not beat it
        int bestEpoch = epochs.stream().filter(m -> m.validationMicroF1() == best).findFirst().orElseThrow().epoch();
        assertEquals(bestEpoch + 2, stop);
        RunState state = new RunFiles(dir).readJson(RunFiles.STATE, RunState.class);
        assertTrue(state.stoppedEarly());
        assertEquals(bestEpoch, state.bestEpoch());
        assertEquals(-1L, Files.mismatch(dir.resolve("best.params"), dir.resolve("model.params")));
    }

    @Test
    void aFinishedRunCanBeExtendedWithMoreEpochs(@TempDir Path dir) throws Exception {
        StudentTrainer trainer = new StudentTrainer();
        trainer.train(SyntheticReports.FINDINGS, EXAMPLES, List.of(), TestConfigs.tiny().withEpochs(2), dir, null, null)
                .close();
        List<Integer> seen = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onProgress(TrainingProgress p) {}

            @Override
            public void onEpoch(EpochMetrics m) {
                seen.add(m.epoch());
            }
        };
        trainer.train(SyntheticReports.FINDINGS, EXAMPLES, List.of(), TestConfigs.tiny().withEpochs(3), dir, listener,
                null).close();
        assertEquals(List.of(3), seen);
        seen.clear();
        trainer.train(SyntheticReports.FINDINGS, EXAMPLES, List.of(), TestConfigs.tiny().withEpochs(3), dir, listener,
                null).close();
        assertEquals(List.of(), seen, "a finished run is not trained again");
    }
}
