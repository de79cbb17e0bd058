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

/** The project's table of sentence-level cases (sentence-cases.psv): every construction the labeler must handle. */
class SentenceCasesTest {
    record Case(int line, String construction, Schema schema, String finding, MentionState expected, String text) {}

    static List<Case> cases() throws IOException {
        return CaseFiles.rows("sentence-cases.psv", 5).stream().map(r -> new Case(r.line(), r.fields()[0],
                r.schema(), r.fields()[2], MentionState.valueOf(r.fields()[3]), r.fields()[4].replace("\\n", "\n")))
                .toList();
    }

    static Label labelOf(Case c) {
        return CaseFiles.label(c.schema(), c.line(), c.text(), c.finding());
    }

    @Test
    void everyCaseGetsItsExpectedState() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Case c : cases()) {
            Label l = labelOf(c);
            if (l.state() != c.expected()) {
                failures.add("line " + c.line() + " [" + c.construction() + "] " + c.finding() + ": expected "
                        + c.expected() + ", got " + l.state() + " " + l.evidence().stream().map(Evidence::rule).toList()
                        + " in: " + c.text());
            }
        }
        assertEquals(List.of(), failures, failures.size() + " cases failed:\n" + String.join("\n", failures));
    }

    @Test
    void theTableIsLargeAndCoversEveryConstruction() throws IOException {
        List<Case> all = cases();
        assertTrue(all.size() >= 150, "only " + all.size() + " cases");
        Set<String> constructions = new TreeSet<>();
        all.forEach(c -> constructions.add(c.construction()));
        assertTrue(constructions.containsAll(Set.of("negation-pre", "negation-list", "negation-post", "pseudo",
                "uncertainty", "double-negation", "normal-anatomy", "chronic", "redacted", "exclusion")), constructions.toString());
    }

    @Test
    void everyEvidenceSpanIsTextOfTheReport() throws IOException {
        for (Case c : cases()) {
            Label l = labelOf(c);
            for (Evidence e : l.evidence()) {
                EvidenceChecks.assertInside(c.text(), e);
            }
            if (l.state() != MentionState.ABSENT && !c.finding().equals("No Finding")) {
                assertTrue(!l.evidence().isEmpty(), "line " + c.line() + ": a mentioned finding has no evidence");
            }
        }
    }
}
