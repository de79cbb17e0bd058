package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Label;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;

class TrainingServiceTest {
    @TempDir
    Path dir;

    /** A model small enough to train on the 300 samples in seconds. */
    static Map<String, String> tiny(int epochs) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("layers", "1");
        p.put("width", "16");
        p.put("heads", "2");
        p.put("ffn", "32");
        p.put("maxTokens", "48");
        p.put("vocabSize", "200");
        p.put("epochs", String.valueOf(epochs));
        p.put("patience", "0");
        p.put("mlmEpochs", "0");
        p.put("batchSize", "16");
        p.put("validationFraction", "0.2");
        return p;
    }

    private WorkspaceSession sample() throws IOException {
        return WorkspaceSession.open(SampleWorkspace.createIfMissing(dir.resolve("s.radcurate"), ProgressListener.NONE));
    }

    @Test
    void everyHyperparameterOfAPresetIsExposedAsText() {
        Map<String, String> p = TrainingService.parameters("quick-cpu");
        assertEquals("quick-cpu", p.get("preset"));
        assertEquals(List.of("preset", "layers", "width", "heads", "ffn", "maxTokens", "vocabSize", "learningRate",
                "weightDecay", "batchSize", "epochs", "patience", "dropout", "mlmEpochs", "seed",
                "validationFraction", "maxSamples", "classWeights", "positions", "augment", "init", "target", "stages",
                "teacherWeight", "goldWeight", "pooling", "headLearningRateFactor"), List.copyOf(p.keySet()));
        assertEquals("attention", p.get("pooling"));
        assertEquals("1.0", p.get("headLearningRateFactor"));
        assertEquals("10.0", TrainingService.parameters("pretrained").get("headLearningRateFactor"));
    }

    @Test
    void aRunStoredBeforePositionsAndAugmentExistedResumesWithTheModelItTrained() {
        String old = "{\"preset\":\"quick-cpu\",\"layers\":2,\"width\":128,\"epochs\":20,\"classWeights\":true,"
                + "\"teacher\":\"radcurate-rules 1.0 nih14\",\"split\":\"train\"}";
        Run run = new Run(3, "s1", "student", old, "cpu", RunStatus.CANCELLED, "/tmp/s1", 0, java.time.Instant.EPOCH);
        TrainingService.Request request = TrainingService.request(run);
        assertEquals("learned", request.parameters().get("positions"));
        assertEquals("0", request.parameters().get("augment"));
        assertEquals("20", request.parameters().get("epochs"));
        assertEquals(Split.TRAIN, request.split());
        org.radcurate.training.TrainingConfig config = TrainingService.config(request.parameters());
        assertEquals("learned", config.positions());
        assertEquals(0.0, config.augment(), 0.0);

        String current = old.replace("\"classWeights\":true,", "\"classWeights\":true,\"positions\":\"alibi\",\"augment\":1.0,");
        Map<String, String> now = TrainingService.request(new Run(4, "s2", "student", current, "cpu",
                RunStatus.CANCELLED, "/tmp/s2", 0, java.time.Instant.EPOCH)).parameters();
        assertEquals("alibi", now.get("positions"));
        assertEquals("1.0", now.get("augment"));
    }

    @Test
    void unknownOrMalformedParametersAreRefusedByName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> TrainingService.config(Map.of("depth", "3")));
        assertTrue(unknown.getMessage().startsWith("unknown training parameter 'depth'"), unknown.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> TrainingService.config(Map.of("epochs", "many")));
        assertEquals("training parameter 'epochs' must be a number, not 'many'", nan.getMessage());
    }

    @Test
    void aWorkspaceRunRecordsItsTimelineAndItsPredictionsBecomeAStudentSource() throws IOException {
        try (WorkspaceSession ws = sample()) {
            AtomicInteger epochs = new AtomicInteger();
            Run run = TrainingService.train(ws, new TrainingService.Request("tiny", SampleWorkspace.GOLD, Split.TRAIN,
                    tiny(3)), p -> {
                        if (p.total() == 0 && p.message().startsWith("epoch")) {
                            epochs.incrementAndGet();
                        }
                    }, () -> false);

            assertEquals(RunStatus.FINISHED, run.status());
            assertEquals(3, epochs.get());
            assertEquals(List.of(1, 2, 3), List.copyOf(TrainingService.timeline(ws, run.id()).keySet()));
            assertTrue(TrainingService.timeline(ws, run.id()).get(3).containsKey("validationMicroF1"));
            assertTrue(run.device().startsWith("cpu"), run.device());
            assertTrue(Files.isRegularFile(Path.of(run.artifactDir()).resolve("model.params")));

            Source student = TrainingService.predict(ws, "tiny", ProgressListener.NONE, () -> false);
            assertEquals("student:tiny", student.name());
            assertEquals(SourceKind.STUDENT, student.kind());
            assertEquals(300L * 14, ws.workspace().labels().count(student.id()));
            Label one = ws.workspace().labels().forReport(student.id(), "S0001").get(0);
            assertNotNull(one.probability());
            assertEquals(student.id(), ws.workspace().runs().find(run.id()).orElseThrow().studentSourceId());
        }
    }

    @Test
    void aCancelledRunIsMarkedCancelledAndResumesUnderItsName() throws IOException {
        try (WorkspaceSession ws = sample()) {
            AtomicInteger epochsSeen = new AtomicInteger();
            TrainingService.Request request = new TrainingService.Request("resumable", SampleWorkspace.GOLD, null,
                    tiny(3));
            assertThrows(CancellationException.class, () -> TrainingService.train(ws, request, p -> {
                if (p.total() == 0 && p.message().startsWith("epoch")) {
                    epochsSeen.incrementAndGet();
                }
            }, () -> epochsSeen.get() >= 1));
            assertEquals(RunStatus.CANCELLED, ws.workspace().runs().findByName("resumable").orElseThrow().status());

            Run resumed = TrainingService.train(ws, request, ProgressListener.NONE, () -> false);

            assertEquals(RunStatus.FINISHED, resumed.status());
            assertEquals(1, TrainingService.runs(ws).size());
            assertEquals(List.of(1, 2, 3), List.copyOf(TrainingService.timeline(ws, resumed.id()).keySet()));
        }
    }

    @Test
    void fileToFileTrainingThenPredictionWritesTheLabelCsvLayout() throws IOException {
        Path reports = Files.writeString(dir.resolve("reports.csv"), """
                id,findings,impression
                1,Small left pleural effusion.,Effusion.
                2,No pleural effusion.,Normal.
                3,Large right pleural effusion.,Effusion.
                4,The lungs are clear.,Normal.
                """);
        Path labels = Files.writeString(dir.resolve("teacher.csv"), """
                id,Effusion
                1,1
                2,0
                3,1
                4,
                """);
        Map<String, String> p = tiny(2);
        p.put("validationFraction", "0");
        TrainingService.trainFiles(BuiltInSchemas.NIH14, reports, labels, dir.resolve("model"), p,
                ProgressListener.NONE);
        Path out = dir.resolve("pred.csv");

        long n = TrainingService.predictFiles(dir.resolve("model"), reports, out, ExportService.Format.CSV);

        assertEquals(4, n);
        List<String> lines = Files.readAllLines(out);
        assertEquals("id," + String.join(",", BuiltInSchemas.NIH14.csvColumns()), lines.get(0));
        assertEquals(List.of("1", "2", "3", "4"), lines.subList(1, 5).stream().map(l -> l.split(",")[0]).toList());
    }

    @Test
    void aTeacherThatLabelsNoReportOfTheSplitIsRefused() throws IOException {
        try (WorkspaceSession ws = sample()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingService.train(ws,
                    new TrainingService.Request("x", "nope", null, tiny(1)), ProgressListener.NONE, () -> false));
            assertEquals("no source 'nope' in the workspace", e.getMessage());
        }
    }

    @Test
    void theScoredSplitIsNeverTrainedOnAndGoldReplacesTheTeacherWhereItExists() throws IOException {
        try (WorkspaceSession ws = sample()) {
            var w = ws.workspace();
            Source teacher = w.sources().find(SampleWorkspace.GOLD).orElseThrow();
            TrainingService.Request request = new TrainingService.Request("mixed", SampleWorkspace.GOLD, null, tiny(1),
                    SampleWorkspace.GOLD_SET, null);
            assertEquals(Split.TEST, request.scoredSplit(), "gold in use: test is held out");

            org.radcurate.training.TrainingLabels labels = WorkspaceLabels.of(w, ws.activeSchema(), teacher, request);

            java.util.Set<String> test = new java.util.HashSet<>();
            w.reports().list(Split.TEST).forEach(r -> test.add(r.id()));
            assertFalse(test.isEmpty());
            var goldStates = w.goldSets().labels(EvaluationService.findGoldSet(w, SampleWorkspace.GOLD_SET).id());
            var teacherStates = w.labels().states(teacher.id());
            java.util.Set<String> expectedGold = new java.util.TreeSet<>(goldStates.keySet());
            expectedGold.removeAll(test);
            java.util.Set<String> expectedTeacher = new java.util.TreeSet<>(teacherStates.keySet());
            expectedTeacher.removeAll(test);
            assertEquals(expectedGold, new java.util.TreeSet<>(labels.gold().stream()
                    .map(org.radcurate.training.TrainingExample::reportId).toList()));
            assertEquals(expectedTeacher, new java.util.TreeSet<>(labels.teacher().stream()
                    .map(org.radcurate.training.TrainingExample::reportId).toList()));
            for (var e : labels.merged()) {
                assertFalse(test.contains(e.reportId()), e.reportId() + " is in the scored split");
                var source = goldStates.containsKey(e.reportId()) ? goldStates : teacherStates;
                assertEquals(TrainingService.example(w.reports().find(e.reportId()).orElseThrow(),
                        source.get(e.reportId()), ws.activeSchema()).states(), e.states(), e.reportId());
            }

            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> TrainingService.train(ws, new TrainingService.Request("bad", SampleWorkspace.GOLD, Split.TEST,
                            tiny(1), SampleWorkspace.GOLD_SET, null), ProgressListener.NONE, () -> false));
            assertEquals("the run would train on split test, the split it is scored on; train on another split or "
                    + "hold out another one", refused.getMessage());

            Run run = TrainingService.train(ws, request, ProgressListener.NONE, () -> false);
            assertEquals(RunStatus.FINISHED, run.status());
            TrainingService.Request stored = TrainingService.request(run);
            assertEquals(SampleWorkspace.GOLD_SET, stored.gold());
            assertEquals(Split.TEST, stored.heldOut());
            assertTrue(Files.readString(Path.of(run.artifactDir()).resolve("sources.json")).contains("\"gold\""));
        }
    }
}
