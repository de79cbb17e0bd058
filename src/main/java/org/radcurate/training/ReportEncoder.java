package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-piece and learned position embeddings, then {@code layers} pre-LN blocks and a final layer
 * norm. Inputs: token ids (B, T) int64 and the padding mask (B, T) float32 (1 = token, 0 = pad);
 * output: hidden states (B, T, D). T may be anything up to maxTokens, so batches are padded only to
 * their longest report.
 */
final class ReportEncoder extends StudentBlock {
    private static final float MASKED = -1e9f;

    private final float dropout;
    private final float[] slopes;
    private final Parameter tokenEmbedding;
    private final Parameter positionEmbedding;
    private final List<EncoderLayer> layers = new ArrayList<>();
    private final Parameter finalGamma;
    private final Parameter finalBeta;

    ReportEncoder(int vocabSize, int maxTokens, int width, int layerCount, int heads, int ffn, float dropout,
            boolean alibi) {
        this.dropout = dropout;
        this.slopes = alibi ? alibiSlopes(heads) : null;
        tokenEmbedding = weight("tokenEmbedding", new Shape(vocabSize, width));
        positionEmbedding = alibi ? null : weight("positionEmbedding", new Shape(maxTokens, width));
        finalGamma = gamma("finalGamma", new Shape(width));
        finalBeta = beta("finalBeta", new Shape(width));
        for (int i = 0; i < layerCount; i++) {
            layers.add(addChildBlock("layer" + i, new EncoderLayer(width, heads, ffn, dropout)));
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray tokens = inputs.get(0);
        NDArray mask = inputs.get(1);
        long length = tokens.getShape().get(1);
        NDArray x = embed(tokens, value(ps, tokenEmbedding, tokens, training));
        NDArray bias = keyBias(mask);
        if (slopes == null) {
            NDArray positions = tokens.getManager().arange(0, (int) length, 1, DataType.INT64)
                    .toDevice(tokens.getDevice(), false);
            x = x.add(embed(positions, value(ps, positionEmbedding, tokens, training)));
        } else {
            bias = bias.add(distanceBias(tokens, length));
        }
        x = dropout(x, dropout, training);
        for (EncoderLayer layer : layers) {
            x = layer.forward(ps, new NDList(x, bias), training).singletonOrThrow();
        }
        return new NDList(layerNorm(ps, x, finalGamma, finalBeta, training));
    }

    /** 0 for tokens, a large negative number for padding, shaped (B, 1, 1, T) for the scores. */
    static NDArray keyBias(NDArray mask) {
        return mask.sub(1f).mul(-MASKED).expandDims(1).expandDims(1);
    }

    /**
     * ALiBi (Press et al., 2022), symmetric for an encoder: head h subtracts {@code slope_h * |i - j|}
     * from the score of query i for key j, shaped (1, H, T, T). Steep heads look at the next few
     * words (where "no" and "effusion" meet), shallow heads at the whole report.
     */
    private NDArray distanceBias(NDArray like, long length) {
        NDManager m = like.getManager();
        NDArray position = m.arange(0f, (float) length, 1f).toDevice(like.getDevice(), false);
        NDArray distance = position.expandDims(0).sub(position.expandDims(1)).abs(); // (T, T)
        NDArray perHead = m.create(slopes, new Shape(1, slopes.length, 1, 1)).toDevice(like.getDevice(), false);
        return distance.expandDims(0).expandDims(0).mul(perHead).neg();
    }

    /** The geometric slopes of the ALiBi paper: 2^(-8/H), 2^(-16/H), ..., 2^-8. */
    static float[] alibiSlopes(int heads) {
        float[] out = new float[heads];
        for (int h = 0; h < heads; h++) {
            out[h] = (float) Math.pow(2, -8.0 * (h + 1) / heads);
        }
        return out;
    }

    private static NDArray embed(NDArray ids, NDArray table) {
        return Embedding.embedding(ids, table, SparseFormat.DENSE).singletonOrThrow();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape tokens = inputShapes[0];
        long width = finalGamma.getShape() == null ? -1 : finalGamma.getShape().get(0);
        return new Shape[] {new Shape(tokens.get(0), tokens.get(1), width)};
    }
}
