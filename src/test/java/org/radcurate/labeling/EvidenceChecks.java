package org.radcurate.labeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.radcurate.domain.Evidence;

/** Shared assertion: evidence offsets are exact, ordered spans of the stored text. */
final class EvidenceChecks {
    private EvidenceChecks() {}

    static void assertInside(String text, Evidence e) {
        assertTrue(0 <= e.sentenceStart() && e.sentenceStart() < e.sentenceEnd() && e.sentenceEnd() <= text.length(), e.toString());
        assertTrue(e.sentenceStart() <= e.mentionStart() && e.mentionStart() < e.mentionEnd()
                && e.mentionEnd() <= e.sentenceEnd(), "mention outside its sentence: " + e);
        String sentence = text.substring(e.sentenceStart(), e.sentenceEnd());
        String mention = text.substring(e.mentionStart(), e.mentionEnd());
        assertEquals(mention.strip(), mention, "mention span has stray spaces: " + e);
        assertTrue(sentence.contains(mention), e.toString());
        if (e.hasCue()) {
            assertTrue(e.sentenceStart() <= e.cueStart() && e.cueStart() < e.cueEnd() && e.cueEnd() <= e.sentenceEnd(),
                    "cue outside its sentence: " + e);
            String cue = text.substring(e.cueStart(), e.cueEnd());
            assertEquals(cue.strip(), cue, "cue span has stray spaces: " + e);
        } else {
            assertEquals(-1, e.cueEnd(), e.toString());
        }
        assertTrue(!e.rule().isBlank(), "evidence without a rule: " + e);
    }
}
