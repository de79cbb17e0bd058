package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.NormalInitializer;

/**
 * Base of the student's blocks. Parameters have fixed shapes from the config, so initialisation
 * needs no shape inference; the helpers call DJL's functional ops with the input as receiver, so
 * every intermediate array lands in the batch's NDManager, not the model's.
 */
abstract class StudentBlock extends AbstractBlock {
    private static final float INIT_STD = 0.02f;

    StudentBlock() {
        super((byte) 1);
    }

    /** A weight drawn from N(0, 0.02), as in BERT. */
    protected final Parameter weight(String name, Shape shape) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
                .optShape(shape).optInitializer(new NormalInitializer(INIT_STD)).build());
    }

    protected final Parameter bias(String name, Shape shape) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.BIAS)
                .optShape(shape).optInitializer(new ConstantInitializer(0f)).build());
    }

    protected final Parameter gamma(String name, Shape shape) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.GAMMA)
                .optShape(shape).optInitializer(new ConstantInitializer(1f)).build());
    }

    protected final Parameter beta(String name, Shape shape) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.BETA)
                .optShape(shape).optInitializer(new ConstantInitializer(0f)).build());
    }

    protected static NDArray value(ParameterStore ps, Parameter p, NDArray like, boolean training) {
        return ps.getValue(p, like.getDevice(), training);
    }

    protected static NDArray linear(ParameterStore ps, NDArray x, Parameter w, Parameter b, boolean training) {
        return Linear.linear(x, value(ps, w, x, training), b == null ? null : value(ps, b, x, training))
                .singletonOrThrow();
    }

    /** Layer norm over the last axis. */
    protected static NDArray layerNorm(ParameterStore ps, NDArray x, Parameter g, Parameter b, boolean training) {
        Shape last = new Shape(x.getShape().get(x.getShape().dimension() - 1));
        return LayerNorm.layerNorm(x, last, value(ps, g, x, training), value(ps, b, x, training), 1e-5f)
                .singletonOrThrow();
    }

    /** Layer norm over the last axis with the encoder's own epsilon (BERT: 1e-12). */
    protected static NDArray layerNorm(ParameterStore ps, NDArray x, Parameter g, Parameter b, boolean training,
            float eps) {
        Shape last = new Shape(x.getShape().get(x.getShape().dimension() - 1));
        return LayerNorm.layerNorm(x, last, value(ps, g, x, training), value(ps, b, x, training), eps)
                .singletonOrThrow();
    }

    protected static NDArray dropout(NDArray x, float rate, boolean training) {
        return training && rate > 0 ? Dropout.dropout(x, rate, true).singletonOrThrow() : x;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (Block child : getChildren().values()) {
            child.initialize(manager, dataType, inputShapes);
        }
    }
}
