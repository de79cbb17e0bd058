package org.radcurate.training;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Trains the built-in student: a word-piece tokenizer learnt from the corpus, optional
 * masked-language-model pre-training, then fine-tuning of the per-finding heads with early stopping
 * on validation micro-F1. Runs on the calling thread; one training at a time per JVM (DJL allows a
 * single gradient collector).
 */
public final class StudentTrainer {
    static final String STAGE_ONE = "stage-1";

    /**
     * Blocking. Checks {@code cancelled} between batches; on cancel keeps nothing beyond the last full
     * epoch's checkpoint and throws {@link java.util.concurrent.CancellationException}. Resumes from
     * {@code modelDir}'s last checkpoint when its config (epochs and patience aside) and data match;
     * otherwise clears the directory's run files and starts over. Writes config.json, vocab.txt,
     * schema.json, state.json, checkpoint files, metrics.jsonl, best.params and the final
     * model.params (the best validation epoch, or the last one without validation).
     *
     * @param findingNames the schema's findings, in the order of every example's states
     * @param pretrainCorpus texts for the tokenizer and MLM pre-training (all reports of the
     *     workspace); the examples' texts are used when it is empty
     */
    public TrainedStudent train(List<String> findingNames, List<TrainingExample> examples, List<String> pretrainCorpus,
            TrainingConfig config, Path modelDir, TrainingListener listener, BooleanSupplier cancelled)
            throws IOException {
        return train(findingNames, TrainingLabels.teacherOnly(examples == null ? List.of() : examples), pretrainCorpus,
                config, modelDir, listener, cancelled);
    }

    /**
     * As above, from a teacher's labels and gold where it exists. With {@code stages} 1 the student learns
     * the merged labels (gold overriding the teacher, {@link TrainingLabels#merged()}); with 2 it first
     * learns the teacher's labels in {@code modelDir/stage-1}, then the gold's alone in {@code modelDir},
     * starting from the first stage's model (CheXbert); the gold reports the second stage validates on are
     * left out of the first (see {@link #withoutGoldValidation}). Each stage resumes on its own, so a run stopped
     * between or during the stages goes on where it stopped. Each stage's folder gets sources.json: the
     * reports and states per source it trained and validated on.
     */
    public TrainedStudent train(List<String> findingNames, TrainingLabels labels, List<String> pretrainCorpus,
            TrainingConfig config, Path modelDir, TrainingListener listener, BooleanSupplier cancelled)
            throws IOException {
        TrainingListener out = listener == null ? TrainingListener.none() : listener;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        Files.createDirectories(modelDir);
        if (config.stages() == 1) {
            check(findingNames, labels.merged());
            return trainStage(findingNames, labels.merged(), labels.overrides(), pretrainCorpus, config, modelDir,
                    null, out, stop);
        }
        check(findingNames, labels.teacher());
        if (labels.gold().isEmpty()) {
            throw new IllegalArgumentException("two stages need gold labels for the second stage; there are none");
        }
        check(findingNames, labels.gold());
        List<TrainingExample> teacher = withoutGoldValidation(labels, config);
        if (teacher.isEmpty()) {
            throw new IllegalArgumentException("the first stage has no teacher reports outside the gold's validation");
        }
        Path first = modelDir.resolve(STAGE_ONE);
        note(out, config, "stage 1 of 2: the teacher's labels of " + teacher.size() + " reports");
        trainStage(findingNames, teacher, 0, pretrainCorpus, config, first, null, out, stop).close();
        note(out, config, "stage 2 of 2: the gold labels of " + labels.gold().size() + " reports");
        return trainStage(findingNames, labels.gold(), 0, pretrainCorpus, config.withMlmEpochs(0), modelDir, first,
                out, stop);
    }

    /**
     * The teacher's examples less the reports the second stage validates on (the same seeded split of the
     * gold): trained on in stage 1, with teacher labels that mostly equal the gold's, they would make the
     * second stage's validation score reports the student has already learnt.
     */
    static List<TrainingExample> withoutGoldValidation(TrainingLabels labels, TrainingConfig config) {
        java.util.Set<String> held = new java.util.HashSet<>();
        ExampleSplit.of(labels.gold(), config).validation().forEach(e -> held.add(e.reportId()));
        return labels.teacher().stream().filter(e -> !held.contains(e.reportId())).toList();
    }

    /** One training run in one folder; {@code warmStart} is a finished model folder to start from, or null. */
    private TrainedStudent trainStage(List<String> findingNames, List<TrainingExample> examples, int overrides,
            List<String> pretrainCorpus, TrainingConfig config, Path modelDir, Path warmStart, TrainingListener out,
            BooleanSupplier stop) throws IOException {
        DjlRuntime.gradientsOff();
        DeviceInfo device = DeviceInfo.detect();
        note(out, config, "device " + device.device() + ": " + device.reason());

        Files.createDirectories(modelDir);
        RunFiles files = new RunFiles(modelDir);
        ExampleSplit split = ExampleSplit.of(examples, config);
        List<String> corpus = corpus(pretrainCorpus, examples);
        String fingerprint = split.fingerprint(findingNames, corpus) + StudentVocabulary.identity(config)
                + (warmStart == null ? "" : ExampleSplit.fileHash(warmStart.resolve(RunFiles.MODEL)));
        String[] whyNot = new String[1];
        RunState state = resumable(files, config, fingerprint, whyNot);
        if (state == null) {
            if (whyNot[0] != null) {
                // a run that cannot be resumed says why before it starts again
                note(out, config, "cannot resume: " + whyNot[0] + "; starting again from scratch");
            }
            files.clearRun();
            note(out, config, warmStart != null ? "continuing from " + warmStart.getFileName()
                    : config.init().isEmpty() ? "building the word-piece vocabulary from " + corpus.size() + " texts"
                    : "starting from the pretrained encoder in " + config.init());
            StudentVocabulary.start(files, config, corpus, warmStart);
            files.writeJson(RunFiles.SCHEMA, new RunFiles.SchemaFile(findingNames));
            state = RunState.fresh(fingerprint);
        } else {
            note(out, config, state.checkpoint() == null ? "restarting" : "resuming from " + state.checkpoint());
        }
        BertSpec spec = StudentVocabulary.spec(files);
        Tokenizer tokenizer = StudentVocabulary.tokenizer(files, spec);
        if (spec != null && config.maxTokens() > spec.maxPositions()) {
            throw new IllegalArgumentException("maxTokens " + config.maxTokens() + " exceeds the encoder's "
                    + spec.maxPositions() + " positions");
        }
        files.writeJson(RunFiles.CONFIG, config);
        files.writeJson(RunFiles.SOURCES, TrainingLabels.counts(split.train(), split.validation(), overrides));

        if (!state.finished(config)) {
            state = fit(files, state, tokenizer, spec, config, findingNames, split, corpus, device, warmStart, out, stop);
        }
        files.copy(files.exists(RunFiles.BEST) ? RunFiles.BEST : state.checkpoint(), RunFiles.MODEL);
        note(out, config, "done after " + state.epochsDone() + " epochs"
                + (state.bestMicroF1() >= 0 ? String.format(
                        "; best validation micro-F1 %.4f at epoch %d", state.bestMicroF1(), state.bestEpoch()) : ""));
        return TrainedStudent.load(modelDir);
    }

    private static RunState fit(RunFiles files, RunState state, Tokenizer tokenizer, BertSpec spec,
            TrainingConfig config, List<String> findingNames, ExampleSplit split, List<String> corpus,
            DeviceInfo device, Path warmStart, TrainingListener listener, BooleanSupplier cancelled)
            throws IOException {
        List<int[]> train = encode(tokenizer, texts(split.train()), config);
        List<int[]> trainLabels = labels(split.train(), config);
        List<Float> trainWeights = split.train().stream().map(e -> (float) (TrainingExample.GOLD.equals(e.source())
                ? config.goldWeight() : config.teacherWeight())).toList();
        TrainingSession.Data data = new TrainingSession.Data(train, trainLabels, trainWeights,
                encode(tokenizer, texts(split.validation()), config), labels(split.validation(), config),
                config.mlmEpochs() > 0 ? encode(tokenizer, corpus, config) : List.of(),
                config.augment() > 0 ? augmenter(tokenizer, train, trainLabels, trainWeights, config) : null);
        try (NDManager manager = NDManager.newBaseManager(DjlRuntime.device(device), DjlRuntime.ENGINE)) {
            StudentNet net = StudentNet.of(config, spec, tokenizer.size(), findingNames.size());
            boolean pretrained = false;
            if (state.checkpoint() != null) {
                files.loadParameters(state.checkpoint(), net, manager);
            } else if (warmStart != null) {
                new RunFiles(warmStart).loadParameters(RunFiles.MODEL, net, manager);
            } else {
                DjlRuntime.seed(config.seed());
                pretrained = spec != null;
            }
            // marks every parameter trainable; only draws weights for a fresh run
            Shape tokens = new Shape(1, config.maxTokens());
            net.initialize(manager, DataType.FLOAT32, tokens, tokens);
            if (pretrained) {
                StudentVocabulary.loadPretrained(net, config);
            }
            TrainingSession session = new TrainingSession(config, net, manager, files, data, tokenizer.size(),
                    findingNames.size(), listener, cancelled);
            return session.run(state);
        }
    }

    /**
     * The saved run's state when it may be resumed under this config and data, else null with the reason
     * in {@code whyNot[0]} (left null when there is no saved run at all).
     */
    static RunState resumable(RunFiles files, TrainingConfig config, String fingerprint, String[] whyNot) {
        boolean any = files.exists(RunFiles.STATE) || files.exists(RunFiles.CONFIG) || files.exists(RunFiles.VOCAB);
        if (!files.exists(RunFiles.STATE) || !files.exists(RunFiles.CONFIG) || !files.exists(RunFiles.VOCAB)) {
            whyNot[0] = any ? "the run folder lacks its saved state (state.json, config.json or vocab.txt)" : null;
            return null;
        }
        try {
            TrainingConfig saved = files.readJson(RunFiles.CONFIG, TrainingConfig.class);
            RunState state = files.readJson(RunFiles.STATE, RunState.class);
            boolean complete = state.checkpoint() == null || (files.exists(state.checkpoint())
                    && files.exists(state.checkpoint() + RunFiles.OPTIMIZER_SUFFIX));
            if (!config.resumableFrom(saved)) {
                whyNot[0] = "its hyperparameters differ from the saved run's (only epochs and patience may change)";
            } else if (!fingerprint.equals(state.fingerprint())) {
                whyNot[0] = "the training reports or their labels differ from the saved run's";
            } else if (!complete) {
                whyNot[0] = "its last checkpoint (" + state.checkpoint() + ") is missing or incomplete";
            } else {
                return state;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            whyNot[0] = "its saved state could not be read (" + e.getMessage() + ")";
            return null;
        }
    }

    private static Augmenter augmenter(Tokenizer tokenizer, List<int[]> rows, List<int[]> labels,
            List<Float> weights, TrainingConfig config) {
        boolean[] digit = new boolean[tokenizer.size()];
        int stop = -1;
        for (int id = 0; id < tokenizer.size(); id++) {
            String piece = tokenizer.piece(id);
            String bare = piece.startsWith("##") ? piece.substring(2) : piece;
            digit[id] = !bare.isEmpty() && Character.isDigit(bare.charAt(0));
            if (".".equals(piece)) {
                stop = id;
            }
        }
        return new Augmenter(rows, labels, weights, stop, digit, config.maxTokens(), tokenizer.clsId(),
                tokenizer.sepId());
    }

    static List<int[]> encode(Tokenizer tokenizer, List<String> texts, TrainingConfig config) {
        List<int[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(tokenizer.encode(t, config.maxTokens()));
        }
        return out;
    }

    private static List<String> texts(List<TrainingExample> examples) {
        return examples.stream().map(TrainingExample::text).toList();
    }

    /** Class indices per finding; the present/not-present target folds negative and uncertain into absent. */
    static List<int[]> labels(List<TrainingExample> examples, TrainingConfig config) {
        boolean present = TrainingConfig.PRESENT.equals(config.target());
        return examples.stream().map(e -> {
            int[] row = LabelCodec.encode(e.states());
            if (present) {
                for (int f = 0; f < row.length; f++) {
                    row[f] = row[f] == LabelCodec.POSITIVE ? LabelCodec.POSITIVE : LabelCodec.ABSENT;
                }
            }
            return row;
        }).toList();
    }

    private static List<String> corpus(List<String> pretrainCorpus, List<TrainingExample> examples) {
        return pretrainCorpus == null || pretrainCorpus.isEmpty() ? texts(examples) : List.copyOf(pretrainCorpus);
    }

    static void check(List<String> findingNames, List<TrainingExample> examples) {
        if (findingNames == null || findingNames.isEmpty()) {
            throw new IllegalArgumentException("no findings to train");
        }
        if (examples == null || examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        for (TrainingExample e : examples) {
            if (e.states().size() != findingNames.size()) {
                throw new IllegalArgumentException("report " + e.reportId() + " has " + e.states().size()
                        + " states for " + findingNames.size() + " findings");
            }
        }
    }

    private static void note(TrainingListener listener, TrainingConfig config, String message) {
        listener.onProgress(new TrainingProgress(0, config.epochs(), 0, 0, Double.NaN, message, Duration.ZERO));
    }
}
