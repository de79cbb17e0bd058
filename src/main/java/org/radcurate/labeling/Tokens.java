package org.radcurate.labeling;

import java.util.Locale;

/**
 * The tokens of one stretch of text: lower-cased words (letters and digits, with inner apostrophes)
 * and single punctuation marks, each with its [start, end) offsets in the original text.
 */
final class Tokens {
    final String[] norm;
    final int[] start;
    final int[] end;
    final int size;

    private Tokens(String[] norm, int[] start, int[] end, int size) {
        this.norm = norm;
        this.start = start;
        this.end = end;
        this.size = size;
    }

    static Tokens of(String text) {
        return of(text, 0, text.length());
    }

    /** Tokenizes text[from, to); offsets stay those of {@code text}. */
    static Tokens of(String text, int from, int to) {
        int cap = Math.max(4, (to - from) / 3);
        String[] norm = new String[cap];
        int[] start = new int[cap];
        int[] end = new int[cap];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            if (Character.isLetterOrDigit(c)) {
                while (j < to && (Character.isLetterOrDigit(text.charAt(j))
                        || (text.charAt(j) == '\'' && j + 1 < to && Character.isLetter(text.charAt(j + 1))))) {
                    j++;
                }
            }
            if (n == norm.length) {
                int grow = n * 2;
                norm = java.util.Arrays.copyOf(norm, grow);
                start = java.util.Arrays.copyOf(start, grow);
                end = java.util.Arrays.copyOf(end, grow);
            }
            norm[n] = normalize(text.substring(i, j));
            start[n] = i;
            end[n] = j;
            n++;
            i = j;
        }
        return new Tokens(norm, start, end, n);
    }

    private static String normalize(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        return lower.replace('\u2019', '\'');
    }

    boolean isWord(int i) {
        return Character.isLetterOrDigit(norm[i].charAt(0));
    }
}
