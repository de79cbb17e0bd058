package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student that starts from the tiny BERT fixture (see BertParityTest). */
class PretrainedStudentTest {
    private static final List<TrainingExample> EXAMPLES = SyntheticReports.examples(24, 3);

    private static TrainingConfig config(Path init) {
        return TrainingConfig.preset(TrainingConfig.PRETRAINED).withInit(init.toString()).withEpochs(2)
                .withBatchSize(8).withMaxTokens(48).withValidationFraction(0).withLearningRate(1e-3);
    }

    @Test
    void initTrainsAFewStepsRecordsTheEncoderAndReloads(@TempDir Path dir) throws Exception {
        Path init = BertParityTest.fixture();
        List<String> texts = EXAMPLES.stream().map(TrainingExample::text).toList();
        List<StudentPrediction> before;
        try (TrainedStudent student = new StudentTrainer().train(SyntheticReports.FINDINGS, EXAMPLES, List.of(),
                config(init), dir, TrainingListener.none(), () -> false)) {
            before = student.predict(texts);
        }
        List<String> metrics = Files.readAllLines(dir.resolve(RunFiles.METRICS));
        assertEquals(2, metrics.size());
        assertEquals(Files.readAllLines(init.resolve("vocab.txt")), Files.readAllLines(dir.resolve(RunFiles.VOCAB)));
        JsonNode encoder = new ObjectMapper().readTree(dir.resolve(StudentVocabulary.ENCODER).toFile());
        assertEquals("tiny-bert", encoder.get("source").asText());
        assertEquals(sha256(init.resolve("config.json"), init.resolve("model.safetensors")),
                encoder.get("sha256").asText());
        assertEquals(32, encoder.get("hidden").asInt());
        try (TrainedStudent loaded = TrainedStudent.load(dir)) {
            assertEquals(before, loaded.predict(texts));
            assertEquals(init.toString(), loaded.config().init());
        }
    }

    @Test
    void everyPoolingTrainsSavesAndReloadsToTheSamePredictions(@TempDir Path dir) throws Exception {
        Path init = BertParityTest.fixture();
        List<String> texts = EXAMPLES.stream().map(TrainingExample::text).toList();
        for (String pooling : List.of(TrainingConfig.ATTENTION, TrainingConfig.CLS, TrainingConfig.MEAN)) {
            Path run = dir.resolve(pooling);
            List<StudentPrediction> trained;
            try (TrainedStudent s = new StudentTrainer().train(SyntheticReports.FINDINGS, EXAMPLES, List.of(),
                    config(init).withPooling(pooling).withEpochs(1), run, TrainingListener.none(), () -> false)) {
                trained = s.predict(texts);
            }
            try (TrainedStudent loaded = TrainedStudent.load(run)) {
                assertEquals(pooling, loaded.config().pooling());
                assertEquals(trained, loaded.predict(texts));
            }
        }
    }

    @Test
    void fastHeadsLeaveTheEncoderAtItsOwnRate(@TempDir Path dir) throws Exception {
        Path init = BertParityTest.fixture();
        // the encoder at a negligible rate, the heads at 1e-2: the encoder still equals the checkpoint
        TrainingConfig fast = config(init).withEpochs(1).withLearningRate(1e-12).withDropout(0)
                .withHeadLearningRateFactor(1e10);
        assertEncoderIsTheCheckpoint(dir.resolve("fast"), fast);
        TrainingConfig slow = fast.withHeadLearningRateFactor(1);
        assertEncoderIsTheCheckpoint(dir.resolve("slow"), slow);
        // same seed, same drawn heads: only the fast run's heads moved
        float[] fastHeads = heads(dir.resolve("fast"), fast);
        float[] slowHeads = heads(dir.resolve("slow"), slow);
        double moved = 0;
        for (int i = 0; i < fastHeads.length; i++) {
            moved = Math.max(moved, Math.abs(fastHeads[i] - slowHeads[i]));
        }
        assertTrue(moved > 1e-3, "largest head change " + moved);
    }

    private static float[] heads(Path run, TrainingConfig config) throws Exception {
        RunFiles files = new RunFiles(run);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), DjlRuntime.ENGINE)) {
            StudentNet net = StudentNet.of(config, StudentVocabulary.spec(files), 58, SyntheticReports.FINDINGS.size());
            files.loadParameters(RunFiles.MODEL, net, manager);
            return net.trainable(false).get(StudentNet.HEADS + "queries").getArray().toFloatArray();
        }
    }

    @Test
    void theRunStartsFromThePretrainedWeights(@TempDir Path dir) throws Exception {
        Path init = BertParityTest.fixture();
        // a step at a negligible rate leaves the encoder where the checkpoint put it
        assertEncoderIsTheCheckpoint(dir, config(init).withEpochs(1).withLearningRate(1e-12).withDropout(0));
    }

    private static void assertEncoderIsTheCheckpoint(Path dir, TrainingConfig still) throws Exception {
        Path init = Path.of(still.init());
        new StudentTrainer().train(SyntheticReports.FINDINGS, EXAMPLES, List.of(), still, dir,
                TrainingListener.none(), () -> false).close();
        JsonNode expected = new ObjectMapper().readTree(init.resolve("expected.json").toFile());
        int[] ids = new int[expected.get("ids").get(0).size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = expected.get("ids").get(0).get(i).asInt();
        }
        RunFiles files = new RunFiles(dir);
        DjlRuntime.gradientsOff();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), DjlRuntime.ENGINE)) {
            StudentNet net = StudentNet.of(still, StudentVocabulary.spec(files), 58, SyntheticReports.FINDINGS.size());
            files.loadParameters(RunFiles.MODEL, net, manager);
            NDArray hidden = net.encode(new ParameterStore(manager, false),
                    ReportBatches.inputs(manager, List.of(ids)), false);
            float[] flat = hidden.toFloatArray();
            for (int t = 0; t < ids.length; t++) {
                for (int d = 0; d < 32; d++) {
                    assertEquals(expected.get("hidden").get(0).get(t).get(d).asDouble(), flat[t * 32 + d], 1e-4);
                }
            }
        }
    }

    @Test
    void aFolderWithOnlyPytorchWeightsGetsTheConversionCommand(@TempDir Path dir) throws Exception {
        Path init = BertParityTest.fixture();
        Files.copy(init.resolve("config.json"), dir.resolve("config.json"));
        Files.copy(init.resolve("vocab.txt"), dir.resolve("vocab.txt"));
        Files.writeString(dir.resolve("pytorch_model.bin"), "not read");
        IOException e = assertThrows(IOException.class, () -> BertFolder.open(dir));
        assertTrue(e.getMessage().contains("has pytorch_model.bin but no model.safetensors"), e.getMessage());
        assertTrue(e.getMessage().endsWith(BertFolder.CONVERT), e.getMessage());
    }

    @Test
    void aTruncatedSafetensorsFileIsRefusedByName(@TempDir Path dir) throws Exception {
        Path init = BertParityTest.fixture();
        byte[] all = Files.readAllBytes(init.resolve("model.safetensors"));
        Path cut = dir.resolve("model.safetensors");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        IOException e = assertThrows(IOException.class, () -> SafeTensors.read(cut));
        assertTrue(e.getMessage().startsWith(cut + " is not a readable safetensors file: "), e.getMessage());
        Path text = Files.writeString(dir.resolve("text.safetensors"), "{\"a\": 1}");
        IOException notOne = assertThrows(IOException.class, () -> SafeTensors.read(text));
        assertTrue(notOne.getMessage().startsWith(text + " is not a readable safetensors file: header length "),
                notOne.getMessage());
    }

    private static String sha256(Path... files) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Path f : files) {
            sha.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
