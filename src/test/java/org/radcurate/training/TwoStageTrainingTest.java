package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CheXbert's two stages: the teacher's labels, then the gold's, each resumable on its own. */
class TwoStageTrainingTest {
    private static final List<TrainingExample> TEACHER = SyntheticReports.examples(24, 5);
    private static final List<TrainingExample> GOLD = SyntheticReports.examples(24, 9).subList(0, 12);
    private static final TrainingLabels LABELS = new TrainingLabels(TEACHER, GOLD);
    private static final TrainingConfig CONFIG = TestConfigs.tiny().withEpochs(3).withStages(2);
    private static final List<String> TEXTS = TEACHER.stream().map(TrainingExample::text).toList();

    private static final class Messages implements TrainingListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void onProgress(TrainingProgress p) {
            lines.add(p.message());
        }

        @Override
        public void onEpoch(EpochMetrics m) {}
    }

    @Test
    void aRunStoppedBetweenTheStagesResumesInTheSecond(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        List<StudentPrediction> uninterrupted;
        try (TrainedStudent s = new StudentTrainer().train(SyntheticReports.FINDINGS, LABELS, List.of(), CONFIG, whole,
                null, () -> false)) {
            uninterrupted = s.predict(TEXTS);
        }
        assertEquals(3, Files.readAllLines(whole.resolve("stage-1").resolve(RunFiles.METRICS)).size());
        assertEquals(3, Files.readAllLines(whole.resolve(RunFiles.METRICS)).size());

        Path stopped = dir.resolve("stopped");
        Path stageOneModel = stopped.resolve("stage-1").resolve(RunFiles.MODEL);
        // the flag is read before every batch: it turns true once stage 1 has written its model
        assertThrows(CancellationException.class, () -> new StudentTrainer().train(SyntheticReports.FINDINGS, LABELS,
                List.of(), CONFIG, stopped, null, () -> Files.exists(stageOneModel)));
        assertTrue(Files.exists(stageOneModel));
        assertFalse(Files.exists(stopped.resolve(RunFiles.MODEL)));

        Messages messages = new Messages();
        try (TrainedStudent s = new StudentTrainer().train(SyntheticReports.FINDINGS, LABELS, List.of(), CONFIG,
                stopped, messages, () -> false)) {
            List<StudentPrediction> resumed = s.predict(TEXTS);
            for (int i = 0; i < TEXTS.size(); i++) {
                assertEquals(uninterrupted.get(i).states(), resumed.get(i).states());
                for (int f = 0; f < SyntheticReports.FINDINGS.size(); f++) {
                    assertEquals(uninterrupted.get(i).positiveProbabilities().get(f),
                            resumed.get(i).positiveProbabilities().get(f), 1e-5);
                }
            }
        }
        // stage 1 was finished, so it was not trained again
        assertEquals(3, Files.readAllLines(stopped.resolve("stage-1").resolve(RunFiles.METRICS)).size());
        int stageTwo = messages.lines.indexOf("stage 2 of 2: the gold labels of 12 reports");
        assertTrue(stageTwo > 0, String.join("\n", messages.lines));
        assertFalse(messages.lines.subList(0, stageTwo).stream().anyMatch(m -> m.startsWith("fine-tuning epoch")),
                String.join("\n", messages.lines));
        assertTrue(messages.lines.subList(stageTwo, messages.lines.size()).stream()
                .anyMatch(m -> m.startsWith("fine-tuning epoch 1/3")), String.join("\n", messages.lines));
        assertEquals(3, Files.readAllLines(stopped.resolve(RunFiles.METRICS)).size());
    }

    @Test
    void eachStageRecordsTheLabelsItUsed(@TempDir Path dir) throws Exception {
        new StudentTrainer().train(SyntheticReports.FINDINGS, LABELS, List.of(), CONFIG.withEpochs(1), dir, null,
                () -> false).close();
        String first = Files.readString(dir.resolve("stage-1").resolve(RunFiles.SOURCES));
        String second = Files.readString(dir.resolve(RunFiles.SOURCES));
        TrainingLabels.Counts one = new com.fasterxml.jackson.databind.ObjectMapper().readValue(first,
                TrainingLabels.Counts.class);
        TrainingLabels.Counts two = new com.fasterxml.jackson.databind.ObjectMapper().readValue(second,
                TrainingLabels.Counts.class);
        assertEquals(24, one.train().get("teacher").reports());
        assertEquals(0, one.train().get("gold").reports());
        assertEquals(0, two.train().get("teacher").reports());
        assertEquals(12, two.train().get("gold").reports());
    }

    @Test
    void theFirstStageLeavesOutTheGoldReportsTheSecondValidatesOn(@TempDir Path dir) throws Exception {
        TrainingConfig validated = CONFIG.withEpochs(1).withValidationFraction(0.25);
        new StudentTrainer().train(SyntheticReports.FINDINGS, LABELS, List.of(), validated, dir, null,
                () -> false).close();
        ObjectMapper json = new ObjectMapper();
        TrainingLabels.Counts one = json.readValue(dir.resolve("stage-1").resolve(RunFiles.SOURCES).toFile(),
                TrainingLabels.Counts.class);
        TrainingLabels.Counts two = json.readValue(dir.resolve(RunFiles.SOURCES).toFile(), TrainingLabels.Counts.class);
        // 12 gold reports: 3 validate stage 2, so stage 1 sees 24 - 3 = 21 teacher reports (16 train, 5 validate)
        assertEquals(3, two.validation().get("gold").reports());
        assertEquals(9, two.train().get("gold").reports());
        assertEquals(16, one.train().get("teacher").reports());
        assertEquals(5, one.validation().get("teacher").reports());
        java.util.Set<String> stageOne = new java.util.HashSet<>();
        StudentTrainer.withoutGoldValidation(LABELS, validated).forEach(e -> stageOne.add(e.reportId()));
        assertEquals(21, stageOne.size());
        ExampleSplit.of(LABELS.gold(), validated).validation()
                .forEach(e -> assertFalse(stageOne.contains(e.reportId()), e.reportId()));
    }

    @Test
    void twoStagesWithoutGoldAreRefused(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StudentTrainer().train(
                SyntheticReports.FINDINGS, TrainingLabels.teacherOnly(TEACHER), List.of(), CONFIG, dir, null,
                () -> false));
        assertEquals("two stages need gold labels for the second stage; there are none", e.getMessage());
    }
}
