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

    ConceptExtractor(Map<String, Set<String>> codeToPhrases, SentenceReader reader) {
        codeToPhrases.forEach((code, list) -> list.forEach(p -> phrases.add(p, code)));
        this.reader = reader;
    }

    /** The bundled concept map with the bundled triggers. */
    public static ConceptExtractor bundled(LabelerOptions options) throws IOException {
        RuleBook book = RuleSources.bundled();
        return new ConceptExtractor(book.concepts, new SentenceReader(RuleLabeler.cueTrie(book), options.impressionOnly()));
    }

    public ConceptSet extract(Report report) {
        Map<String, Concept> byCode = new LinkedHashMap<>();
        reader.read(report, s -> extract(s, byCode));
        return new ConceptSet(report.id(), new ArrayList<>(byCode.values()));
    }

    /** Adds the sentence's positive concepts, keeping the first mention of each code. */
    void extract(SentenceReader.Sentence s, Map<String, Concept> byCode) {
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
        for (int k = 0; k < all.length; k++) {
            Scope.Result r = Scope.resolve(t, s.cues(), all[k][0], all[k][1], all);
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
