package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * AdamW (decoupled weight decay) with global-norm gradient clipping. Written here rather than using
 * DJL's because a resumed run needs the moment estimates, which DJL's optimisers keep private.
 * Weight decay applies to weights only (not biases, norms). State lives in its own manager.
 */
final class AdamW implements AutoCloseable {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    private static final double CLIP_NORM = 1.0;

    private final NDManager manager;
    private final double weightDecay;
    private final Map<String, NDArray> means = new HashMap<>();
    private final Map<String, NDArray> variances = new HashMap<>();
    private long steps;

    AdamW(NDManager parent, double weightDecay) {
        this.manager = parent.newSubManager();
        this.weightDecay = weightDecay;
    }

    long steps() {
        return steps;
    }

    /** One update of every parameter from its gradient, which is then zeroed. */
    void step(Map<String, Parameter> parameters, double learningRate) {
        step(parameters, name -> learningRate);
    }

    /** As above with a rate per parameter name, e.g. a higher one for freshly drawn heads. */
    void step(Map<String, Parameter> parameters, java.util.function.ToDoubleFunction<String> rates) {
        steps++;
        double scale = clipScale(parameters);
        double correction1 = 1 - Math.pow(BETA1, steps);
        double correction2 = 1 - Math.pow(BETA2, steps);
        for (Map.Entry<String, Parameter> e : parameters.entrySet()) {
            NDArray w = e.getValue().getArray();
            double learningRate = rates.applyAsDouble(e.getKey());
            NDArray m = means.computeIfAbsent(e.getKey(), k -> manager.zeros(w.getShape(), w.getDataType()));
            NDArray v = variances.computeIfAbsent(e.getKey(), k -> manager.zeros(w.getShape(), w.getDataType()));
            try (NDArray g = w.getGradient()) {
                if (scale < 1) {
                    g.muli(scale);
                }
                m.muli(BETA1);
                try (NDArray t = g.mul(1 - BETA1)) {
                    m.addi(t);
                }
                v.muli(BETA2);
                try (NDArray t = g.square()) {
                    v.addi(t.muli(1 - BETA2));
                }
                try (NDArray denominator = v.sqrt();
                        NDArray update = m.div(denominator.divi(Math.sqrt(correction2)).addi(EPSILON))) {
                    if (e.getValue().getType() == Parameter.Type.WEIGHT && weightDecay > 0) {
                        w.muli(1 - learningRate * weightDecay);
                    }
                    w.subi(update.muli(learningRate / correction1));
                }
                g.subi(g);
            }
        }
    }

    private static double clipScale(Map<String, Parameter> parameters) {
        double squares = 0;
        for (Parameter p : parameters.values()) {
            try (NDArray g = p.getArray().getGradient(); NDArray n = g.norm()) {
                double norm = n.getFloat();
                squares += norm * norm;
            }
        }
        double norm = Math.sqrt(squares);
        return norm > CLIP_NORM ? CLIP_NORM / (norm + 1e-6) : 1.0;
    }

    void save(DataOutputStream out) throws IOException {
        out.writeLong(steps);
        out.writeInt(means.size());
        for (String name : means.keySet()) {
            out.writeUTF(name);
            write(out, means.get(name).encode());
            write(out, variances.get(name).encode());
        }
    }

    void load(DataInputStream in) throws IOException {
        steps = in.readLong();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String name = in.readUTF();
            means.put(name, manager.decode(read(in)));
            variances.put(name, manager.decode(read(in)));
        }
    }

    private static void write(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] read(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    @Override
    public void close() {
        manager.close();
    }
}
