package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
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
    private final Parameter tokenEmbedding;
    private final Parameter positionEmbedding;
    private final List<EncoderLayer> layers = new ArrayList<>();
    private final Parameter finalGamma;
    private final Parameter finalBeta;

    ReportEncoder(int vocabSize, int maxTokens, int width, int layerCount, int heads, int ffn, float dropout) {
        this.dropout = dropout;
        tokenEmbedding = weight("tokenEmbedding", new Shape(vocabSize, width));
        positionEmbedding = weight("positionEmbedding", new Shape(maxTokens, width));
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
        NDArray positions = tokens.getManager().arange(0, (int) length, 1, DataType.INT64)
                .toDevice(tokens.getDevice(), false);
        NDArray x = embed(tokens, value(ps, tokenEmbedding, tokens, training))
                .add(embed(positions, value(ps, positionEmbedding, tokens, training)));
        x = dropout(x, dropout, training);
        NDArray keyBias = keyBias(mask);
        for (EncoderLayer layer : layers) {
            x = layer.forward(ps, new NDList(x, keyBias), training).singletonOrThrow();
        }
        return new NDList(layerNorm(ps, x, finalGamma, finalBeta, training));
    }

    /** 0 for tokens, a large negative number for padding, shaped (B, 1, 1, T) for the scores. */
    static NDArray keyBias(NDArray mask) {
        return mask.sub(1f).mul(-MASKED).expandDims(1).expandDims(1);
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
