package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One BERT layer, post-LN as in the original: {@code LN(x + Dropout(Attention(x)))}, then
 * {@code LN(x + Dropout(FFN(x)))} with an exact (erf) GELU. Separate query, key and value projections
 * so Hugging Face's weights load one to one. Inputs: hidden (B, T, D) and the key bias (B, 1, 1, T).
 */
final class BertLayer extends StudentBlock {
    private final int width;
    private final int heads;
    private final float dropout;
    private final float eps;
    /** Hugging Face's parameter names below {@code encoder.layer.N.}, in load order. */
    private final Map<String, Parameter> byName = new LinkedHashMap<>();

    BertLayer(BertSpec spec, float dropout) {
        this.width = spec.hidden();
        this.heads = spec.heads();
        this.dropout = dropout;
        this.eps = (float) spec.layerNormEps();
        Shape square = new Shape(width, width);
        linear("attention.self.query", square);
        linear("attention.self.key", square);
        linear("attention.self.value", square);
        linear("attention.output.dense", square);
        norm("attention.output.LayerNorm");
        linear("intermediate.dense", new Shape(spec.intermediate(), width));
        linear("output.dense", new Shape(width, spec.intermediate()));
        norm("output.LayerNorm");
    }

    private void linear(String name, Shape shape) {
        String id = name.replace('.', '_');
        byName.put(name + ".weight", weight(id + "_weight", shape));
        byName.put(name + ".bias", bias(id + "_bias", new Shape(shape.get(0))));
    }

    private void norm(String name) {
        String id = name.replace('.', '_');
        byName.put(name + ".weight", gamma(id + "_weight", new Shape(width)));
        byName.put(name + ".bias", beta(id + "_bias", new Shape(width)));
    }

    Map<String, Parameter> parametersByHfName() {
        return byName;
    }

    private NDArray dense(ParameterStore ps, NDArray x, String name, boolean training) {
        return linear(ps, x, byName.get(name + ".weight"), byName.get(name + ".bias"), training);
    }

    private NDArray norm(ParameterStore ps, NDArray x, String name, boolean training) {
        return layerNorm(ps, x, byName.get(name + ".weight"), byName.get(name + ".bias"), training, eps);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray keyBias = inputs.get(1);
        NDArray attended = dense(ps, attention(ps, x, keyBias, training), "attention.output.dense", training);
        x = norm(ps, x.add(dropout(attended, dropout, training)), "attention.output.LayerNorm", training);
        NDArray h = Activation.gelu(dense(ps, x, "intermediate.dense", training));
        h = dense(ps, h, "output.dense", training);
        return new NDList(norm(ps, x.add(dropout(h, dropout, training)), "output.LayerNorm", training));
    }

    private NDArray attention(ParameterStore ps, NDArray x, NDArray keyBias, boolean training) {
        long batch = x.getShape().get(0);
        long tokens = x.getShape().get(1);
        int headWidth = width / heads;
        NDArray q = split(dense(ps, x, "attention.self.query", training), batch, tokens, headWidth)
                .mul(1.0 / Math.sqrt(headWidth));
        NDArray k = split(dense(ps, x, "attention.self.key", training), batch, tokens, headWidth);
        NDArray v = split(dense(ps, x, "attention.self.value", training), batch, tokens, headWidth);
        NDArray weights = q.matMul(k.transpose(0, 1, 3, 2)).add(keyBias).softmax(-1);
        return dropout(weights, dropout, training).matMul(v)
                .transpose(0, 2, 1, 3)
                .reshape(batch, tokens, width);
    }

    /** (B, T, D) -> (B, H, T, D/H). */
    private NDArray split(NDArray x, long batch, long tokens, int headWidth) {
        return x.reshape(batch, tokens, heads, headWidth).transpose(0, 2, 1, 3);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
