package org.radcurate.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which tokenizer file of a pretrained encoder's folder is read, and the checks that keep its ids
 * those of Hugging Face: tokenizer.json wins over vocab.txt (it is what transformers' AutoTokenizer
 * and sentence-transformers use by default), and then vocab.txt must list the same pieces in the same
 * order and tokenizer_config.json must not contradict its normalizer (transformers' BertTokenizerFast
 * would follow tokenizer_config.json, the tokenizers library tokenizer.json). From vocab.txt, the
 * settings transformers' BertTokenizer reads from tokenizer_config.json are applied or, where
 * RadCurate does not reproduce them, refused by field.
 */
final class BertTokenizerFiles {
    static final String ADDED_TOKENS = "added_tokens.json";
    private static final Map<String, String> SPECIAL_FIELDS = Map.of("unk_token", WordPieceTokenizer.UNK,
            "cls_token", WordPieceTokenizer.CLS, "sep_token", WordPieceTokenizer.SEP,
            "pad_token", WordPieceTokenizer.PAD, "mask_token", WordPieceTokenizer.MASK);

    private BertTokenizerFiles() {}

    static TokenizerJson.Read fromJson(Path dir, JsonNode tokenizerConfig) throws IOException {
        Path file = dir.resolve(TokenizerJson.FILE);
        TokenizerJson.Read read = TokenizerJson.read(file);
        Path tc = dir.resolve(BertFolder.TOKENIZER_CONFIG);
        JsonNode lower = tokenizerConfig.path("do_lower_case");
        if (lower.isBoolean() && lower.asBoolean() != read.lowerCase()) {
            throw new IOException(tc + ": do_lower_case is " + lower.asBoolean() + " but the normalizer of " + file
                    + (read.lowerCase() ? " lower-cases" : " does not lower-case")
                    + "; transformers would follow the one, the tokenizers library the other: make them agree");
        }
        JsonNode strip = tokenizerConfig.path("strip_accents");
        if (strip.isBoolean() && strip.asBoolean() != read.stripAccents()) {
            throw new IOException(tc + ": strip_accents is " + strip.asBoolean() + " but the normalizer of " + file
                    + (read.stripAccents() ? " strips accents" : " keeps accents") + "; make them agree");
        }
        Path vocab = dir.resolve(BertFolder.VOCAB);
        if (Files.isRegularFile(vocab)) {
            List<String> lines = BertTokenizer.readVocab(vocab);
            List<String> pieces = read.tokenizer().pieces();
            for (int i = 0; i < Math.max(lines.size(), pieces.size()); i++) {
                String a = i < lines.size() ? lines.get(i) : null;
                String b = i < pieces.size() ? pieces.get(i) : null;
                if (a == null || !a.equals(b)) {
                    throw new IOException(vocab + " and " + file + " disagree at id " + i + " (line " + (i + 1) + "): "
                            + show(a) + " in " + BertFolder.VOCAB + ", " + show(b) + " in " + TokenizerJson.FILE
                            + "; " + TokenizerJson.FILE + " would be read, remove the stale file");
                }
            }
        }
        return read;
    }

    static TokenizerJson.Read fromVocab(Path dir, JsonNode tc) throws IOException {
        Path tcFile = dir.resolve(BertFolder.TOKENIZER_CONFIG);
        if (Files.isRegularFile(dir.resolve(ADDED_TOKENS))) {
            throw new IOException(dir.resolve(ADDED_TOKENS) + ": added tokens beside vocab.txt are not read; save the "
                    + "tokenizer as tokenizer.json (tokenizer.save_pretrained with a fast tokenizer) instead");
        }
        if (!tc.path("do_basic_tokenize").asBoolean(true) || !tc.path("tokenize_chinese_chars").asBoolean(true)) {
            throw new IOException(tcFile + ": do_basic_tokenize and tokenize_chinese_chars must be true (BERT's "
                    + "basic tokenizer is the only one RadCurate reproduces)");
        }
        if (tc.path("never_split").size() > 0) {
            throw new IOException(tcFile + ": never_split is not read; leave it null");
        }
        for (Map.Entry<String, String> e : SPECIAL_FIELDS.entrySet()) {
            JsonNode v = tc.path(e.getKey());
            String name = v.isObject() ? v.path("content").asText() : v.asText(e.getValue());
            if (!v.isMissingNode() && !v.isNull() && !e.getValue().equals(name)) {
                throw new IOException(tcFile + ": " + e.getKey() + " is " + name + "; RadCurate reads BERT's special "
                        + "tokens ([PAD], [UNK], [CLS], [SEP], [MASK]) only");
            }
        }
        for (Map.Entry<String, JsonNode> e : tc.path("added_tokens_decoder").properties()) {
            String content = e.getValue().path("content").asText();
            if (!WordPieceTokenizer.SPECIALS.contains(content)) {
                throw new IOException(tcFile + ": added_tokens_decoder." + e.getKey() + " (" + content + ") is not one "
                        + "of BERT's special tokens; added tokens are read from tokenizer.json only");
            }
        }
        boolean lower = tc.path("do_lower_case").asBoolean(true);
        JsonNode strip = tc.path("strip_accents");
        boolean stripAccents = strip.isBoolean() ? strip.asBoolean() : lower;
        try {
            return new TokenizerJson.Read(BertTokenizer.load(dir.resolve(BertFolder.VOCAB), lower, stripAccents),
                    lower, stripAccents);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Keeps the tokenizer in a model folder so predict and resume never need the source folder:
     * vocab.txt always (copied, or written from tokenizer.json's vocabulary), and tokenizer.json too
     * when that is what was read.
     */
    static void keep(BertFolder folder, RunFiles files) throws IOException {
        if (folder.tokenizerFile().getFileName().toString().equals(TokenizerJson.FILE)) {
            files.writeLines(RunFiles.VOCAB, folder.tokenizer().pieces());
            files.copyIn(folder.tokenizerFile(), RunFiles.TOKENIZER);
        } else {
            files.copyIn(folder.tokenizerFile(), RunFiles.VOCAB);
        }
    }

    /** A model folder's tokenizer: its tokenizer.json when it kept one, else vocab.txt with encoder.json's flags. */
    static Tokenizer reload(RunFiles files, BertSpec spec) throws IOException {
        if (files.exists(RunFiles.TOKENIZER)) {
            return TokenizerJson.read(files.path(RunFiles.TOKENIZER)).tokenizer();
        }
        return BertTokenizer.load(files.path(RunFiles.VOCAB), spec.lowerCase(), spec.stripAccents());
    }

    private static String show(String piece) {
        return piece == null ? "nothing" : "\"" + piece + "\"";
    }
}
