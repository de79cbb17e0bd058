package org.radcurate.labeling;

import java.util.ArrayList;
import java.util.List;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;

/** Walks the sentences a labeler reads, tokenizing each once and finding its triggers. */
final class SentenceReader {
    private final PhraseTrie<CueType> cueTrie;
    private final boolean impressionOnly;

    SentenceReader(PhraseTrie<CueType> cueTrie, boolean impressionOnly) {
        this.cueTrie = cueTrie;
        this.impressionOnly = impressionOnly;
    }

    /** One sentence: its offsets in the report text, its tokens and its triggers. */
    record Sentence(String text, int start, int end, Tokens tokens, Cues cues) {
        /** Evidence for tokens [mStart, mEnd) with cue {@code cue} (-1: none). */
        Evidence evidence(int mStart, int mEnd, int cue, String rule) {
            int cs = cue < 0 ? -1 : tokens.start[cues.start[cue]];
            int ce = cue < 0 ? -1 : tokens.end[cues.end[cue] - 1];
            return new Evidence(start, end, tokens.start[mStart], tokens.end[mEnd - 1], cs, ce, clean(rule));
        }

        Evidence evidence(int mStart, int mEnd, int cueStart, int cueEnd, String rule) {
            return new Evidence(start, end, tokens.start[mStart], tokens.end[mEnd - 1],
                    tokens.start[cueStart], tokens.end[cueEnd - 1], clean(rule));
        }

        String words(int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (i > from && tokens.isWord(i) && !Cues.joins(tokens.norm[i - 1])) {
                    b.append(' ');
                }
                b.append(tokens.norm[i]);
            }
            return b.toString();
        }

        /** The rule name for a mention given its scope result. */
        String rule(Scope.Result r, String plain) {
            if (r.cue() < 0) {
                return plain;
            }
            return cues.type[r.cue()].rule + ":" + cues.phrase[r.cue()];
        }

        static boolean positive(Scope.Result r) {
            return r.state() == MentionState.POSITIVE;
        }

        private static String clean(String rule) {
            return rule.replace(';', ' ').replace('|', ' ');
        }
    }

    interface Visitor {
        void visit(Sentence s);
    }

    /** The same sentence with this reader's triggers. */
    Sentence rescan(Sentence s) {
        return new Sentence(s.text(), s.start(), s.end(), s.tokens(), Cues.scan(cueTrie, s.tokens()));
    }

    void read(Report report, Visitor visitor) {
        String text = report.text();
        List<int[]> spans = new ArrayList<>();
        for (int[] region : Sentences.regions(report, impressionOnly)) {
            Sentences.split(text, region[0], region[1], spans);
        }
        for (int[] s : spans) {
            Tokens t = Tokens.of(text, s[0], s[1]);
            if (t.size == 0) {
                continue;
            }
            visitor.visit(new Sentence(text, s[0], s[1], t, Cues.scan(cueTrie, t)));
        }
    }
}
