package org.radcurate.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pretrained BERT's tokenizer from its vocab.txt, written to give exactly the ids of Hugging Face's
 * {@code BertTokenizer} (checked by BertParityTest): basic tokenisation (drop control characters, map
 * white space to spaces, space out CJK ideographs, NFC, split on white space, lower-case and strip
 * accents when the model is uncased, split off every punctuation mark), then greedy longest-match-first
 * word pieces with "##" continuations; a word longer than 100 characters or one that cannot be spelt
 * is [UNK].
 */
final class BertTokenizer implements Tokenizer {

    private final List<String> pieces;
    private final Map<String, Integer> ids = new HashMap<>();
    private final boolean lowerCase;
    private final boolean stripAccents;
    private final int cls;
    private final int sep;
    private final int unk;
    private final Map<String, int[]> wordCache = new ConcurrentHashMap<>();

    /**
     * @param lowerCase the model is uncased ({@code do_lower_case})
     * @param stripAccents whether accents are stripped; Hugging Face strips them when lower-casing
     *     unless {@code strip_accents} is false
     */
    BertTokenizer(List<String> pieces, boolean lowerCase, boolean stripAccents, String source) {
        this.pieces = List.copyOf(pieces);
        for (int i = 0; i < this.pieces.size(); i++) {
            ids.putIfAbsent(this.pieces.get(i), i);
        }
        this.lowerCase = lowerCase;
        this.stripAccents = stripAccents;
        this.cls = require(WordPieceTokenizer.CLS, source);
        this.sep = require(WordPieceTokenizer.SEP, source);
        this.unk = require(WordPieceTokenizer.UNK, source);
        if (require(WordPieceTokenizer.PAD, source) != 0) {
            throw new IllegalArgumentException(source + ": [PAD] must be the first line (id 0), as in BERT's vocab.txt");
        }
    }

    static BertTokenizer load(Path vocabFile, boolean lowerCase, boolean stripAccents) throws IOException {
        List<String> lines = Files.readAllLines(vocabFile, StandardCharsets.UTF_8);
        // a trailing newline is not a piece; every other line is, even an empty one
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return new BertTokenizer(lines, lowerCase, stripAccents, vocabFile.toString());
    }

    private int require(String special, String source) {
        Integer id = ids.get(special);
        if (id == null) {
            throw new IllegalArgumentException(source + " has no " + special + " line; a BERT vocab.txt needs "
                    + "[PAD], [UNK], [CLS] and [SEP]");
        }
        return id;
    }

    @Override
    public int[] encode(String text, int maxTokens) {
        int[] out = new int[maxTokens];
        int n = 0;
        out[n++] = cls;
        for (String word : words(text)) {
            for (int id : wordCache.computeIfAbsent(word, this::split)) {
                if (n == maxTokens - 1) {
                    out[n++] = sep;
                    return out;
                }
                out[n++] = id;
            }
        }
        out[n++] = sep;
        return Arrays.copyOf(out, n);
    }

    @Override
    public int size() {
        return pieces.size();
    }

    @Override
    public String piece(int id) {
        return pieces.get(id);
    }

    @Override
    public int clsId() {
        return cls;
    }

    @Override
    public int sepId() {
        return sep;
    }

    private int[] split(String word) {
        return WordPieceTokenizer.greedyPieces(ids, word, unk);
    }

    /** Hugging Face's BasicTokenizer. */
    List<String> words(String text) {
        StringBuilder clean = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xfffd || isControl(cp)) {
                return;
            }
            if (isWhitespace(cp)) {
                clean.append(' ');
            } else if (isCjk(cp)) {
                clean.append(' ').appendCodePoint(cp).append(' ');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        String normalised = Normalizer.normalize(clean, Normalizer.Form.NFC);
        List<String> out = new ArrayList<>();
        for (String token : normalised.strip().split(" +")) {
            if (token.isEmpty()) {
                continue;
            }
            if (lowerCase) {
                token = token.toLowerCase(Locale.ROOT);
            }
            if (stripAccents) {
                token = Normalizer.normalize(token, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
            }
            splitPunctuation(token, out);
        }
        return out;
    }

    private static void splitPunctuation(String token, List<String> out) {
        StringBuilder word = new StringBuilder();
        token.codePoints().forEach(cp -> {
            if (isPunctuation(cp)) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                out.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (word.length() > 0) {
            out.add(word.toString());
        }
    }

    private static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int t = Character.getType(cp);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                || t == Character.PRIVATE_USE || t == Character.SURROGATE;
    }

    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B820 && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
