package org.radcurate.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The heads' pooling (label-wise attention, [CLS], mean), the heads' own rate, and the config fields behind them. */
class StudentHeadsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One finding over two tokens h1 = (1, 0), h2 = (0, 1), with hand-set weights. */
    private static float[] attentionLogits(float[] mask) {
        DjlRuntime.gradientsOff();
        try (NDManager m = NDManager.newBaseManager(Device.cpu(), DjlRuntime.ENGINE)) {
            FindingHeads heads = new FindingHeads(1, 2, 0f);
            heads.initialize(m, DataType.FLOAT32, new Shape(1, 2, 2), new Shape(1, 2));
            Map<String, Parameter> p = new LinkedHashMap<>();
            for (Pair<String, Parameter> e : heads.getParameters()) {
                p.put(e.getKey(), e.getValue());
            }
            // score(h1) = q.h1 / sqrt(2) = ln 3, score(h2) = 0: softmax weights 3/4 and 1/4
            p.get("queries").getArray().set(new float[] {(float) (Math.log(3) * Math.sqrt(2)), 0f});
            // class 0 reads the pooled vector's first coordinate, class 1 its second; class 3 has bias 1
            p.get("classWeights").getArray().set(new float[] {1, 0, 0, 0, 0, 1, 0, 0});
            p.get("classBias").getArray().set(new float[] {0, 0, 0, 1});
            NDArray hidden = m.create(new float[] {1, 0, 0, 1}, new Shape(1, 2, 2));
            NDList out = heads.forward(new ParameterStore(m, false),
                    new NDList(hidden, m.create(mask, new Shape(1, 2))), false);
            assertEquals(new Shape(1, 1, 4), out.singletonOrThrow().getShape());
            return out.singletonOrThrow().toFloatArray();
        }
    }

    @Test
    void labelWiseAttentionPoolsTheTokensByTheFindingsQuery() {
        // pooled = 3/4 h1 + 1/4 h2 = (0.75, 0.25)
        assertArrayEquals(new float[] {0.75f, 0.25f, 0f, 1f}, attentionLogits(new float[] {1, 1}), 1e-6f);
    }

    @Test
    void labelWiseAttentionGivesPaddingNoWeight() {
        // h2 is padding: pooled = h1 whatever its score
        assertArrayEquals(new float[] {1f, 0f, 0f, 1f}, attentionLogits(new float[] {1, 0}), 1e-6f);
    }

    @Test
    void meanPoolingLeavesPaddingOut() {
        try (NDManager m = NDManager.newBaseManager(Device.cpu(), DjlRuntime.ENGINE)) {
            NDArray hidden = m.create(new float[] {1, 2, 3, 4, 100, 100, 5, 6, 7, 8, 9, 10}, new Shape(2, 3, 2));
            NDArray mask = m.create(new float[] {1, 1, 0, 1, 1, 1}, new Shape(2, 3));
            assertArrayEquals(new float[] {2, 3, 7, 8}, ClsHeads.meanPool(hidden, mask).toFloatArray(), 1e-6f);
        }
    }

    @Test
    void clsAndMeanHeadsReadTheirOwnVector() {
        DjlRuntime.gradientsOff();
        try (NDManager m = NDManager.newBaseManager(Device.cpu(), DjlRuntime.ENGINE)) {
            NDArray hidden = m.create(new float[] {1, 2, 3, 4, 50, 60}, new Shape(1, 3, 2));
            NDArray mask = m.create(new float[] {1, 1, 0}, new Shape(1, 3));
            float[] weights = {1, 0, 0, 1, 1, 1, 0, 0}; // classes: x, y, x + y, 0
            for (boolean mean : new boolean[] {false, true}) {
                ClsHeads heads = new ClsHeads(1, 2, 0f, mean);
                heads.initialize(m, DataType.FLOAT32, new Shape(1, 3, 2), new Shape(1, 3));
                heads.getParameters().get("classWeights").getArray().set(weights);
                float[] out = heads.forward(new ParameterStore(m, false), new NDList(hidden, mask), false)
                        .singletonOrThrow().toFloatArray();
                // [CLS] is (1, 2); the mean of the two real tokens is (2, 3)
                assertArrayEquals(mean ? new float[] {2, 3, 5, 0} : new float[] {1, 2, 3, 0}, out, 1e-6f);
            }
        }
    }

    @Test
    void eachParameterStepsAtItsOwnRate() {
        DjlRuntime.gradientsOff();
        try (NDManager m = NDManager.newBaseManager(Device.cpu(), DjlRuntime.ENGINE)) {
            Map<String, Parameter> params = new LinkedHashMap<>();
            for (String name : new String[] {"encoder.w", "heads.w"}) {
                Parameter p = Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).build();
                p.setArray(m.create(new float[] {1f}));
                p.getArray().setRequiresGradient(true);
                params.put(name, p);
            }
            try (AdamW adam = new AdamW(m, 0)) {
                try (GradientCollector g = m.getEngine().newGradientCollector()) {
                    g.backward(params.get("encoder.w").getArray().mul(2).add(params.get("heads.w").getArray().mul(2)));
                }
                // Adam's first step moves each weight by its rate against the gradient's sign
                adam.step(params, name -> name.startsWith(StudentNet.HEADS) ? 0.1 : 0.01);
            }
            assertEquals(0.99f, params.get("encoder.w").getArray().getFloat(), 1e-6f);
            assertEquals(0.9f, params.get("heads.w").getArray().getFloat(), 1e-6f);
        }
    }

    @Test
    void poolingAndHeadRateRoundTripAndOldConfigsReadAsTheirModel() throws Exception {
        TrainingConfig config = TrainingConfig.preset(TrainingConfig.PRETRAINED).withInit("/models/minilm")
                .withPooling(" Mean ").withHeadLearningRateFactor(20);
        assertEquals(TrainingConfig.MEAN, config.pooling());
        TrainingConfig read = JSON.readValue(JSON.writeValueAsString(config), TrainingConfig.class);
        assertEquals(config, read);
        assertEquals(20.0, read.headLearningRateFactor(), 0.0);
        // a config written before pooling and headLearningRateFactor: [CLS] heads with init, attention without
        String before = "{\"preset\":\"pretrained\",\"layers\":2,\"width\":128,\"heads\":4,\"ffn\":256,"
                + "\"maxTokens\":128,\"vocabSize\":3000,\"learningRate\":1.0E-4,\"weightDecay\":0.01,"
                + "\"batchSize\":16,\"epochs\":6,\"patience\":3,\"dropout\":0.1,\"mlmEpochs\":0,\"seed\":42,"
                + "\"validationFraction\":0.1,\"maxSamples\":0,\"classWeights\":true,\"positions\":\"learned\","
                + "\"augment\":0.0,\"init\":\"%s\",\"target\":\"states\",\"stages\":1,\"teacherWeight\":1.0,"
                + "\"goldWeight\":1.0}";
        TrainingConfig oldPretrained = JSON.readValue(String.format(before, "/models/minilm"), TrainingConfig.class);
        assertEquals(TrainingConfig.CLS, oldPretrained.pooling());
        assertEquals(1.0, oldPretrained.headLearningRateFactor(), 0.0);
        assertEquals(128, oldPretrained.maxTokens());
        assertEquals(TrainingConfig.ATTENTION, JSON.readValue(String.format(before, ""), TrainingConfig.class).pooling());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> config.withPooling("max"));
        assertEquals("pooling must be attention, cls or mean", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> config.withHeadLearningRateFactor(-1));
        assertEquals(TrainingConfig.ATTENTION, TrainingConfig.preset(TrainingConfig.PRETRAINED).pooling());
        assertEquals(256, TrainingConfig.preset(TrainingConfig.PRETRAINED).maxTokens());
    }
}
