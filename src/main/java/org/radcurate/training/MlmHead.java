package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Masked-language-model head used only in pre-training: dense, GELU, layer norm, then a projection
 * onto the vocabulary. Input: hidden states of the masked positions only (M, D), so the costly
 * vocabulary projection runs on about 15 % of the tokens; output: logits (M, V).
 */
final class MlmHead extends StudentBlock {
    private final Parameter denseWeight;
    private final Parameter denseBias;
    private final Parameter lnGamma;
    private final Parameter lnBeta;
    private final Parameter vocabWeight;
    private final Parameter vocabBias;

    MlmHead(int width, int vocabSize) {
        denseWeight = weight("denseWeight", new Shape(width, width));
        denseBias = bias("denseBias", new Shape(width));
        lnGamma = gamma("lnGamma", new Shape(width));
        lnBeta = beta("lnBeta", new Shape(width));
        vocabWeight = weight("vocabWeight", new Shape(vocabSize, width));
        vocabBias = bias("vocabBias", new Shape(vocabSize));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray h = Activation.gelu(linear(ps, inputs.head(), denseWeight, denseBias, training));
        h = layerNorm(ps, h, lnGamma, lnBeta, training);
        return new NDList(linear(ps, h, vocabWeight, vocabBias, training));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), vocabWeight.getShape().get(0))};
    }
}
