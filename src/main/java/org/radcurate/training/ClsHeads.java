package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * CheXbert's heads: a linear four-class classifier per finding on the [CLS] vector of a pretrained
 * encoder (all findings' classifiers in one matrix). Inputs: hidden (B, T, D) and mask; output:
 * logits (B, F, 4).
 */
final class ClsHeads extends StudentBlock {
    private final int findings;
    private final float dropout;
    private final Parameter classWeights;
    private final Parameter classBias;

    ClsHeads(int findings, int width, float dropout) {
        this.findings = findings;
        this.dropout = dropout;
        classWeights = weight("classWeights", new Shape((long) findings * FindingHeads.CLASSES, width));
        classBias = bias("classBias", new Shape((long) findings * FindingHeads.CLASSES));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray hidden = inputs.get(0);
        NDArray cls = dropout(hidden.get(new NDIndex(":, 0, :")), dropout, training);
        NDArray logits = linear(ps, cls, classWeights, classBias, training);
        return new NDList(logits.reshape(hidden.getShape().get(0), findings, FindingHeads.CLASSES));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), findings, FindingHeads.CLASSES)};
    }
}
