package org.radcurate.labeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Split;

class RuleLabelerTest {
    @TempDir
    Path dir;

    static Report report(String findings, String impression) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("INDICATION", "Cough, rule out pneumonia.");
        parts.put("FINDINGS", findings);
        parts.put("IMPRESSION", impression);
        return Report.fromSections("r1", parts, Split.NONE, "test");
    }

    static MentionState state(LabeledReport r, String finding) {
        return r.labels().stream().filter(l -> l.finding().equals(finding)).findFirst().orElseThrow().state();
    }

    static Label label(LabeledReport r, String finding) {
        return r.labels().stream().filter(l -> l.finding().equals(finding)).findFirst().orElseThrow();
    }

    @Test
    void oneLabelPerFindingInSchemaOrderWithExactEvidence() throws IOException {
        RuleLabeler labeler = RuleLabeler.create(BuiltInSchemas.CHEXPERT14, LabelerOptions.defaults(), List.of());
        Report r = report("The heart is enlarged. No pneumothorax.", "Possible small left effusion.");
        LabeledReport out = labeler.label(r);
        assertEquals(BuiltInSchemas.CHEXPERT14.findings().stream().map(Finding::name).toList(),
                out.labels().stream().map(Label::finding).toList());
        assertEquals(MentionState.POSITIVE, state(out, "Cardiomegaly"));
        assertEquals(MentionState.NEGATIVE, state(out, "Pneumothorax"));
        assertEquals(MentionState.UNCERTAIN, state(out, "Pleural Effusion"));
        assertEquals(MentionState.ABSENT, state(out, "Pneumonia"), "the indication is not read");
        assertEquals(List.of(), label(out, "Pneumonia").evidence());
        assertEquals(MentionState.ABSENT, state(out, "No Finding"));

        Evidence e = label(out, "Pneumothorax").evidence().get(0);
        assertEquals("No pneumothorax.", r.text().substring(e.sentenceStart(), e.sentenceEnd()));
        assertEquals("pneumothorax", r.text().substring(e.mentionStart(), e.mentionEnd()));
        assertEquals("No", r.text().substring(e.cueStart(), e.cueEnd()));
        assertEquals("negation-pre:no", e.rule());
        Evidence u = label(out, "Pleural Effusion").evidence().get(0);
        assertEquals("Possible", r.text().substring(u.cueStart(), u.cueEnd()));
        Evidence c = label(out, "Cardiomegaly").evidence().get(0);
        assertEquals("heart is enlarged", r.text().substring(c.mentionStart(), c.mentionEnd()));
        assertEquals("compound:enlarged", c.rule());
    }

    @Test
    void positiveBeatsUncertainBeatsNegativeAcrossSentences() throws IOException {
        RuleLabeler labeler = RuleLabeler.create(BuiltInSchemas.CHEXPERT14, LabelerOptions.defaults(), List.of());
        LabeledReport out = labeler.label(report("No effusion on the right. Possible effusion on the left.",
                "Small left effusion."));
        Label l = label(out, "Pleural Effusion");
        assertEquals(MentionState.POSITIVE, l.state());
        assertEquals(3, l.evidence().size());
        assertEquals("mention", l.evidence().get(0).rule(), "the deciding evidence comes first");
    }

    @Test
    void noFindingOnlyWhenNothingElseIsPositiveOrUncertain() throws IOException {
        RuleLabeler labeler = RuleLabeler.create(BuiltInSchemas.CHEXPERT14, LabelerOptions.defaults(), List.of());
        assertEquals(MentionState.POSITIVE, state(labeler.label(report("Heart size is normal. No effusion.",
                "No acute disease.")), "No Finding"));
        assertEquals(MentionState.POSITIVE, state(labeler.label(report("Pacemaker in place. No effusion.",
                "No acute disease.")), "No Finding"), "support devices are not a pathology");
        assertEquals(MentionState.ABSENT, state(labeler.label(report("No effusion.", "Possible pneumonia.")), "No Finding"));
        assertEquals(MentionState.ABSENT, state(labeler.label(report("Mild cardiomegaly.", "")), "No Finding"));
    }

    @Test
    void chexpertHierarchyMakesLungOpacityFollowItsChildren() throws IOException {
        Report r = report("Left lower lobe consolidation.", "Possible edema.");
        RuleLabeler flat = RuleLabeler.create(BuiltInSchemas.CHEXPERT14, LabelerOptions.defaults(), List.of());
        RuleLabeler tree = RuleLabeler.create(BuiltInSchemas.CHEXPERT14, new LabelerOptions(false, true), List.of());
        assertEquals(MentionState.ABSENT, state(flat.label(r), "Lung Opacity"));
        Label opacity = label(tree.label(r), "Lung Opacity");
        assertEquals(MentionState.POSITIVE, opacity.state());
        assertEquals("hierarchy:Consolidation", opacity.evidence().get(0).rule());
        assertEquals(MentionState.UNCERTAIN, state(tree.label(report("Possible edema.", "")), "Lung Opacity"));
    }

    @Test
    void impressionOnlyModeReadsTheImpressionAlone() throws IOException {
        Report r = report("Small right pleural effusion.", "Mild cardiomegaly.");
        RuleLabeler both = RuleLabeler.create(BuiltInSchemas.CHEXPERT14, LabelerOptions.defaults(), List.of());
        RuleLabeler impression = RuleLabeler.create(BuiltInSchemas.CHEXPERT14, new LabelerOptions(true, false), List.of());
        assertEquals(MentionState.POSITIVE, state(both.label(r), "Pleural Effusion"));
        assertEquals(MentionState.ABSENT, state(impression.label(r), "Pleural Effusion"));
        assertEquals(MentionState.POSITIVE, state(impression.label(r), "Cardiomegaly"));
    }

    @Test
    void freeTextWithoutTitlesIsReadWhole() throws IOException {
        RuleLabeler labeler = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of());
        Report r = new Report("t1", "Large hiatal hernia.\nNo nodules.", List.of(), Split.NONE, "");
        LabeledReport out = labeler.label(r);
        assertEquals(MentionState.POSITIVE, state(out, "Hernia"));
        assertEquals(MentionState.NEGATIVE, state(out, "Nodule"));
    }

    @Test
    void customSchemaFindingsAreFoundByTheirDisplayName() throws IOException {
        Schema custom = new Schema("mine", "", List.of(
                new Finding("granuloma", "Calcified granuloma", null, List.of()),
                new Finding("Effusion", "Effusion", null, List.of("J90"))));
        RuleLabeler labeler = RuleLabeler.create(custom, LabelerOptions.defaults(), List.of());
        LabeledReport out = labeler.label(report("Calcified granuloma in the left apex.", "No effusion."));
        assertEquals(MentionState.POSITIVE, state(out, "granuloma"));
        assertEquals(MentionState.NEGATIVE, state(out, "Effusion"), "a known finding keeps its bundled lexicon");
    }

    @Test
    void userRuleFilesAddSynonymsAndTriggersWithoutRebuilding() throws IOException {
        Path file = dir.resolve("my-rules.json");
        Files.writeString(file, """
                {
                  "findings": {
                    "Effusion": { "mentions": ["fluid in the fissure"] },
                    "Pneumonia": { "mentions": ["lobar infection"] }
                  },
                  "triggers": {
                    "negation_pre": ["nil"],
                    "uncertainty_pre": ["cannot be sure of"],
                    "pseudo": ["no growth in"]
                  },
                  "concepts": { "J18.1": ["lobar infection"] }
                }
                """);
        RuleLabeler plain = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of());
        RuleLabeler user = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of(file));
        Report r = report("Small fluid in the fissure. Nil pneumothorax.", "Right lower lobar infection.");
        assertEquals(MentionState.ABSENT, state(plain.label(r), "Effusion"));
        LabeledReport out = user.label(r);
        assertEquals(MentionState.POSITIVE, state(out, "Effusion"));
        assertEquals(MentionState.NEGATIVE, state(out, "Pneumothorax"));
        assertEquals(MentionState.POSITIVE, state(out, "Pneumonia"));
        assertTrue(out.concepts().codes().contains("J18.1"));
        assertEquals(MentionState.UNCERTAIN, state(user.label(report("We cannot be sure of pneumonia.", "")), "Pneumonia"));
        assertEquals(MentionState.POSITIVE, state(user.label(report("No growth in the effusion.", "")), "Effusion"));
        assertNotEquals(plain.version(), user.version());
        assertTrue(user.version().startsWith("radcurate-rules 1.0+user."), user.version());
        assertEquals("radcurate-rules 1.0", plain.version());
    }

    @Test
    void userFilesAddHedgedMentionsAndAlternativesToAnySchema() throws IOException {
        Path file = dir.resolve("hedges.json");
        Files.writeString(file, """
                {
                  "findings": { "Effusion": { "hedged": ["fluid collection"] } },
                  "triggers": { "uncertainty_alternatives": ["or else"] }
                }
                """);
        RuleLabeler plain = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of());
        RuleLabeler user = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of(file));
        Report fluid = report("Fluid collection at the right base.", "");
        assertEquals(MentionState.ABSENT, state(plain.label(fluid), "Effusion"));
        Label hedged = user.label(fluid).labels().stream().filter(l -> l.finding().equals("Effusion")).findFirst().orElseThrow();
        assertEquals(MentionState.UNCERTAIN, hedged.state());
        assertEquals("hedged-mention", hedged.evidence().get(0).rule());
        assertEquals(-1, hedged.evidence().get(0).cueStart());
        assertEquals(MentionState.NEGATIVE, state(user.label(report("No fluid collection.", "")), "Effusion"));

        Report either = report("Atelectasis or else pneumonia in the lingula.", "");
        assertEquals(MentionState.POSITIVE, state(plain.label(either), "Atelectasis"));
        LabeledReport out = user.label(either);
        assertEquals(MentionState.UNCERTAIN, state(out, "Atelectasis"));
        assertEquals(MentionState.UNCERTAIN, state(out, "Pneumonia"));
        Label pneumonia = out.labels().stream().filter(l -> l.finding().equals("Pneumonia")).findFirst().orElseThrow();
        assertEquals("uncertainty-alternatives:or else", pneumonia.evidence().get(0).rule());

        Path badField = dir.resolve("f.json");
        Files.writeString(badField, "{\"findings\": {\"Effusion\": {\"hedge\": [\"x\"]}}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of(badField)));
        assertTrue(e.getMessage().contains("findings.Effusion.hedge") && e.getMessage().contains("hedged"), e.getMessage());
    }

    @Test
    void aBadUserFileIsNamedWithItsLineAndField() throws IOException {
        Path unknownFinding = dir.resolve("a.json");
        Files.writeString(unknownFinding, "{\n  \"findings\": {\n    \"Pneumonia\": {\"mentions\": [\"x\"]},\n"
                + "    \"Bronchitis\": {\"mentions\": [\"bronchitis\"]}\n  }\n}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of(unknownFinding)));
        assertTrue(e.getMessage().contains("a.json:4:") && e.getMessage().contains("findings.Bronchitis"), e.getMessage());

        Path badKind = dir.resolve("b.json");
        Files.writeString(badKind, "{\n  \"triggers\": {\n    \"negation\": [\"nil\"]\n  }\n}\n");
        e = assertThrows(IllegalArgumentException.class,
                () -> RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of(badKind)));
        assertTrue(e.getMessage().contains("b.json:3:") && e.getMessage().contains("triggers.negation"), e.getMessage());

        Path notAString = dir.resolve("c.json");
        Files.writeString(notAString, "{\"findings\": {\"Effusion\": {\n \"mentions\": [\"ok\",\n 7]}}}");
        e = assertThrows(IllegalArgumentException.class,
                () -> RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of(notAString)));
        assertTrue(e.getMessage().contains("c.json:3:") && e.getMessage().contains("findings.Effusion.mentions"), e.getMessage());

        Path broken = dir.resolve("d.json");
        Files.writeString(broken, "{\n \"findings\": {\n  \"Effusion\": {\"mentions\": [\"a\" \"b\"]}}}");
        e = assertThrows(IllegalArgumentException.class,
                () -> RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of(broken)));
        assertTrue(e.getMessage().startsWith(broken + ":3:"), e.getMessage());

        Path badCode = dir.resolve("e.json");
        Files.writeString(badCode, "{\"concepts\": {\"pneumonia\": [\"x\"]}}");
        e = assertThrows(IllegalArgumentException.class,
                () -> RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of(badCode)));
        assertTrue(e.getMessage().contains("concepts.pneumonia"), e.getMessage());
    }

    @Test
    void parallelLabelingKeepsOrderAndAgreesWithOneThread() throws IOException {
        RuleLabeler labeler = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of());
        String[] findings = {"No pneumothorax.", "Mild cardiomegaly.", "Possible left base atelectasis.",
            "Large hiatal hernia.", "Calcified granuloma.", "No nodules or masses."};
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("FINDINGS", findings[i % findings.length] + " " + findings[(i * 7 + 3) % findings.length]);
            reports.add(Report.fromSections("p" + i, parts, Split.NONE, "test"));
        }
        List<LabeledReport> one = labeler.labelAll(reports, 1);
        List<LabeledReport> many = labeler.labelAll(reports, 4);
        assertEquals(one, many);
        for (int i = 0; i < reports.size(); i++) {
            assertEquals("p" + i, many.get(i).reportId());
            for (Label l : many.get(i).labels()) {
                for (Evidence e : l.evidence()) {
                    EvidenceChecks.assertInside(reports.get(i).text(), e);
                }
            }
        }
    }
}
