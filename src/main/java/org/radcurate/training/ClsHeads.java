package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A linear four-class classifier per finding on one vector per report (all findings' classifiers in one
 * matrix): CheXbert's [CLS] vector ({@code mean} false), or the mean of the token states with padding left
 * out ({@code mean} true), which is how sentence models such as all-MiniLM-L6-v2 were trained to summarise.
 * Inputs: hidden (B, T, D) and mask (B, T); output: logits (B, F, 4).
 */
final class ClsHeads extends StudentBlock {
    private final int findings;
    private final float dropout;
    private final boolean mean;
    private final Parameter classWeights;
    private final Parameter classBias;

    ClsHeads(int findings, int width, float dropout, boolean mean) {
        this.findings = findings;
        this.dropout = dropout;
        this.mean = mean;
        classWeights = weight("classWeights", new Shape((long) findings * FindingHeads.CLASSES, width));
        classBias = bias("classBias", new Shape((long) findings * FindingHeads.CLASSES));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray hidden = inputs.get(0);
        NDArray pooled = mean ? meanPool(hidden, inputs.get(1)) : hidden.get(new NDIndex(":, 0, :"));
        NDArray logits = linear(ps, dropout(pooled, dropout, training), classWeights, classBias, training);
        return new NDList(logits.reshape(hidden.getShape().get(0), findings, FindingHeads.CLASSES));
    }

    /** The mean of the token states (B, T, D) where mask (B, T) is 1, shaped (B, D). */
    static NDArray meanPool(NDArray hidden, NDArray mask) {
        NDArray m = mask.expandDims(2);
        return hidden.mul(m).sum(new int[] {1}).div(m.sum(new int[] {1}).maximum(1f));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), findings, FindingHeads.CLASSES)};
    }
}
