package org.radcurate.labeling;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radcurate.domain.Concept;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Report;

/**
 * The open-ended answer: every positive (not negated, not hedged) mention of a phrase in the
 * concept map becomes an ICD-10-CM code, with the report's own words and evidence. The longest
 * phrase wins, so "calcified granuloma" is read before "granuloma" and "hiatal hernia" before "hernia".
 */
public final class ConceptExtractor {
    private final PhraseTrie<String> phrases = new PhraseTrie<>();
    private final SentenceReader reader;
    /** The schema's mentions, so that "atelectasis or infection" is read as alternatives; null without a schema. */
    private final Lexicon lexicon;

    ConceptExtractor(Map<String, Set<String>> codeToPhrases, SentenceReader reader) {
        this(codeToPhrases, reader, null);
    }

    ConceptExtractor(Map<String, Set<String>> codeToPhrases, SentenceReader reader, Lexicon lexicon) {
        codeToPhrases.forEach((code, list) -> list.forEach(p -> phrases.add(p, code)));
        this.reader = reader;
        this.lexicon = lexicon;
    }

    /** The bundled concept map with the bundled triggers. */
    public static ConceptExtractor bundled(LabelerOptions options) throws IOException {
        RuleBook book = RuleSources.bundled();
        return new ConceptExtractor(book.concepts, new SentenceReader(RuleLabeler.cueTrie(book), options.impressionOnly()));
    }

    public ConceptSet extract(Report report) {
        Map<String, Concept> byCode = new LinkedHashMap<>();
        reader.read(report, s -> extract(s, byCode,
                lexicon == null ? null : RuleLabeler.spans(lexicon.find(s.tokens(), s.cues()))));
        return new ConceptSet(report.id(), mostSpecific(byCode));
    }

    /**
     * The concepts without those a more specific code of the same category makes redundant: a code
     * that another one extends ("J98.1" beside "J98.11"), or an unspecified code (".9": "S22.9XXA",
     * "J18.9") beside a specified one of its category ("S22.39XA", "J18.1"). First-mention order kept.
     */
    static List<Concept> mostSpecific(Map<String, Concept> byCode) {
        List<Concept> out = new ArrayList<>(byCode.size());
        for (Concept c : byCode.values()) {
            boolean redundant = false;
            for (String other : byCode.keySet()) {
                if (!other.equals(c.code()) && moreSpecific(other, c.code())) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether code {@code a} is more specific than {@code b} within b's three-character category. */
    static boolean moreSpecific(String a, String b) {
        if (a.length() < 3 || b.length() < 3 || !a.regionMatches(0, b, 0, 3)) {
            return false;
        }
        if (a.length() > b.length() && a.startsWith(b)) {
            return true;
        }
        return unspecified(b) && !unspecified(a);
    }

    /** "J18.9", "S22.9XXA", "J93.9": the category's unspecified code. */
    private static boolean unspecified(String code) {
        return code.length() > 4 && code.charAt(3) == '.' && code.charAt(4) == '9';
    }

    /**
     * Adds the sentence's positive concepts, keeping the first mention of each code. {@code mentions}
     * are the spans of the schema's mentions in the sentence (or null), read with the concept phrases
     * for lists and alternatives.
     */
    void extract(SentenceReader.Sentence s, Map<String, Concept> byCode, int[][] mentions) {
        Tokens t = s.tokens();
        List<int[]> spans = new ArrayList<>();
        List<List<String>> codes = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            List<String> found = new ArrayList<>(1);
            int e = phrases.longest(t, i, t.size, found);
            if (e < 0) {
                i++;
                continue;
            }
            spans.add(new int[] {i, e});
            codes.add(found);
            i = e;
        }
        int[][] all = spans.toArray(new int[0][]);
        int[][] others = all;
        if (mentions != null && mentions.length > 0 && all.length > 0) {
            others = java.util.Arrays.copyOf(all, all.length + mentions.length);
            System.arraycopy(mentions, 0, others, all.length, mentions.length);
            java.util.Arrays.sort(others, (a, b) -> a[0] != b[0] ? a[0] - b[0] : a[1] - b[1]);
        }
        for (int k = 0; k < all.length; k++) {
            Scope.Result r = Scope.resolve(t, s.cues(), all[k][0], all[k][1], others);
            if (!SentenceReader.Sentence.positive(r)) {
                continue;
            }
            for (String code : codes.get(k)) {
                if (!byCode.containsKey(code)) {
                    String phrase = s.text().substring(t.start[all[k][0]], t.end[all[k][1] - 1]);
                    byCode.put(code, new Concept(code, phrase, s.evidence(all[k][0], all[k][1], -1, "concept")));
                }
            }
        }
    }

    int phraseCount() {
        return phrases.size();
    }
}
