package org.radcurate.training;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Map;

/**
 * Every hyperparameter of a student run. Start from {@link #preset(String)} and change single values
 * with the {@code with...} methods (for the fields code changes; any field by name through the service's
 * parameters, {@code train --set NAME=VALUE}). A config saved before a field existed reads it as null or
 * 0, which the constructor maps to what such a run did.
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
 * @param pooling how the heads read the token states: {@value #ATTENTION} (a learned query per finding
 *     over the tokens, label-wise attention), {@value #CLS} (the [CLS] vector, CheXbert) or {@value #MEAN}
 *     (the mean of the tokens, as sentence models pool); blank: attention from scratch, [CLS] with init
 * @param headLearningRateFactor the heads' peak rate as a multiple of {@code learningRate}: freshly drawn
 *     heads on a pretrained encoder learn little at the encoder's small rate
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
        double goldWeight,
        String pooling,
        double headLearningRateFactor) {

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
    /** Heads pooling: label-wise attention, [CLS], or the mean over the tokens. */
    public static final String ATTENTION = "attention";
    public static final String CLS = "cls";
    public static final String MEAN = "mean";
    /**
     * What a config saved before a field existed meant by its absence: the model it trained. A stored
     * run resumed with today's preset would otherwise get today's defaults and start over.
     */
    public static final Map<String, String> LEGACY_VALUES = Map.of("positions", LEARNED, "augment", "0",
            "init", "", "target", STATES, "stages", "1", "teacherWeight", "1", "goldWeight", "1", "pooling", "",
            "headLearningRateFactor", "1");

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
        pooling = pooling == null || pooling.isBlank() ? (init.isEmpty() ? ATTENTION : CLS)
                : pooling.strip().toLowerCase(Locale.ROOT);
        require(ATTENTION.equals(pooling) || CLS.equals(pooling) || MEAN.equals(pooling),
                "pooling must be " + ATTENTION + ", " + CLS + " or " + MEAN);
        headLearningRateFactor = headLearningRateFactor == 0 ? 1 : headLearningRateFactor;
        require(headLearningRateFactor > 0 && learningRate * headLearningRateFactor < 1,
                "headLearningRateFactor must be positive and keep the heads' rate below 1");
        require(init.isEmpty() || mlmEpochs == 0,
                "mlmEpochs must be 0 with init: a pretrained encoder is already pre-trained");
    }

    /** "quick-cpu" (a small model that trains 2,000 reports in minutes on 2 cores) or "gpu-default". */
    public static TrainingConfig preset(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case QUICK_CPU:
                return new TrainingConfig(QUICK_CPU, 2, 128, 4, 256, 128, 3000,
                        1e-3, 0.01, 32, 30, 8, 0.1, 1, 42, 0.1, 0, true, ALIBI, 1, "", STATES, 1, 1, 1, ATTENTION, 1);
            case GPU_DEFAULT:
                return new TrainingConfig(GPU_DEFAULT, 4, 256, 8, 1024, 256, 8000,
                        5e-4, 0.01, 64, 40, 10, 0.1, 5, 42, 0.1, 0, true, ALIBI, 2, "", STATES, 1, 1, 1, ATTENTION, 1);
            case PRETRAINED:
                // BERT-style fine-tuning (ADR 0027): the encoder at 1e-4 with warm-up, label-wise attention heads
                // at ten times that, 256 word pieces (128 cut the impression of 1 IU report in 20); the encoder's
                // size comes from the folder, so layers/width/heads/ffn/vocabSize here are placeholders
                return new TrainingConfig(PRETRAINED, 2, 128, 4, 256, 256, 3000, 1e-4, 0.01, 16, 8, 3, 0.1, 0, 42,
                        0.1, 0, true, LEARNED, 0, "", STATES, 1, 1, 1, ATTENTION, 10);
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

    /** This config with one field changed, by its record component's name (the with... methods below). */
    private TrainingConfig with(String field, Object value) {
        RecordComponent[] fields = TrainingConfig.class.getRecordComponents();
        Object[] values = new Object[fields.length];
        Class<?>[] types = new Class<?>[fields.length];
        try {
            for (int i = 0; i < fields.length; i++) {
                types[i] = fields[i].getType();
                values[i] = fields[i].getName().equals(field) ? value : fields[i].getAccessor().invoke(this);
            }
            return TrainingConfig.class.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            // the compact constructor's check failed: the caller sees its IllegalArgumentException
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy the training config", e);
        }
    }

    public TrainingConfig withPreset(String v) {
        return with("preset", v);
    }

    public TrainingConfig withWidth(int v) {
        return with("width", v);
    }

    public TrainingConfig withHeads(int v) {
        return with("heads", v);
    }

    public TrainingConfig withMaxTokens(int v) {
        return with("maxTokens", v);
    }

    public TrainingConfig withLearningRate(double v) {
        return with("learningRate", v);
    }

    public TrainingConfig withBatchSize(int v) {
        return with("batchSize", v);
    }

    public TrainingConfig withEpochs(int v) {
        return with("epochs", v);
    }

    public TrainingConfig withPatience(int v) {
        return with("patience", v);
    }

    public TrainingConfig withDropout(double v) {
        return with("dropout", v);
    }

    public TrainingConfig withMlmEpochs(int v) {
        return with("mlmEpochs", v);
    }

    public TrainingConfig withSeed(long v) {
        return with("seed", v);
    }

    public TrainingConfig withValidationFraction(double v) {
        return with("validationFraction", v);
    }

    public TrainingConfig withMaxSamples(int v) {
        return with("maxSamples", v);
    }

    public TrainingConfig withPositions(String v) {
        return with("positions", v);
    }

    public TrainingConfig withAugment(double v) {
        return with("augment", v);
    }

    public TrainingConfig withInit(String v) {
        return with("init", v);
    }

    public TrainingConfig withTarget(String v) {
        return with("target", v);
    }

    public TrainingConfig withStages(int v) {
        return with("stages", v);
    }

    public TrainingConfig withPooling(String v) {
        return with("pooling", v);
    }

    public TrainingConfig withHeadLearningRateFactor(double v) {
        return with("headLearningRateFactor", v);
    }
}
