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
                    // the source decides the loss weight; a teacher-only run hashes as before
                    String source = TrainingExample.TEACHER.equals(e.source()) ? "" : "\u0001" + e.source();
                    update(sha, e.reportId() + "\u0001" + e.text() + "\u0001" + e.states() + source);
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

    /** SHA-256 of a file, e.g. the model a second stage starts from. */
    static String fileHash(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                sha.update(buffer, 0, n);
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
