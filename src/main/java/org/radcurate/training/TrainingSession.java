package org.radcurate.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The batch loop of one training call: optional masked-language-model epochs, then fine-tuning
 * epochs with validation, each ending in a checkpoint. Checks the cancel flag before every batch;
 * a cancelled epoch leaves nothing behind, so the last checkpoint stays the resume point.
 */
final class TrainingSession {
    private static final double WARMUP_FRACTION = 0.05;
    private static final int PREDICT_BATCH = 64;

    /**
     * Encoded data: token rows, and label rows (class indices per finding) where labelled; the
     * augmenter draws each fine-tuning epoch's rows when the config asks for augmentation, else null.
     */
    record Data(List<int[]> train, List<int[]> trainLabels, List<Float> trainWeights, List<int[]> validation,
            List<int[]> validationLabels, List<int[]> corpus, Augmenter augmenter) {}

    private final TrainingConfig config;
    private final StudentNet net;
    private final NDManager manager;
    private final ParameterStore ps;
    private final RunFiles files;
    private final Data data;
    private final int vocabSize;
    private final int findings;
    private final float[] classWeights;
    private final TrainingListener listener;
    private final BooleanSupplier cancelled;
    private final long startNanos = System.nanoTime();
    private long sessionSteps;
    private long globalStep;
    private long totalSteps;

    TrainingSession(TrainingConfig config, StudentNet net, NDManager manager, RunFiles files, Data data,
            int vocabSize, int findings, TrainingListener listener, BooleanSupplier cancelled) {
        this.config = config;
        this.net = net;
        this.manager = manager;
        this.ps = new ParameterStore(manager, false);
        this.files = files;
        this.data = data;
        this.vocabSize = vocabSize;
        this.findings = findings;
        this.classWeights = ClassWeights.of(data.trainLabels(), findings, config.classWeights());
        this.listener = listener;
        this.cancelled = cancelled;
    }

    RunState run(RunState state) throws IOException {
        int mlmBatches = ReportBatches.count(data.corpus().size(), config.batchSize());
        int batches = ReportBatches.count(fineTuneRows(), config.batchSize());
        totalSteps = (long) mlmBatches * config.mlmEpochs() + (long) batches * config.epochs();
        globalStep = (long) mlmBatches * state.mlmEpochsDone() + (long) batches * state.epochsDone();
        if (state.inPretraining(config)) {
            state = pretrain(state, (long) mlmBatches * config.mlmEpochs());
        }
        if (!state.finished(config)) {
            state = fineTune(state, (long) batches * config.epochs());
        }
        return state;
    }

    private RunState pretrain(RunState state, long phaseSteps) throws IOException {
        Map<String, Parameter> params = net.trainable(true);
        try (AdamW optimizer = new AdamW(manager, config.weightDecay())) {
            if (state.mlmEpochsDone() > 0) {
                files.loadOptimizer(state.checkpoint(), optimizer);
            }
            for (int e = state.mlmEpochsDone() + 1; e <= config.mlmEpochs(); e++) {
                long t0 = System.currentTimeMillis();
                double loss = epoch(true, e, params, optimizer, phaseSteps);
                String checkpoint = RunFiles.checkpointName(true, e);
                saveCheckpoint(checkpoint, optimizer);
                state = state.afterMlmEpoch(checkpoint);
                long millis = System.currentTimeMillis() - t0;
                commit(state, checkpoint, metricsLine("mlm", e, loss, Double.NaN, millis));
                progress(e, config.mlmEpochs(), loss,
                        String.format("pre-training epoch %d/%d done: MLM loss %.4f", e, config.mlmEpochs(), loss));
            }
        }
        return state;
    }

    private RunState fineTune(RunState state, long phaseSteps) throws IOException {
        Map<String, Parameter> params = net.trainable(false);
        try (AdamW optimizer = new AdamW(manager, config.weightDecay())) {
            if (state.epochsDone() > 0) {
                files.loadOptimizer(state.checkpoint(), optimizer);
            }
            for (int e = state.epochsDone() + 1; e <= config.epochs() && !state.stoppedEarly(); e++) {
                long t0 = System.currentTimeMillis();
                double loss = epoch(false, e, params, optimizer, phaseSteps);
                double f1 = data.validation().isEmpty() ? Double.NaN : validationMicroF1();
                String checkpoint = RunFiles.checkpointName(false, e);
                saveCheckpoint(checkpoint, optimizer);
                state = state.afterEpoch(f1, config.patience(), checkpoint);
                if (!data.validation().isEmpty() && state.improvedAt(e)) {
                    files.copy(checkpoint, RunFiles.BEST);
                }
                long millis = System.currentTimeMillis() - t0;
                commit(state, checkpoint, metricsLine("finetune", e, loss, f1, millis));
                listener.onEpoch(new EpochMetrics(e, loss, f1, millis));
            }
        }
        return state;
    }

    private double epoch(boolean pretraining, int epoch, Map<String, Parameter> params, AdamW optimizer,
            long phaseSteps) {
        long salt = (pretraining ? 0 : 1_000_000L) + epoch;
        Random random = new Random(config.seed() * 1_000_003L + salt);
        DjlRuntime.seed(config.seed() * 31 + salt); // dropout repeats when an epoch is resumed
        List<int[]> rows = pretraining ? data.corpus() : data.train();
        List<int[]> labels = data.trainLabels();
        List<Float> weights = data.trainWeights();
        if (!pretraining && data.augmenter() != null) {
            Augmenter.Epoch drawn = data.augmenter().epoch(config.augment(), new Random(random.nextLong()));
            rows = drawn.rows();
            labels = drawn.labels();
            weights = drawn.weights();
        }
        int epochs = pretraining ? config.mlmEpochs() : config.epochs();
        String phase = pretraining ? "pre-training (MLM)" : "fine-tuning";
        double sum = 0;
        int n = 0;
        for (int[] batch : ReportBatches.shuffled(rows, config.batchSize(), random)) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("training cancelled in " + phase + " epoch " + epoch
                        + "; the last checkpoint is kept for resuming");
            }
            double lr = learningRate(optimizer.steps() + 1, phaseSteps);
            float loss;
            try (NDManager scope = manager.newSubManager()) {
                try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                    NDArray l = pretraining ? mlmLoss(scope, batch, random)
                            : labelLoss(scope, batch, rows, labels, weights);
                    collector.backward(l);
                    loss = l.getFloat();
                }
                // the heads may learn faster than the encoder (headLearningRate), on the same schedule
                double headLr = lr * config.headLearningRateFactor();
                optimizer.step(params, name -> name.startsWith(StudentNet.HEADS) ? headLr : lr);
            }
            sum += loss;
            n++;
            globalStep++;
            sessionSteps++;
            progress(epoch, epochs, loss, String.format("%s epoch %d/%d, batch %d", phase, epoch, epochs, n));
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private int fineTuneRows() {
        int n = data.train().size();
        return data.augmenter() == null ? n : Augmenter.rowsPerEpoch(n, config.augment());
    }

    private NDArray labelLoss(NDManager scope, int[] batch, List<int[]> epochRows, List<int[]> epochLabels,
            List<Float> epochWeights) {
        List<int[]> rows = new ArrayList<>();
        long[] targets = new long[batch.length * findings];
        float[] rowWeights = new float[batch.length];
        for (int b = 0; b < batch.length; b++) {
            rows.add(epochRows.get(batch[b]));
            rowWeights[b] = epochWeights == null ? 1f : epochWeights.get(batch[b]);
            int[] row = epochLabels.get(batch[b]);
            for (int f = 0; f < findings; f++) {
                targets[b * findings + f] = row[f];
            }
        }
        NDArray logProbabilities = net.forward(ps, ReportBatches.inputs(scope, rows), true)
                .singletonOrThrow().logSoftmax(-1);
        NDArray weighted = scope.create(targets, new Shape(batch.length, findings))
                .oneHot(FindingHeads.CLASSES)
                .mul(scope.create(classWeights, new Shape(findings, FindingHeads.CLASSES)))
                .mul(scope.create(rowWeights, new Shape(batch.length, 1, 1)));
        return logProbabilities.mul(weighted).sum().neg().div(weighted.sum());
    }

    private NDArray mlmLoss(NDManager scope, int[] batch, Random random) {
        List<int[]> rows = new ArrayList<>();
        for (int i : batch) {
            rows.add(data.corpus().get(i));
        }
        MlmMasker.Masked masked = MlmMasker.mask(rows, vocabSize, random);
        NDList inputs = ReportBatches.inputs(scope, masked.rows());
        NDArray hidden = net.encode(ps, inputs, true);
        // gather the masked positions' hidden states (an embedding lookup is a differentiable gather)
        NDArray flat = hidden.reshape(-1, hidden.getShape().get(2));
        NDArray selected = Embedding.embedding(scope.create(masked.positions()), flat, SparseFormat.DENSE)
                .singletonOrThrow();
        NDArray logProbabilities = net.mlmLogits(ps, selected, true).logSoftmax(-1);
        NDArray targets = scope.create(masked.targets()).oneHot(vocabSize);
        return logProbabilities.mul(targets).sum().neg().div(masked.targets().length);
    }

    private double validationMicroF1() {
        float[][][] p = StudentPredictor.probabilities(net, manager, data.validation(), PREDICT_BATCH);
        List<int[]> predicted = new ArrayList<>();
        for (float[][] row : p) {
            predicted.add(StudentPredictor.argmax(row));
        }
        return MicroF1.of(data.validationLabels(), predicted);
    }

    /** Linear warm-up over the first 5 % of the phase's steps, then linear decay to zero. */
    private double learningRate(long step, long phaseSteps) {
        long warmup = Math.max(1, Math.round(phaseSteps * WARMUP_FRACTION));
        if (step <= warmup) {
            return config.learningRate() * step / warmup;
        }
        return config.learningRate() * Math.max(0.0, (double) (phaseSteps - step + 1) / (phaseSteps - warmup + 1));
    }

    private void saveCheckpoint(String checkpoint, AdamW optimizer) throws IOException {
        files.saveParameters(checkpoint, net);
        files.saveOptimizer(checkpoint, optimizer);
    }

    /** state.json is the commit point: only after it names the new checkpoint is the old one removed. */
    private void commit(RunState state, String checkpoint, Map<String, Object> metrics) throws IOException {
        files.writeJson(RunFiles.STATE, state);
        files.pruneCheckpoints(checkpoint);
        files.appendMetrics(metrics);
    }

    private static Map<String, Object> metricsLine(String phase, int epoch, double loss, double f1, long millis) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phase", phase);
        m.put("epoch", epoch);
        m.put("trainLoss", loss);
        m.put("validationMicroF1", Double.isNaN(f1) ? null : f1);
        m.put("millis", millis);
        return m;
    }

    private void progress(int epoch, int epochs, double loss, String message) {
        Duration eta = Duration.ZERO;
        if (sessionSteps > 0) {
            double perStep = (System.nanoTime() - startNanos) / (double) sessionSteps;
            eta = Duration.ofNanos((long) (perStep * Math.max(0, totalSteps - globalStep)));
        }
        listener.onProgress(new TrainingProgress(epoch, epochs, globalStep, totalSteps, loss, message, eta));
    }
}
