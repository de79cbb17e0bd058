package org.radcurate.ui.train;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The words and number formats of the Train screen, in one place. */
final class TrainText {
    private TrainText() {}

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("layers", "encoder blocks"),
            Map.entry("width", "hidden size"),
            Map.entry("heads", "attention heads (must divide width)"),
            Map.entry("ffn", "feed-forward size"),
            Map.entry("maxTokens", "word pieces per report, [CLS]/[SEP] included"),
            Map.entry("vocabSize", "word-piece vocabulary size"),
            Map.entry("learningRate", "peak AdamW learning rate"),
            Map.entry("weightDecay", "decoupled weight decay"),
            Map.entry("batchSize", "reports per step"),
            Map.entry("epochs", "most fine-tuning epochs"),
            Map.entry("patience", "epochs without a better validation F1 before stopping (0 = never)"),
            Map.entry("dropout", "dropout rate"),
            Map.entry("mlmEpochs", "masked-language-model pre-training epochs"),
            Map.entry("seed", "seeds the sample, split, weights and order"),
            Map.entry("validationFraction", "share held out for early stopping"),
            Map.entry("maxSamples", "sample count from the teacher (0 = all)"),
            Map.entry("classWeights", "weight rare classes up in the loss"),
            Map.entry("positions", "word order: learned embeddings, or alibi (near words count more)"),
            Map.entry("augment", "extra mixed reports per epoch, as a multiple of the training set (0 = off)"));
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    static String meaning(String parameter) {
        return MEANINGS.getOrDefault(parameter, "");
    }

    static String split(String key) {
        return switch (key) {
            case "all" -> "All reports";
            case "train" -> "Train split";
            case "dev" -> "Dev split";
            case "test" -> "Test split";
            default -> key;
        };
    }

    /** "m:ss", or "h:mm:ss" from an hour on. */
    static String duration(long seconds) {
        return org.radcurate.ui.common.Eta.format(seconds);
    }

    /** "step 12 of 80 · ETA 0:35". */
    static String step(long step, long total, java.time.Duration eta) {
        String s = String.format(Locale.ROOT, "step %,d of %,d", step, total);
        return eta == null ? s : s + " · ETA " + duration(eta.toSeconds());
    }

    static String f1(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    static String created(Instant at) {
        return at == null ? "" : CREATED.format(at);
    }

    /** The device line: "CPU — no CUDA runtime found (...)" from "cpu: no CUDA runtime found (...)". */
    static String device(String device) {
        if (device == null || device.isBlank()) {
            return "Finding the device…";
        }
        int colon = device.indexOf(": ");
        String why = colon < 0 ? "" : device.substring(colon + 2);
        return "Trains on the " + where(device) + (why.isEmpty() ? "" : " — " + why);
    }

    /** "CPU" or "GPU 0" from "cpu: ..." or "gpu(0): ...". */
    static String where(String device) {
        String w = device == null ? "" : device.split(":", 2)[0].strip();
        return w.startsWith("gpu") ? ("GPU " + w.substring(3).replaceAll("[()]", "")).strip()
                : w.isEmpty() ? "device" : w.toUpperCase(Locale.ROOT);
    }

    static String status(org.radcurate.domain.RunStatus status) {
        return status.name().charAt(0) + status.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
