package org.radcurate.labeling;

import java.util.ArrayList;
import java.util.List;

/**
 * The trigger phrases found in one sentence, left to right. The longest trigger at a token wins
 * and hides the shorter ones inside it, which is how "no change" (pseudo) beats "no" and
 * "cannot be excluded" (uncertain) beats "excluded".
 */
final class Cues {
    final CueType[] type;
    final int[] start;
    final int[] end;
    final String[] phrase;
    final int size;

    private Cues(CueType[] type, int[] start, int[] end, String[] phrase, int size) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.phrase = phrase;
        this.size = size;
    }

    static Cues scan(PhraseTrie<CueType> trie, Tokens t) {
        List<CueType> found = new ArrayList<>(2);
        CueType[] type = new CueType[8];
        int[] start = new int[8];
        int[] end = new int[8];
        int n = 0;
        int i = 0;
        while (i < t.size) {
            found.clear();
            int e = trie.longest(t, i, t.size, found);
            if (e < 0) {
                i++;
                continue;
            }
            if (n == type.length) {
                type = java.util.Arrays.copyOf(type, n * 2);
                start = java.util.Arrays.copyOf(start, n * 2);
                end = java.util.Arrays.copyOf(end, n * 2);
            }
            type[n] = strongest(found);
            start[n] = i;
            end[n] = e;
            n++;
            i = e;
        }
        String[] phrase = new String[n];
        for (int k = 0; k < n; k++) {
            phrase[k] = join(t, start[k], end[k]);
        }
        return new Cues(type, start, end, phrase, n);
    }

    /** A phrase listed under two kinds counts once, the most cautious kind first. */
    private static CueType strongest(List<CueType> types) {
        CueType best = types.get(0);
        for (CueType c : types) {
            if (c.ordinal() > best.ordinal()) {
                best = c;
            }
        }
        return best;
    }

    private static String join(Tokens t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && t.isWord(i) && !joins(t.norm[i - 1])) {
                b.append(' ');
            }
            b.append(t.norm[i]);
        }
        return b.toString();
    }

    /** "and/or", "pleural-based": no space after a slash or hyphen inside a phrase. */
    static boolean joins(String token) {
        return token.equals("/") || token.equals("-");
    }
}
