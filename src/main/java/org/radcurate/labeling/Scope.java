package org.radcurate.labeling;

import org.radcurate.domain.MentionState;

/**
 * NegEx-style scope on tokens. A pre-trigger ("no", "possible") reaches forward, a post-trigger
 * ("is not seen", "cannot be excluded") backward, each to the end of its clause (a terminator such
 * as "but" or ";", or a pseudo-trigger) and at most a window of words. So "no effusion,
 * pneumothorax or consolidation" negates all three, and "no pneumothorax but small effusion"
 * only the first. When a pre- and a post-trigger both reach a mention, the nearer one decides.
 */
final class Scope {
    static final int PRE_WINDOW = 12;
    static final int POST_WINDOW = 12;

    /** The state of a mention and the cue that set it (-1: none). */
    record Result(MentionState state, int cue) {}

    private static final Result PLAIN = new Result(MentionState.POSITIVE, -1);

    private Scope() {}

    private static final java.util.Set<String> LIST_JOINERS = java.util.Set.of(",", "and", "or", "nor", "/", "&");
    private static final java.util.Set<String> NOT_MODIFIERS = java.util.Set.of("the", "a", "an", "is", "are", "was",
            "were", "there", "has", "have", "with", "without", "in", "of", "at", "to", "from");

    /**
     * The state of the mention at tokens [mentionStart, mentionEnd). {@code others} are the spans
     * [start, end) of the sentence's mentions in text order (or null): a post-trigger reaches back
     * past another mention only when the two are joined as a list ("effusion and pneumothorax have
     * resolved"), not across a clause ("the heart is enlarged and the effusion has resolved").
     */
    static Result resolve(Tokens t, Cues cues, int mentionStart, int mentionEnd, int[][] others) {
        int pre = -1;
        int preDistance = Integer.MAX_VALUE;
        for (int c = cues.size - 1; c >= 0; c--) {
            if (cues.end[c] > mentionStart) {
                continue;
            }
            CueType type = cues.type[c];
            if (type == CueType.TERMINATOR || type == CueType.TERMINATOR_PRE || type == CueType.PSEUDO) {
                break;
            }
            if (type.scopesForward()) {
                int d = words(t, cues.end[c], mentionStart);
                if (d <= PRE_WINDOW) {
                    pre = negationGoverning(t, cues, c);
                    preDistance = d;
                }
                break;
            }
        }
        int post = -1;
        int postDistance = Integer.MAX_VALUE;
        for (int c = 0; c < cues.size; c++) {
            if (cues.start[c] < mentionEnd) {
                continue;
            }
            CueType type = cues.type[c];
            if (type == CueType.TERMINATOR || type == CueType.PSEUDO || type == CueType.NEGATION_PRE) {
                break;
            }
            if (type.scopesBackward()) {
                int d = words(t, mentionEnd, cues.start[c]);
                if (d <= POST_WINDOW && listReaches(t, mentionEnd, cues.start[c], others)) {
                    post = c;
                    postDistance = d;
                }
                break;
            }
        }
        int chosen;
        if (pre < 0 && post < 0) {
            int alternative = alternatives(t, cues, mentionStart, mentionEnd, others);
            return alternative < 0 ? PLAIN : new Result(MentionState.UNCERTAIN, alternative);
        } else if (pre < 0) {
            chosen = post;
        } else if (post < 0) {
            chosen = pre;
        } else if (preDistance != postDistance) {
            chosen = preDistance < postDistance ? pre : post;
        } else {
            chosen = cues.type[pre].negates() ? pre : post;
        }
        MentionState state = cues.type[chosen].negates() ? MentionState.NEGATIVE : MentionState.UNCERTAIN;
        return new Result(state, chosen);
    }

    /**
     * A hedge right after a negation is inside it: "no findings to suggest pneumonia", "no definite
     * pneumonia". Returns the negation's index then, else the hedge's own.
     */
    private static int negationGoverning(Tokens t, Cues cues, int hedge) {
        if (!cues.type[hedge].hedges() || hedge == 0 || cues.type[hedge - 1] != CueType.NEGATION_PRE) {
            return hedge;
        }
        int gapStart = cues.end[hedge - 1];
        int gapEnd = cues.start[hedge];
        for (int i = gapStart; i < gapEnd; i++) {
            if (!t.isWord(i)) {
                return hedge;
            }
        }
        return gapEnd - gapStart <= 3 ? hedge - 1 : hedge;
    }

    /** At most this many words between a mention and the word that makes it one of two alternatives. */
    static final int ALTERNATIVE_GAP = 4;

    /**
     * The alternatives trigger that makes the mention one of two ("atelectasis or pneumonia",
     * "effusion versus pleural thickening", "pneumonia is favored over atelectasis"), or -1: the
     * mention and another mention stand on either side of it, each at most {@link #ALTERNATIVE_GAP}
     * words away with no punctuation or other trigger between. So "small or moderate effusion" and
     * "effusion on the right or left" are not alternatives, and a finding after a comma ("infection
     * versus bronchitis, with basilar atelectasis") is outside them.
     */
    private static int alternatives(Tokens t, Cues cues, int mentionStart, int mentionEnd, int[][] others) {
        if (others == null) {
            return -1;
        }
        for (int c = 0; c < cues.size; c++) {
            if (cues.type[c] != CueType.UNCERTAINTY_ALTERNATIVES) {
                continue;
            }
            if (cues.start[c] >= mentionEnd && plainGap(t, cues, mentionEnd, cues.start[c])
                    && mentionWithin(t, cues, others, cues.end[c], true)) {
                return c;
            }
            if (cues.end[c] <= mentionStart && plainGap(t, cues, cues.end[c], mentionStart)
                    && mentionWithin(t, cues, others, cues.start[c], false)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether tokens [from, to) are at most ALTERNATIVE_GAP words, with no punctuation and no trigger. */
    private static boolean plainGap(Tokens t, Cues cues, int from, int to) {
        if (to - from > ALTERNATIVE_GAP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!t.isWord(i)) {
                return false;
            }
        }
        for (int c = 0; c < cues.size; c++) {
            if (cues.start[c] < to && cues.end[c] > from) {
                return false;
            }
        }
        return true;
    }

    /** Whether some mention begins (ahead) or ends (behind) a plain gap away from token {@code at}. */
    private static boolean mentionWithin(Tokens t, Cues cues, int[][] others, int at, boolean ahead) {
        for (int[] o : others) {
            if (ahead ? o[0] >= at && plainGap(t, cues, at, o[0]) : o[1] <= at && plainGap(t, cues, o[1], at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every mention between {@code from} and the trigger is joined to the one before it as a list. */
    private static boolean listReaches(Tokens t, int from, int cueStart, int[][] others) {
        if (others == null) {
            return true;
        }
        int cur = from;
        for (int[] o : others) {
            if (o[0] < cur) {
                continue;
            }
            if (o[0] >= cueStart) {
                break;
            }
            int modifiers = 0;
            boolean joined = false;
            for (int i = cur; i < o[0]; i++) {
                if (LIST_JOINERS.contains(t.norm[i])) {
                    joined = true;
                } else if (NOT_MODIFIERS.contains(t.norm[i]) || ++modifiers > 2) {
                    return false;
                }
            }
            if (!joined && o[0] > cur) {
                return false;
            }
            cur = Math.max(cur, o[1]);
        }
        return true;
    }

    /** Words (not punctuation) in tokens [from, to). */
    static int words(Tokens t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (t.isWord(i)) {
                n++;
            }
        }
        return n;
    }
}
