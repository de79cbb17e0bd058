package org.radcurate.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pretrained BERT's WordPiece tokenizer, written to give exactly the ids of Hugging Face's: from
 * vocab.txt, those of transformers' slow {@code BertTokenizer}; from tokenizer.json ({@link
 * TokenizerJson}), those of the Rust tokenizers library (both checked by HuggingFaceTokenizerParityTest
 * on bert-base-uncased's vocabulary). Special tokens written in the text ([CLS], [MASK]...) are cut out
 * first and keep their ids, as both do; the rest goes through the {@link WordSplitter}, then greedy
 * longest-match-first word pieces with the continuation prefix ("##"); a word longer than
 * {@code maxWordChars} code points, or one that cannot be spelt, is [UNK].
 */
final class BertTokenizer implements Tokenizer {

    /**
     * How a vocabulary is applied.
     *
     * @param unsplit texts kept whole where they occur in the input (the special and added tokens)
     */
    record Rules(WordSplitter splitter, String unk, String cls, String sep, String prefix, int maxWordChars,
            List<String> unsplit) {
        /** The five special tokens of a BERT vocabulary. */
        static final List<String> BERT_SPECIALS = WordPieceTokenizer.SPECIALS;

        /** transformers' {@code BertTokenizer} over vocab.txt. */
        static Rules python(boolean lowerCase, boolean stripAccents) {
            return new Rules(WordSplitter.python(lowerCase, stripAccents), WordPieceTokenizer.UNK,
                    WordPieceTokenizer.CLS, WordPieceTokenizer.SEP, "##", 100, BERT_SPECIALS);
        }
    }

    private final List<String> pieces;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Rules rules;
    private final List<String> unsplit;
    private final int cls;
    private final int sep;
    private final int unk;
    private final Map<String, int[]> wordCache = new ConcurrentHashMap<>();

    BertTokenizer(List<String> pieces, Rules rules, String source) {
        this.pieces = List.copyOf(pieces);
        for (int i = 0; i < this.pieces.size(); i++) {
            ids.putIfAbsent(this.pieces.get(i), i);
        }
        this.rules = rules;
        this.cls = require(rules.cls(), source);
        this.sep = require(rules.sep(), source);
        this.unk = require(rules.unk(), source);
        if (require(WordPieceTokenizer.PAD, source) != 0) {
            throw new IllegalArgumentException(source + ": [PAD] must be the first piece (id 0), as in BERT's vocab.txt");
        }
        // longest first, so that of two tokens starting at the same place the longer wins
        List<String> kept = new ArrayList<>(rules.unsplit().stream().filter(ids::containsKey).toList());
        kept.sort((a, b) -> b.length() - a.length());
        this.unsplit = List.copyOf(kept);
    }

    /** vocab.txt, read as transformers' {@code BertTokenizer} reads it. */
    static BertTokenizer load(Path vocabFile, boolean lowerCase, boolean stripAccents) throws IOException {
        return new BertTokenizer(readVocab(vocabFile), Rules.python(lowerCase, stripAccents), vocabFile.toString());
    }

    /** The lines of vocab.txt; a trailing newline is not a piece, every other line is, even an empty one. */
    static List<String> readVocab(Path vocabFile) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(vocabFile, StandardCharsets.UTF_8));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private int require(String special, String source) {
        Integer id = ids.get(special);
        if (id == null) {
            throw new IllegalArgumentException(source + " has no " + special + " piece; a BERT vocabulary needs "
                    + "[PAD], [UNK], [CLS] and [SEP]");
        }
        return id;
    }

    @Override
    public int[] encode(String text, int maxTokens) {
        int[] out = new int[maxTokens];
        int n = 0;
        out[n++] = cls;
        for (int[] word : wordIds(text == null ? "" : text)) {
            for (int id : word) {
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

    /** The pieces of each word, special tokens in the text included, in order. */
    private List<int[]> wordIds(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            String special = unsplitAt(text, i);
            if (special == null) {
                i++;
                continue;
            }
            words(text.substring(start, i), out);
            out.add(new int[] {ids.get(special)});
            i += special.length();
            start = i;
        }
        words(text.substring(start), out);
        return out;
    }

    private void words(String chunk, List<int[]> out) {
        if (chunk.isEmpty()) {
            return;
        }
        for (String word : rules.splitter().words(chunk)) {
            out.add(wordCache.computeIfAbsent(word,
                    w -> WordPieceTokenizer.greedyPieces(ids, w, unk, rules.prefix(), rules.maxWordChars())));
        }
    }

    private String unsplitAt(String text, int i) {
        for (String s : unsplit) {
            if (text.startsWith(s, i)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public int size() {
        return pieces.size();
    }

    @Override
    public String piece(int id) {
        return pieces.get(id);
    }

    List<String> pieces() {
        return pieces;
    }

    @Override
    public int clsId() {
        return cls;
    }

    @Override
    public int sepId() {
        return sep;
    }
}
