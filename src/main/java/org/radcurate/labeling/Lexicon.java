package org.radcurate.labeling;

import java.util.ArrayList;
import java.util.List;

/**
 * The mention phrases of a schema's findings compiled into one token trie, plus one small trie of
 * descriptors per anatomy compound ("heart size" + "enlarged" / "normal").
 */
final class Lexicon {
    static final int DESCRIPTOR_AHEAD = 12;
    static final int DESCRIPTOR_BEHIND = 4;

    /** What a phrase means for one finding. {@code compound} is -1 for a plain mention. */
    record Key(int finding, int compound, boolean exclusion, boolean hedged) {
        Key(int finding, int compound, boolean exclusion) {
            this(finding, compound, exclusion, false);
        }
    }

    /** PLAIN mention, HEDGED mention (never more than uncertain), anatomy + abnormal or normal descriptor. */
    enum Kind { PLAIN, HEDGED, COMPOUND, NORMAL }

    /**
     * A mention in token offsets: [start, end) is the whole mention, [cueStart, cueEnd) the
     * descriptor of a compound (-1 for a plain mention); [scopeStart, scopeEnd) is where triggers are
     * looked for around it.
     */
    record Mention(int finding, Kind kind, int start, int end, int cueStart, int cueEnd, int scopeStart, int scopeEnd) {}

    private final PhraseTrie<Key> trie = new PhraseTrie<>();
    private final List<PhraseTrie<Boolean>> descriptors = new ArrayList<>();
    private final int findings;

    Lexicon(List<RuleBook.Entry> entries) {
        findings = entries.size();
        for (int f = 0; f < entries.size(); f++) {
            RuleBook.Entry e = entries.get(f);
            for (String m : e.mentions) {
                trie.add(m, new Key(f, -1, false));
            }
            for (String h : e.hedged) {
                trie.add(h, new Key(f, -1, false, true));
            }
            for (String x : e.exclusions) {
                trie.add(x, new Key(f, -1, true));
            }
            for (RuleBook.Compound c : e.compounds) {
                int id = descriptors.size();
                PhraseTrie<Boolean> d = new PhraseTrie<>();
                c.abnormal.forEach(p -> d.add(p, Boolean.TRUE));
                c.normal.forEach(p -> d.add(p, Boolean.FALSE));
                descriptors.add(d);
                for (String a : c.anatomy) {
                    trie.add(a, new Key(f, id, false));
                }
            }
        }
    }

    /** Mentions of every finding in one sentence; overlapping mentions of one finding keep the longest. */
    List<Mention> find(Tokens t, Cues cues) {
        List<int[]> candidates = new ArrayList<>();
        List<int[]> exclusions = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            trie.all(t, i, t.size, (s, e, keys) -> {
                for (Key k : keys) {
                    int[] span = {k.finding(), s, e, k.compound(), k.hedged() ? 1 : 0};
                    (k.exclusion() ? exclusions : candidates).add(span);
                }
            });
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        // longest first at each start, so the greedy pass below keeps the longest of overlapping ones
        candidates.sort((a, b) -> a[0] != b[0] ? a[0] - b[0] : a[1] != b[1] ? a[1] - b[1] : b[2] - a[2]);
        List<Mention> out = new ArrayList<>();
        int lastFinding = -1;
        int lastEnd = -1;
        for (int[] c : candidates) {
            if (c[0] == lastFinding && c[1] < lastEnd) {
                continue;
            }
            if (excluded(c, exclusions)) {
                continue;
            }
            Mention m = c[3] < 0 ? new Mention(c[0], c[4] == 1 ? Kind.HEDGED : Kind.PLAIN, c[1], c[2], -1, -1, c[1], c[2])
                    : compound(t, cues, c);
            if (m != null) {
                out.add(m);
                lastFinding = c[0];
                lastEnd = c[2];
            }
        }
        return out;
    }

    private static boolean excluded(int[] c, List<int[]> exclusions) {
        for (int[] x : exclusions) {
            if (x[0] == c[0] && x[1] < c[2] && c[1] < x[2]) {
                return true;
            }
        }
        return false;
    }

    /** An anatomy phrase with the nearest descriptor ahead of or behind it, or null when none is near. */
    private Mention compound(Tokens t, Cues cues, int[] c) {
        PhraseTrie<Boolean> d = descriptors.get(c[3]);
        List<Boolean> found = new ArrayList<>(1);
        int aheadStart = -1;
        int aheadEnd = -1;
        boolean aheadAbnormal = false;
        int limit = Math.min(t.size, c[2] + DESCRIPTOR_AHEAD);
        for (int j = c[2]; j < limit && !breaksClause(cues, j); j++) {
            found.clear();
            int e = d.longest(t, j, t.size, found);
            if (e > 0) {
                aheadStart = j;
                aheadEnd = e;
                aheadAbnormal = found.contains(Boolean.TRUE);
                break;
            }
        }
        int behindStart = -1;
        int behindEnd = -1;
        boolean behindAbnormal = false;
        for (int j = c[1] - 1; j >= Math.max(0, c[1] - DESCRIPTOR_BEHIND); j--) {
            found.clear();
            int e = d.longest(t, j, c[1], found);
            if (e > 0) {
                behindStart = j;
                behindEnd = e;
                behindAbnormal = found.contains(Boolean.TRUE);
                break;
            }
        }
        boolean useAhead = aheadStart >= 0
                && (behindStart < 0 || aheadStart - c[2] <= c[1] - behindEnd);
        if (useAhead) {
            return mention(c, aheadStart, aheadEnd, aheadAbnormal, c[1], aheadEnd, aheadStart, aheadEnd);
        }
        if (behindStart >= 0) {
            return mention(c, behindStart, behindEnd, behindAbnormal, behindStart, c[2], behindStart, c[2]);
        }
        return null;
    }

    private static Mention mention(int[] c, int ds, int de, boolean abnormal, int start, int end, int scopeStart, int scopeEnd) {
        if (abnormal) {
            return new Mention(c[0], Kind.COMPOUND, start, end, ds, de, scopeStart, scopeEnd);
        }
        return new Mention(c[0], Kind.NORMAL, c[1], c[2], ds, de, c[1], c[2]);
    }

    private static boolean breaksClause(Cues cues, int token) {
        for (int k = 0; k < cues.size; k++) {
            if (cues.start[k] == token && cues.type[k] == CueType.TERMINATOR) {
                return true;
            }
        }
        return false;
    }

    int findings() {
        return findings;
    }
}
