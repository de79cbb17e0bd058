package org.radcurate.labeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Split;

/** The project's table of sentence-level cases (sentence-cases.psv): every construction the labeler must handle. */
class SentenceCasesTest {
    record Case(int line, String construction, Schema schema, String finding, MentionState expected, String text) {}

    static RuleLabeler chexpert;
    static RuleLabeler nih;

    @BeforeAll
    static void labelers() throws IOException {
        chexpert = RuleLabeler.create(BuiltInSchemas.CHEXPERT14, LabelerOptions.defaults(), List.of());
        nih = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of());
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SentenceCasesTest.class.getResourceAsStream("sentence-cases.psv"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\\|", 5);
                Schema schema = p[1].strip().equals("n") ? BuiltInSchemas.NIH14 : BuiltInSchemas.CHEXPERT14;
                out.add(new Case(n, p[0].strip(), schema, p[2].strip(), MentionState.valueOf(p[3].strip()),
                        p[4].strip().replace("\\n", "\n")));
            }
        }
        return out;
    }

    static Label labelOf(Case c) {
        RuleLabeler labeler = c.schema() == BuiltInSchemas.NIH14 ? nih : chexpert;
        Report report = new Report("case-" + c.line(), c.text(), List.of(), Split.NONE, "cases");
        LabeledReport labeled = labeler.label(report);
        int index = c.schema().findings().indexOf(c.schema().finding(c.finding()).orElseThrow(
                () -> new AssertionError("line " + c.line() + ": unknown finding " + c.finding())));
        return labeled.labels().get(index);
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
