package org.radcurate.training;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a BERT tokenizer does to a text before word pieces: normalise it and cut it into words.
 * {@link #python} is Hugging Face's slow {@code BertTokenizer} (read from vocab.txt); the pipelines
 * that tokenizer.json describes are built by {@link TokenizerJson}.
 */
interface WordSplitter {
    List<String> words(String text);

    /**
     * transformers' {@code BertTokenizer}: lower-case code point by code point (as its {@code tokenize}
     * does before the basic tokenizer, so no final sigma), drop control characters, map white space to
     * spaces, space out CJK ideographs, NFC, split on white space, strip accents (NFD, drop Mn) when
     * asked, split off every punctuation mark.
     */
    static WordSplitter python(boolean lowerCase, boolean stripAccents) {
        return text -> {
            StringBuilder clean = new StringBuilder();
            text.codePoints().forEach(cp -> {
                if (cp == 0 || cp == 0xfffd || BertChars.isControl(cp)) {
                    return;
                }
                if (BertChars.isPythonWhitespace(cp)) {
                    clean.append(' ');
                } else if (BertChars.isCjk(cp, false)) {
                    clean.append(' ').appendCodePoint(cp).append(' ');
                } else if (lowerCase) {
                    clean.append(lowerEach(new String(Character.toChars(cp))));
                } else {
                    clean.appendCodePoint(cp);
                }
            });
            String normalised = Normalizer.normalize(clean, Normalizer.Form.NFC);
            List<String> out = new ArrayList<>();
            for (String token : splitOn(normalised, BertChars::isPythonSplit)) {
                if (stripAccents) {
                    token = BertChars.stripMarks(Normalizer.normalize(token, Normalizer.Form.NFD));
                }
                isolatePunctuation(token, out);
            }
            out.removeIf(String::isEmpty);
            return out;
        };
    }

    /** Full lower-case mapping of each code point on its own (Rust's and Python's per-character lower()). */
    static String lowerEach(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            }
        });
        return out.toString();
    }

    /** The runs between characters matching {@code sep}, empty runs left out. */
    static List<String> splitOn(String s, java.util.function.IntPredicate sep) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (sep.test(cp)) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /** Appends the runs of {@code token} between punctuation marks and each mark on its own. */
    static void isolatePunctuation(String token, List<String> out) {
        StringBuilder word = new StringBuilder();
        token.codePoints().forEach(cp -> {
            if (BertChars.isPunctuation(cp)) {
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
}
