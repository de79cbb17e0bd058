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

/**
 * Real-world wording (wording-cases.psv): hard-wrapped lines, alternatives, uncertainty cues, the
 * CheXpert vocabulary, No Finding and sections. Every case names the exact state and the evidence
 * that decided it (its rule and the mention's words in the text).
 */
class WordingCasesTest {
    record Case(int line, String construction, Schema schema, String finding, MentionState expected, String rule,
            String mention, String text) {}

    static RuleLabeler chexpert;
    static RuleLabeler nih;

    @BeforeAll
    static void labelers() throws IOException {
        chexpert = RuleLabeler.create(BuiltInSchemas.CHEXPERT14, LabelerOptions.defaults(), List.of());
        nih = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of());
    }

    private static String unescape(String s) {
        return s.strip().replace("\\r", "\r").replace("\\n", "\n");
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                WordingCasesTest.class.getResourceAsStream("wording-cases.psv"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\\|", 7);
                Schema schema = p[1].strip().equals("n") ? BuiltInSchemas.NIH14 : BuiltInSchemas.CHEXPERT14;
                out.add(new Case(n, p[0].strip(), schema, p[2].strip(), MentionState.valueOf(p[3].strip()), p[4].strip(),
                        unescape(p[5]), unescape(p[6])));
            }
        }
        return out;
    }

    static Label labelOf(Case c) {
        RuleLabeler labeler = c.schema() == BuiltInSchemas.NIH14 ? nih : chexpert;
        LabeledReport labeled = labeler.label(new Report("case-" + c.line(), c.text(), List.of(), Split.NONE, "cases"));
        int index = c.schema().findings().indexOf(c.schema().finding(c.finding()).orElseThrow(
                () -> new AssertionError("line " + c.line() + ": unknown finding " + c.finding())));
        return labeled.labels().get(index);
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
