package org.radcurate.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * BERT-style word-piece tokenizer over a vocabulary learnt from the workspace corpus by
 * {@link WordPieceTrainer}. Words are lower-cased, accent-stripped runs of letters and digits; each
 * punctuation mark is a word of its own. A word is split greedily into the longest known pieces;
 * continuation pieces carry a "##" prefix. The vocabulary file is BERT's vocab.txt: one piece a line,
 * the line number is the id.
 */
public final class WordPieceTokenizer implements Tokenizer {
    public static final String PAD = "[PAD]";
    public static final String UNK = "[UNK]";
    public static final String CLS = "[CLS]";
    public static final String SEP = "[SEP]";
    public static final String MASK = "[MASK]";
    public static final List<String> SPECIALS = List.of(PAD, UNK, CLS, SEP, MASK);
    public static final int PAD_ID = 0;
    public static final int UNK_ID = 1;
    public static final int CLS_ID = 2;
    public static final int SEP_ID = 3;
    public static final int MASK_ID = 4;
    private static final int MAX_WORD_CHARS = 100;

    private final List<String> pieces;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, int[]> wordCache = new ConcurrentHashMap<>();

    public WordPieceTokenizer(List<String> pieces) {
        if (pieces.size() < SPECIALS.size() || !pieces.subList(0, SPECIALS.size()).equals(SPECIALS)) {
            throw new IllegalArgumentException("a vocabulary starts with " + SPECIALS);
        }
        this.pieces = List.copyOf(pieces);
        for (int i = 0; i < this.pieces.size(); i++) {
            if (ids.putIfAbsent(this.pieces.get(i), i) != null) {
                throw new IllegalArgumentException("the vocabulary repeats " + this.pieces.get(i));
            }
        }
    }

    public static WordPieceTokenizer load(Path vocabFile) throws IOException {
        return new WordPieceTokenizer(Files.readAllLines(vocabFile, StandardCharsets.UTF_8));
    }

    public void save(Path vocabFile) throws IOException {
        Files.write(vocabFile, pieces, StandardCharsets.UTF_8);
    }

    @Override
    public int clsId() {
        return CLS_ID;
    }

    @Override
    public int sepId() {
        return SEP_ID;
    }

    @Override
    public int size() {
        return pieces.size();
    }

    public List<String> pieces() {
        return pieces;
    }

    @Override
    public String piece(int id) {
        return pieces.get(id);
    }

    @Override
    public int[] encode(String text, int maxTokens) {
        int[] out = new int[maxTokens];
        int n = 0;
        out[n++] = CLS_ID;
        for (String word : words(text)) {
            for (int id : wordPieces(word)) {
                if (n == maxTokens - 1) {
                    out[n++] = SEP_ID;
                    return out;
                }
                out[n++] = id;
            }
        }
        out[n++] = SEP_ID;
        return java.util.Arrays.copyOf(out, n);
    }

    /** The pieces of a text as strings, for display and tests. */
    public List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        for (String word : words(text)) {
            for (int id : wordPieces(word)) {
                out.add(pieces.get(id));
            }
        }
        return out;
    }

    private int[] wordPieces(String word) {
        return wordCache.computeIfAbsent(word, this::split);
    }

    private int[] split(String word) {
        return greedyPieces(ids, word, UNK_ID);
    }

    /**
     * WordPiece's greedy longest-match-first split of one word into vocabulary ids ("##" marks a
     * continuation); a word with a piece not in the vocabulary, or longer than 100 characters, is one unknown.
     * Shared with {@link BertTokenizer}, whose vocabularies come from Hugging Face models.
     */
    static int[] greedyPieces(Map<String, Integer> ids, String word, int unk) {
        return greedyPieces(ids, word, unk, "##", MAX_WORD_CHARS);
    }

    /** The same with another continuation prefix and word limit (a tokenizer.json may set them). */
    static int[] greedyPieces(Map<String, Integer> ids, String word, int unk, String prefix, int maxWordChars) {
        if (word.codePointCount(0, word.length()) > maxWordChars) {
            return new int[] {unk};
        }
        List<Integer> out = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (end > start) {
                found = ids.get((start == 0 ? "" : prefix) + word.substring(start, end));
                if (found != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                return new int[] {unk};
            }
            out.add(found);
            start = end;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Lower-cased, accent-stripped words: runs of letters or digits, and single punctuation marks. */
    public static List<String> words(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                int j = i + len;
                while (j < t.length() && Character.isLetterOrDigit(t.codePointAt(j))) {
                    j += Character.charCount(t.codePointAt(j));
                }
                out.add(t.substring(i, j));
                i = j;
            } else {
                if (!Character.isWhitespace(cp) && !Character.isISOControl(cp)) {
                    out.add(t.substring(i, i + len));
                }
                i += len;
            }
        }
        return out;
    }
}
