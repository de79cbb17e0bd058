package org.radcurate.training;

import java.util.Locale;
import java.util.Map;

/**
 * Every hyperparameter of a student run. Start from {@link #preset(String)} and change single values
 * with the {@code with...} methods (one per CLI flag).
 *
 * @param preset the preset this config started from ("quick-cpu", "gpu-default" or "custom")
 * @param layers encoder blocks
 * @param width model width (embedding and hidden size)
 * @param heads attention heads; must divide {@code width}
 * @param ffn hidden size of each block's feed-forward layer
 * @param maxTokens word pieces per report, [CLS] and [SEP] included; longer reports are truncated
 * @param vocabSize word-piece vocabulary size, special tokens and single characters included
 * @param learningRate peak AdamW learning rate (linear warm-up, then linear decay to zero)
 * @param weightDecay decoupled AdamW weight decay (not applied to biases, norms and embeddings)
 * @param batchSize reports per optimiser step
 * @param epochs maximum fine-tuning epochs
 * @param patience stop after this many epochs without a better validation micro-F1 (0 = never)
 * @param dropout dropout rate in the encoder and before the heads
 * @param mlmEpochs masked-language-model pre-training epochs over the corpus before fine-tuning
 * @param seed seeds the sample, the split, the initial weights, shuffling, masking and dropout
 * @param validationFraction share of the examples held out for early stopping (0 = none)
 * @param maxSamples use at most this many examples, drawn with the seed (0 = all)
 * @param classWeights weight the loss per finding and class by inverse square-root frequency
 * @param positions how the encoder knows word order: {@value #LEARNED} position embeddings, or
 *     {@value #ALIBI} (attention biased towards near words, a strong prior for small data)
 * @param augment extra training reports per epoch, as a multiple of the training set: each joins
 *     the sentences of two training reports in random order, labelled by merging theirs (positive
 *     over uncertain over negative over absent); with augment above 0 the original reports' sentences
 *     are also shuffled half of the time. 0 = off
 * @param init a pretrained BERT-family encoder's folder to start from (config.json, model.safetensors,
 *     vocab.txt), or "" for the workspace's own encoder trained from scratch; with it layers, width,
 *     heads, ffn and vocabSize come from the folder and [CLS] feeds the heads, as in CheXbert
 * @param target {@value #STATES} (four classes per finding) or {@value #PRESENT} (the study's
 *     multiple-choice target: present or not; negated and uncertain count as not present)
 * @param stages 1: one run on the merged labels (gold overriding the teacher); 2: CheXbert's two
 *     stages, the teacher's labels first, then a fine-tuning run on the gold alone
 * @param teacherWeight loss weight of a report labelled by the teacher
 * @param goldWeight loss weight of a report labelled by the gold
 */
public record TrainingConfig(
        String preset,
        int layers,
        int width,
        int heads,
        int ffn,
        int maxTokens,
        int vocabSize,
        double learningRate,
        double weightDecay,
        int batchSize,
        int epochs,
        int patience,
        double dropout,
        int mlmEpochs,
        long seed,
        double validationFraction,
        int maxSamples,
        boolean classWeights,
        String positions,
        double augment,
        String init,
        String target,
        int stages,
        double teacherWeight,
        double goldWeight) {

    public static final String QUICK_CPU = "quick-cpu";
    public static final String GPU_DEFAULT = "gpu-default";
    /** Learned absolute position embeddings added to the token embeddings. */
    public static final String LEARNED = "learned";
    /** No position embeddings; attention scores fall off linearly with distance (ALiBi). */
    public static final String ALIBI = "alibi";
    public static final String PRETRAINED = "pretrained";
    /** Four classes per finding: absent, positive, negative, uncertain. */
    public static final String STATES = "states";
    /** Present or not per finding (the study's multiple-choice answer). */
    public static final String PRESENT = "present";
    /**
     * What a config saved before a field existed meant by its absence: the model it trained. A stored
     * run resumed with today's preset would otherwise get today's defaults and start over.
     */
    public static final Map<String, String> LEGACY_VALUES = Map.of("positions", LEARNED, "augment", "0",
            "init", "", "target", STATES, "stages", "1", "teacherWeight", "1", "goldWeight", "1");

    public TrainingConfig {
        preset = preset == null || preset.isBlank() ? "custom" : preset;
        require(layers >= 1, "layers must be at least 1");
        require(width >= 8 && heads >= 1 && width % heads == 0, "width must be a multiple of heads");
        require(ffn >= 1, "ffn must be positive");
        require(maxTokens >= 4, "maxTokens must be at least 4");
        require(vocabSize >= 64, "vocabSize must be at least 64");
        require(learningRate > 0 && learningRate < 1, "learningRate must be in (0, 1)");
        require(weightDecay >= 0, "weightDecay must not be negative");
        require(batchSize >= 1, "batchSize must be positive");
        require(epochs >= 1, "epochs must be at least 1");
        require(patience >= 0, "patience must not be negative");
        require(dropout >= 0 && dropout < 1, "dropout must be in [0, 1)");
        require(mlmEpochs >= 0, "mlmEpochs must not be negative");
        require(validationFraction >= 0 && validationFraction < 1, "validationFraction must be in [0, 1)");
        require(maxSamples >= 0, "maxSamples must not be negative");
        // configs saved before these fields existed read them as null / 0: the old behaviour
        positions = positions == null || positions.isBlank() ? LEARNED : positions.strip().toLowerCase(Locale.ROOT);
        require(LEARNED.equals(positions) || ALIBI.equals(positions),
                "positions must be " + LEARNED + " or " + ALIBI);
        require(augment >= 0 && augment <= 20, "augment must be in [0, 20]");
        init = init == null ? "" : init.strip();
        target = target == null || target.isBlank() ? STATES : target.strip().toLowerCase(Locale.ROOT);
        require(STATES.equals(target) || PRESENT.equals(target), "target must be " + STATES + " or " + PRESENT);
        stages = stages == 0 ? 1 : stages;
        require(stages == 1 || stages == 2, "stages must be 1 or 2");
        if (teacherWeight == 0 && goldWeight == 0) {
            // a config saved before the weights existed; both 0 would train nothing anyway
            teacherWeight = 1;
            goldWeight = 1;
        }
        require(teacherWeight >= 0 && goldWeight >= 0, "teacherWeight and goldWeight must not be negative");
        require(init.isEmpty() || mlmEpochs == 0,
                "mlmEpochs must be 0 with init: a pretrained encoder is already pre-trained");
    }

    /** "quick-cpu" (a small model that trains 2,000 reports in minutes on 2 cores) or "gpu-default". */
    public static TrainingConfig preset(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case QUICK_CPU:
                return new TrainingConfig(QUICK_CPU, 2, 128, 4, 256, 128, 3000,
                        1e-3, 0.01, 32, 30, 8, 0.1, 1, 42, 0.1, 0, true, ALIBI, 1, "", STATES, 1, 1, 1);
            case GPU_DEFAULT:
                return new TrainingConfig(GPU_DEFAULT, 4, 256, 8, 1024, 256, 8000,
                        5e-4, 0.01, 64, 40, 10, 0.1, 5, 42, 0.1, 0, true, ALIBI, 2, "", STATES, 1, 1, 1);
            case PRETRAINED:
                // BERT-style fine-tuning: a small rate (MiniLM's authors go up to 1e-4 for its small width),
                // warm-up, few epochs, no augmentation; the encoder's
                // size comes from the folder, so layers/width/heads/ffn/vocabSize here are placeholders
                return new TrainingConfig(PRETRAINED, 2, 128, 4, 256, 128, 3000,
                        1e-4, 0.01, 16, 6, 3, 0.1, 0, 42, 0.1, 0, true, LEARNED, 0, "", STATES, 1, 1, 1);
            default:
                throw new IllegalArgumentException(
                        "unknown preset '" + name + "'; choose " + QUICK_CPU + ", " + GPU_DEFAULT + " or "
                                + PRETRAINED);
        }
    }

    /** Whether a checkpoint written under {@code other} can be resumed under this config. */
    public boolean resumableFrom(TrainingConfig other) {
        // epochs and patience only decide when to stop, so a cancelled run may be resumed with more
        return other != null && withEpochs(1).withPatience(0).withPreset("")
                .equals(other.withEpochs(1).withPatience(0).withPreset(""));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public TrainingConfig withPreset(String v) {
        return new TrainingConfig(v, layers, width, heads, ffn, maxTokens, vocabSize, learningRate, weightDecay,
                batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withLayers(int v) {
        return new TrainingConfig(preset, v, width, heads, ffn, maxTokens, vocabSize, learningRate, weightDecay,
                batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withWidth(int v) {
        return new TrainingConfig(preset, layers, v, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction,
                maxSamples, classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withHeads(int v) {
        return new TrainingConfig(preset, layers, width, v, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction,
                maxSamples, classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withFfn(int v) {
        return new TrainingConfig(preset, layers, width, heads, v, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction,
                maxSamples, classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withMaxTokens(int v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, v, vocabSize, learningRate, weightDecay,
                batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withVocabSize(int v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, v, learningRate, weightDecay,
                batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withLearningRate(double v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, v, weightDecay,
                batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withWeightDecay(double v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate, v,
                batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withBatchSize(int v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, v, epochs, patience, dropout, mlmEpochs, seed, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withEpochs(int v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, v, patience, dropout, mlmEpochs, seed, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withPatience(int v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, v, dropout, mlmEpochs, seed, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withDropout(double v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, v, mlmEpochs, seed, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withMlmEpochs(int v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, v, seed, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withSeed(long v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, v, validationFraction, maxSamples,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withValidationFraction(double v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, v, maxSamples, classWeights,
                positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withMaxSamples(int v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction, v,
                classWeights, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withClassWeights(boolean v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction,
                maxSamples, v, positions, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withPositions(String v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction,
                maxSamples, classWeights, v, augment, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withAugment(double v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction,
                maxSamples, classWeights, positions, v, init, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withInit(String v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction,
                maxSamples, classWeights, positions, augment, v, target, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withTarget(String v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction,
                maxSamples, classWeights, positions, augment, init, v, stages, teacherWeight, goldWeight);
    }

    public TrainingConfig withStages(int v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction,
                maxSamples, classWeights, positions, augment, init, target, v, teacherWeight, goldWeight);
    }

    public TrainingConfig withTeacherWeight(double v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction,
                maxSamples, classWeights, positions, augment, init, target, stages, v, goldWeight);
    }

    public TrainingConfig withGoldWeight(double v) {
        return new TrainingConfig(preset, layers, width, heads, ffn, maxTokens, vocabSize, learningRate,
                weightDecay, batchSize, epochs, patience, dropout, mlmEpochs, seed, validationFraction,
                maxSamples, classWeights, positions, augment, init, target, stages, teacherWeight, v);
    }
}
