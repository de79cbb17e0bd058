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
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's encoder (Devlin et al., 2019) in DJL: word + position + token-type embeddings and a layer
 * norm, then post-LN {@link BertLayer}s. Every report is one segment (token type 0). Inputs: token ids
 * (B, T) int64 and mask (B, T) float32; output: the last hidden states (B, T, D), which equal
 * Hugging Face's {@code BertModel(...).last_hidden_state} for the same weights (BertParityTest).
 */
final class BertEncoder extends StudentBlock {
    private final float dropout;
    private final float eps;
    private final Map<String, Parameter> byName = new LinkedHashMap<>();
    private final List<BertLayer> layers = new ArrayList<>();

    BertEncoder(BertSpec spec, float dropout) {
        this.dropout = dropout;
        this.eps = (float) spec.layerNormEps();
        int d = spec.hidden();
        byName.put("embeddings.word_embeddings.weight", weight("word_embeddings", new Shape(spec.vocabSize(), d)));
        byName.put("embeddings.position_embeddings.weight",
                weight("position_embeddings", new Shape(spec.maxPositions(), d)));
        byName.put("embeddings.token_type_embeddings.weight",
                weight("token_type_embeddings", new Shape(spec.typeVocab(), d)));
        byName.put("embeddings.LayerNorm.weight", gamma("embeddings_LayerNorm_weight", new Shape(d)));
        byName.put("embeddings.LayerNorm.bias", beta("embeddings_LayerNorm_bias", new Shape(d)));
        for (int i = 0; i < spec.layers(); i++) {
            BertLayer layer = addChildBlock("layer" + i, new BertLayer(spec, dropout));
            layers.add(layer);
            String prefix = "encoder.layer." + i + ".";
            layer.parametersByHfName().forEach((k, v) -> byName.put(prefix + k, v));
        }
    }

    /**
     * Copies a Hugging Face checkpoint's tensors into the initialised parameters. Names may carry a
     * prefix ("bert." from BertFor... models); TensorFlow-era names (gamma/beta) are accepted; the
     * pooler and any task head are ignored.
     */
    void load(Map<String, SafeTensors.Tensor> tensors, String file) throws IOException {
        String prefix = null;
        for (String name : tensors.keySet()) {
            if (name.endsWith("embeddings.word_embeddings.weight")) {
                prefix = name.substring(0, name.length() - "embeddings.word_embeddings.weight".length());
            }
        }
        if (prefix == null) {
            throw new IOException(file + " has no embeddings.word_embeddings.weight: not a BERT checkpoint");
        }
        for (Map.Entry<String, Parameter> e : byName.entrySet()) {
            String name = prefix + e.getKey();
            SafeTensors.Tensor t = tensors.get(name);
            if (t == null && name.endsWith("LayerNorm.weight")) {
                t = tensors.get(name.replace("LayerNorm.weight", "LayerNorm.gamma"));
            } else if (t == null && name.endsWith("LayerNorm.bias")) {
                t = tensors.get(name.replace("LayerNorm.bias", "LayerNorm.beta"));
            }
            if (t == null) {
                throw new IOException(file + " lacks tensor " + name);
            }
            NDArray array = e.getValue().getArray();
            if (!array.getShape().equals(new Shape(t.shape()))) {
                throw new IOException(file + ": tensor " + name + " has shape " + new Shape(t.shape())
                        + " but config.json implies " + array.getShape());
            }
            array.set(java.nio.FloatBuffer.wrap(t.data()));
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray tokens = inputs.get(0);
        NDArray mask = inputs.get(1);
        long length = tokens.getShape().get(1);
        NDArray positions = tokens.getManager().arange(0, (int) length, 1, DataType.INT64)
                .toDevice(tokens.getDevice(), false);
        NDArray x = embed(tokens, "embeddings.word_embeddings.weight", ps, training)
                .add(embed(positions, "embeddings.position_embeddings.weight", ps, training))
                .add(embed(tokens.zerosLike(), "embeddings.token_type_embeddings.weight", ps, training));
        x = layerNorm(ps, x, byName.get("embeddings.LayerNorm.weight"), byName.get("embeddings.LayerNorm.bias"),
                training, eps);
        x = dropout(x, dropout, training);
        NDArray bias = ReportEncoder.keyBias(mask);
        for (BertLayer layer : layers) {
            x = layer.forward(ps, new NDList(x, bias), training).singletonOrThrow();
        }
        return new NDList(x);
    }

    private NDArray embed(NDArray ids, String table, ParameterStore ps, boolean training) {
        return Embedding.embedding(ids, value(ps, byName.get(table), ids, training), SparseFormat.DENSE)
                .singletonOrThrow();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape tokens = inputShapes[0];
        long width = byName.get("embeddings.LayerNorm.weight").getShape().get(0);
        return new Shape[] {new Shape(tokens.get(0), tokens.get(1), width)};
    }
}
