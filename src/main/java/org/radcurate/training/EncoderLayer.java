package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One pre-LN transformer block: {@code x + Dropout(Attention(LN(x)))}, then
 * {@code x + Dropout(FFN(LN(x)))} with a GELU feed-forward layer. Attention is multi-head scaled
 * dot-product self-attention; padded keys get a large negative bias so they receive no weight.
 * Inputs: hidden (B, T, D) and the score bias, (B, 1, 1, T) for padding alone or (B, H, T, T) with
 * ALiBi distances; output: hidden (B, T, D).
 */
final class EncoderLayer extends StudentBlock {
    private final int width;
    private final int heads;
    private final float dropout;
    private final Parameter ln1Gamma;
    private final Parameter ln1Beta;
    private final Parameter qkvWeight;
    private final Parameter qkvBias;
    private final Parameter outWeight;
    private final Parameter outBias;
    private final Parameter ln2Gamma;
    private final Parameter ln2Beta;
    private final Parameter ff1Weight;
    private final Parameter ff1Bias;
    private final Parameter ff2Weight;
    private final Parameter ff2Bias;

    EncoderLayer(int width, int heads, int ffn, float dropout) {
        this.width = width;
        this.heads = heads;
        this.dropout = dropout;
        ln1Gamma = gamma("ln1Gamma", new Shape(width));
        ln1Beta = beta("ln1Beta", new Shape(width));
        qkvWeight = weight("qkvWeight", new Shape(3L * width, width));
        qkvBias = bias("qkvBias", new Shape(3L * width));
        outWeight = weight("outWeight", new Shape(width, width));
        outBias = bias("outBias", new Shape(width));
        ln2Gamma = gamma("ln2Gamma", new Shape(width));
        ln2Beta = beta("ln2Beta", new Shape(width));
        ff1Weight = weight("ff1Weight", new Shape(ffn, width));
        ff1Bias = bias("ff1Bias", new Shape(ffn));
        ff2Weight = weight("ff2Weight", new Shape(width, ffn));
        ff2Bias = bias("ff2Bias", new Shape(width));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray keyBias = inputs.get(1);
        NDArray attended = attention(ps, layerNorm(ps, x, ln1Gamma, ln1Beta, training), keyBias, training);
        x = x.add(dropout(linear(ps, attended, outWeight, outBias, training), dropout, training));
        NDArray h = layerNorm(ps, x, ln2Gamma, ln2Beta, training);
        h = Activation.gelu(linear(ps, h, ff1Weight, ff1Bias, training));
        h = linear(ps, dropout(h, dropout, training), ff2Weight, ff2Bias, training);
        return new NDList(x.add(dropout(h, dropout, training)));
    }

    private NDArray attention(ParameterStore ps, NDArray h, NDArray keyBias, boolean training) {
        long batch = h.getShape().get(0);
        long tokens = h.getShape().get(1);
        int headWidth = width / heads;
        // (B, T, 3D) -> (3, B, H, T, D/H)
        NDArray qkv = linear(ps, h, qkvWeight, qkvBias, training)
                .reshape(batch, tokens, 3, heads, headWidth)
                .transpose(2, 0, 3, 1, 4);
        NDArray q = qkv.get(0).mul(1.0 / Math.sqrt(headWidth));
        NDArray k = qkv.get(1);
        NDArray v = qkv.get(2);
        NDArray weights = q.matMul(k.transpose(0, 1, 3, 2)).add(keyBias).softmax(-1);
        return dropout(weights, dropout, training).matMul(v)
                .transpose(0, 2, 1, 3)
                .reshape(batch, tokens, width);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
