package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DJL's BERT against Hugging Face's on a tiny random BertModel (2 layers, hidden 32, 2 heads) saved by
 * src/test/python/make_bert_fixture.py with the ids and last hidden states transformers computed for four
 * sentences padded as one batch.
 */
class BertParityTest {
    static Path fixture() throws Exception {
        return Path.of(BertParityTest.class.getResource("tiny-bert/config.json").toURI()).getParent();
    }

    private static JsonNode expected() throws Exception {
        return new ObjectMapper().readTree(fixture().resolve("expected.json").toFile());
    }

    @Test
    void tokenizerGivesHuggingFaceIds() throws Exception {
        JsonNode expected = expected();
        BertTokenizer tokenizer = BertFolder.open(fixture()).tokenizer();
        for (int s = 0; s < expected.get("sentences").size(); s++) {
            int[] ids = new int[expected.get("ids").get(s).size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = expected.get("ids").get(s).get(i).asInt();
            }
            assertArrayEquals(ids, tokenizer.encode(expected.get("sentences").get(s).asText(), 512),
                    expected.get("sentences").get(s).asText());
        }
    }

    @Test
    void tokenizerTruncatesToMaxTokensKeepingSep() throws Exception {
        BertTokenizer tokenizer = BertFolder.open(fixture()).tokenizer();
        int[] ids = tokenizer.encode("No pleural effusion or pneumothorax.", 4);
        assertArrayEquals(new int[] {tokenizer.clsId(), 5, 6, tokenizer.sepId()}, ids);
    }

    @Test
    void hiddenStatesMatchHuggingFaceTo1e4() throws Exception {
        JsonNode expected = expected();
        BertFolder folder = BertFolder.open(fixture());
        List<int[]> rows = new ArrayList<>();
        for (JsonNode r : expected.get("ids")) {
            int[] row = new int[r.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = r.get(i).asInt();
            }
            rows.add(row);
        }
        DjlRuntime.gradientsOff();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), DjlRuntime.ENGINE)) {
            BertEncoder encoder = new BertEncoder(folder.spec(), 0.1f);
            Shape shape = new Shape(1, 8);
            encoder.initialize(manager, DataType.FLOAT32, shape, shape);
            encoder.load(folder.weights(), "model.safetensors");
            NDList inputs = ReportBatches.inputs(manager, rows);
            NDArray hidden = encoder.forward(new ParameterStore(manager, false), inputs, false).singletonOrThrow();
            long length = hidden.getShape().get(1);
            float[] flat = hidden.toFloatArray();
            double worst = 0;
            int compared = 0;
            for (int s = 0; s < rows.size(); s++) {
                JsonNode seq = expected.get("hidden").get(s);
                assertEquals(rows.get(s).length, seq.size());
                for (int t = 0; t < seq.size(); t++) {
                    for (int d = 0; d < 32; d++) {
                        double want = seq.get(t).get(d).asDouble();
                        double got = flat[(int) ((s * length + t) * 32 + d)];
                        worst = Math.max(worst, Math.abs(want - got));
                        compared++;
                    }
                }
            }
            assertEquals((8 + 12 + 23 + 20) * 32, compared);
            assertTrue(worst < 1e-4, "largest difference " + worst);
        }
    }
}
