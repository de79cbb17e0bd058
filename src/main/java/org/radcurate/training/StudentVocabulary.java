package org.radcurate.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The tokenizer and (when a run starts from one) the pretrained encoder of a model folder. A fresh
 * run learns word pieces from the corpus, keeps a pretrained encoder's tokenizer (vocab.txt, and
 * tokenizer.json when that is what was read; {@link BertTokenizerFiles#keep}) and writes its encoder.json, or takes both from the folder it continues (the second of two stages); a resumed or
 * reloaded model reads what the folder holds, so it never needs the original encoder folder again.
 */
final class StudentVocabulary {
    static final String ENCODER = "encoder.json";

    private StudentVocabulary() {}

    /** Writes vocab.txt (and tokenizer.json, encoder.json) for a fresh run; returns the encoder's spec or null. */
    static BertSpec start(RunFiles files, TrainingConfig config, List<String> corpus, Path warmStart)
            throws IOException {
        if (warmStart != null) {
            copy(warmStart.resolve(RunFiles.VOCAB), files.path(RunFiles.VOCAB));
            if (Files.isRegularFile(warmStart.resolve(RunFiles.TOKENIZER))) {
                copy(warmStart.resolve(RunFiles.TOKENIZER), files.path(RunFiles.TOKENIZER));
            }
            if (Files.isRegularFile(warmStart.resolve(ENCODER))) {
                copy(warmStart.resolve(ENCODER), files.path(ENCODER));
                return files.readJson(ENCODER, BertSpec.class);
            }
            return null;
        }
        if (!config.init().isEmpty()) {
            BertFolder folder = BertFolder.open(Path.of(config.init()));
            BertTokenizerFiles.keep(folder, files); // open() checked the tokenizer against config.json
            files.writeJson(ENCODER, folder.spec());
            return folder.spec();
        }
        WordPieceTrainer.train(corpus, config.vocabSize()).save(files.path(RunFiles.VOCAB));
        return null;
    }

    /** The spec saved in a model folder, or null for a student trained from scratch. */
    static BertSpec spec(RunFiles files) throws IOException {
        return files.exists(ENCODER) ? files.readJson(ENCODER, BertSpec.class) : null;
    }

    static Tokenizer tokenizer(RunFiles files, BertSpec spec) throws IOException {
        return spec == null ? WordPieceTokenizer.load(files.path(RunFiles.VOCAB))
                : BertTokenizerFiles.reload(files, spec);
    }

    /** The pretrained weights a fresh run starts from. */
    static void loadPretrained(StudentNet net, TrainingConfig config) throws IOException {
        BertFolder folder = BertFolder.open(Path.of(config.init()));
        net.loadPretrained(folder.weights(), Path.of(config.init()).resolve(BertFolder.WEIGHTS).toString());
    }

    /** What the data fingerprint adds for the encoder: its hash, so other weights in the same folder restart. */
    static String identity(TrainingConfig config) throws IOException {
        return config.init().isEmpty() ? "" : BertFolder.open(Path.of(config.init())).spec().sha256();
    }

    private static void copy(Path from, Path to) throws IOException {
        Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
        Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
