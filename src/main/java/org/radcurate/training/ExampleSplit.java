package org.radcurate.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** The sample and the train / validation split drawn with the run's seed. */
record ExampleSplit(List<TrainingExample> train, List<TrainingExample> validation) {

    static ExampleSplit of(List<TrainingExample> examples, TrainingConfig config) {
        List<TrainingExample> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(config.seed()));
        if (config.maxSamples() > 0 && config.maxSamples() < shuffled.size()) {
            shuffled = shuffled.subList(0, config.maxSamples());
        }
        int n = shuffled.size();
        int validation = config.validationFraction() > 0 && n >= 2
                ? (int) Math.max(1, Math.min(n - 1, Math.round(n * config.validationFraction())))
                : 0;
        return new ExampleSplit(List.copyOf(shuffled.subList(validation, n)),
                List.copyOf(shuffled.subList(0, validation)));
    }

    /** A hash of everything the run learns from, so a checkpoint is resumed only on the same data. */
    String fingerprint(List<String> findingNames, List<String> corpus) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, String.join("\u0001", findingNames));
            for (List<TrainingExample> part : List.of(train, validation)) {
                update(sha, "\u0002" + part.size());
                for (TrainingExample e : part) {
                    update(sha, e.reportId() + "\u0001" + e.text() + "\u0001" + e.states());
                }
            }
            update(sha, "\u0003" + corpus.size());
            for (String text : corpus) {
                update(sha, text);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
