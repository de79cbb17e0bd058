package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A head per finding with four classes (absent, positive, negative, uncertain), as in CheXbert.
 * Instead of CheXbert's shared [CLS] vector each finding pools the tokens with its own learned
 * query (label-wise attention), which lets a small encoder trained from scratch look at the words
 * that matter for that finding. Inputs: hidden (B, T, D) and mask (B, T); output: logits (B, F, 4).
 */
final class FindingHeads extends StudentBlock {
    static final int CLASSES = 4;

    private final float dropout;
    private final Parameter queries;
    private final Parameter classWeights;
    private final Parameter classBias;

    FindingHeads(int findings, int width, float dropout) {
        this.dropout = dropout;
        queries = weight("queries", new Shape(findings, width));
        classWeights = weight("classWeights", new Shape(findings, width, CLASSES));
        classBias = bias("classBias", new Shape(findings, CLASSES));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray hidden = inputs.get(0);
        NDArray mask = inputs.get(1);
        double scale = 1.0 / Math.sqrt(hidden.getShape().get(2));
        // (B, T, F): how much each token matters to each finding; padding gets no weight
        NDArray scores = linear(ps, hidden, queries, null, training).mul(scale)
                .add(ReportEncoder.keyBias(mask).squeeze(1).transpose(0, 2, 1));
        NDArray attention = scores.softmax(1);
        NDArray pooled = attention.transpose(0, 2, 1).matMul(hidden); // (B, F, D)
        pooled = dropout(pooled, dropout, training);
        NDArray logits = pooled.transpose(1, 0, 2)
                .matMul(value(ps, classWeights, hidden, training)) // (F, B, 4)
                .transpose(1, 0, 2)
                .add(value(ps, classBias, hidden, training));
        return new NDList(logits);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), queries.getShape().get(0), CLASSES)};
    }
}
