package org.radcurate.training;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.radcurate.domain.MentionState;

/** A trained student loaded from its model directory, ready to label reports. */
public final class TrainedStudent implements AutoCloseable {
    private static final int BATCH = 64;

    private final NDManager manager;
    private final StudentNet net;
    private final Tokenizer tokenizer;
    private final TrainingConfig config;
    private final List<String> findingNames;
    private final DeviceInfo device;

    private TrainedStudent(NDManager manager, StudentNet net, Tokenizer tokenizer, TrainingConfig config,
            List<String> findingNames, DeviceInfo device) {
        this.manager = manager;
        this.net = net;
        this.tokenizer = tokenizer;
        this.config = config;
        this.findingNames = List.copyOf(findingNames);
        this.device = device;
    }

    /** Loads config.json, vocab.txt, schema.json and model.params from a finished run. */
    public static TrainedStudent load(Path modelDir) throws IOException {
        RunFiles files = new RunFiles(modelDir);
        if (!files.exists(RunFiles.MODEL)) {
            throw new IOException("no trained model in " + modelDir + " (" + RunFiles.MODEL
                    + " is missing: training has not finished there)");
        }
        TrainingConfig config;
        List<String> findings;
        Tokenizer tokenizer;
        BertSpec spec;
        try {
            config = files.readJson(RunFiles.CONFIG, TrainingConfig.class);
            findings = files.readJson(RunFiles.SCHEMA, RunFiles.SchemaFile.class).findings();
            spec = StudentVocabulary.spec(files);
            tokenizer = StudentVocabulary.tokenizer(files, spec);
        } catch (IOException | RuntimeException e) {
            throw damaged(modelDir, e);
        }
        DeviceInfo device = DeviceInfo.detect();
        NDManager manager = NDManager.newBaseManager(DjlRuntime.device(device), DjlRuntime.ENGINE);
        try {
            StudentNet net = StudentNet.of(config, spec, tokenizer.size(), findings.size());
            files.loadParameters(RunFiles.MODEL, net, manager);
            return new TrainedStudent(manager, net, tokenizer, config, findings, device);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw damaged(modelDir, e);
        }
    }

    /** A truncated or foreign model file reads as an EOF or a parse error: say what it means. */
    private static IOException damaged(Path modelDir, Exception e) {
        return new IOException("the model in " + modelDir + " cannot be read: a file in it is damaged, truncated "
                + "or from another version; train the run again", e);
    }

    public List<String> findingNames() {
        return findingNames;
    }

    public TrainingConfig config() {
        return config;
    }

    public DeviceInfo device() {
        return device;
    }

    /** Predictions in the order of {@code texts}, computed in batches. */
    public synchronized List<StudentPrediction> predict(List<String> texts) {
        DjlRuntime.gradientsOff();
        float[][][] probabilities = StudentPredictor.probabilities(
                net, manager, StudentTrainer.encode(tokenizer, texts, config), BATCH);
        List<StudentPrediction> out = new ArrayList<>(texts.size());
        boolean present = TrainingConfig.PRESENT.equals(config.target());
        for (float[][] report : probabilities) {
            int[] classes = StudentPredictor.argmax(report);
            if (present) {
                // the present/not-present target learns two of the four classes; choose between those
                for (int f = 0; f < classes.length; f++) {
                    classes[f] = report[f][LabelCodec.POSITIVE] > report[f][LabelCodec.ABSENT]
                            ? LabelCodec.POSITIVE : LabelCodec.ABSENT;
                }
            }
            List<MentionState> states = new ArrayList<>();
            List<Double> positive = new ArrayList<>();
            for (int f = 0; f < classes.length; f++) {
                states.add(LabelCodec.state(classes[f]));
                positive.add((double) report[f][LabelCodec.POSITIVE]);
            }
            out.add(new StudentPrediction(states, positive));
        }
        return out;
    }

    @Override
    public synchronized void close() {
        manager.close();
    }
}
