package org.radcurate.labeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Schema;

/**
 * Real-world wording (wording-cases.psv): hard-wrapped lines, alternatives, uncertainty cues, the
 * CheXpert vocabulary, No Finding and sections. Every case names the exact state and the evidence
 * that decided it (its rule and the mention's words in the text).
 */
class WordingCasesTest {
    record Case(int line, String construction, Schema schema, String finding, MentionState expected, String rule,
            String mention, String text) {}

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }

    static List<Case> cases() throws IOException {
        return CaseFiles.rows("wording-cases.psv", 7).stream().map(r -> new Case(r.line(), r.fields()[0],
                r.schema(), r.fields()[2], MentionState.valueOf(r.fields()[3]), r.fields()[4],
                unescape(r.fields()[5]), unescape(r.fields()[6]))).toList();
    }

    static Label labelOf(Case c) {
        return CaseFiles.label(c.schema(), c.line(), c.text(), c.finding());
    }

    @Test
    void everyCaseGetsItsStateAndEvidence() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Case c : cases()) {
            Label l = labelOf(c);
            String rule = l.evidence().isEmpty() ? "-" : l.evidence().get(0).rule();
            String mention = l.evidence().isEmpty() ? "-"
                    : c.text().substring(l.evidence().get(0).mentionStart(), l.evidence().get(0).mentionEnd());
            boolean noEvidenceExpected = c.rule().equals("-");
            if (l.state() != c.expected() || !rule.equals(c.rule()) || !mention.equals(c.mention())
                    || (noEvidenceExpected && !l.evidence().isEmpty())) {
                failures.add("line " + c.line() + " [" + c.construction() + "] " + c.finding() + ": expected " + c.expected()
                        + " " + c.rule() + " '" + c.mention() + "', got " + l.state() + " " + rule + " '" + mention
                        + "' " + l.evidence().stream().map(Evidence::rule).toList() + " in: " + c.text());
            }
            for (Evidence e : l.evidence()) {
                EvidenceChecks.assertInside(c.text(), e);
            }
        }
        assertEquals(List.of(), failures, failures.size() + " cases failed:\n" + String.join("\n", failures));
    }

    @Test
    void theTableCoversEveryWordingOfTheIssue() throws IOException {
        Set<String> constructions = new TreeSet<>();
        cases().forEach(c -> constructions.add(c.construction()));
        assertEquals(Set.of("line-break", "alternatives", "uncertainty-cue", "vocabulary", "no-finding", "section"),
                constructions);
        assertTrue(cases().size() >= 80, "only " + cases().size() + " cases");
    }
}
