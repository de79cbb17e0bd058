package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole student: a {@link ReportEncoder} or {@link BertEncoder} shared by the per-finding heads (the
 * forward pass) and the {@link MlmHead} (pre-training only). Inputs: token ids (B, T) int64 and
 * mask (B, T) float32; output: logits (B, F, 4).
 */
final class StudentNet extends StudentBlock {
    /** The prefix of the heads' parameters in {@link #trainable(boolean)}. */
    static final String HEADS = "heads.";
    private final StudentBlock encoder;
    private final StudentBlock heads;
    private final MlmHead mlm;

    /** The workspace's own encoder, trained from scratch (label-wise attention heads by default). */
    StudentNet(TrainingConfig c, int vocabSize, int findings) {
        float dropout = (float) c.dropout();
        encoder = addChildBlock("encoder",
                new ReportEncoder(vocabSize, c.maxTokens(), c.width(), c.layers(), c.heads(), c.ffn(), dropout,
                        TrainingConfig.ALIBI.equals(c.positions())));
        heads = addChildBlock("heads", headsFor(c, findings, c.width()));
        mlm = addChildBlock("mlm", new MlmHead(c.width(), vocabSize));
    }

    /** A pretrained BERT with the config's heads (CheXbert's on [CLS] by default); no MLM head. */
    StudentNet(TrainingConfig c, BertSpec spec, int findings) {
        encoder = addChildBlock("encoder", new BertEncoder(spec, (float) c.dropout()));
        heads = addChildBlock("heads", headsFor(c, findings, spec.hidden()));
        mlm = null;
    }

    /** The heads the config's pooling names: label-wise attention, [CLS] or the mean of the tokens. */
    private static StudentBlock headsFor(TrainingConfig c, int findings, int width) {
        float dropout = (float) c.dropout();
        return switch (c.pooling()) {
            case TrainingConfig.ATTENTION -> new FindingHeads(findings, width, dropout);
            case TrainingConfig.MEAN -> new ClsHeads(findings, width, dropout, true);
            default -> new ClsHeads(findings, width, dropout, false);
        };
    }

    /** The net a config describes: BERT when the run started from a pretrained encoder. */
    static StudentNet of(TrainingConfig c, BertSpec spec, int vocabSize, int findings) {
        return spec == null ? new StudentNet(c, vocabSize, findings) : new StudentNet(c, spec, findings);
    }

    /** Copies a pretrained encoder's weights in; call after {@code initialize}. */
    void loadPretrained(Map<String, SafeTensors.Tensor> tensors, String file) throws java.io.IOException {
        ((BertEncoder) encoder).load(tensors, file);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray hidden = encode(ps, inputs, training);
        return heads.forward(ps, new NDList(hidden, inputs.get(1)), training);
    }

    NDArray encode(ParameterStore ps, NDList tokensAndMask, boolean training) {
        return encoder.forward(ps, tokensAndMask, training).singletonOrThrow();
    }

    NDArray mlmLogits(ParameterStore ps, NDArray maskedHidden, boolean training) {
        return mlm.forward(ps, new NDList(maskedHidden), training).singletonOrThrow();
    }

    /** The parameters a phase trains, under stable names (DJL's own ids are random per run). */
    Map<String, Parameter> trainable(boolean pretraining) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        add(out, "encoder", encoder);
        add(out, pretraining ? "mlm" : HEADS.substring(0, HEADS.length() - 1), pretraining ? mlm : heads);
        return out;
    }

    private static void add(Map<String, Parameter> out, String prefix, Block block) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            out.put(prefix + "." + p.getKey(), p.getValue());
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return heads.getOutputShapes(encoder.getOutputShapes(inputShapes));
    }
}
