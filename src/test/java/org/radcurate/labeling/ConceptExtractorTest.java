package org.radcurate.labeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Concept;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Finding;
import org.radcurate.domain.Icd10;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;
import org.radcurate.domain.Split;

class ConceptExtractorTest {

    static Report report(String findings) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("INDICATION", "History of pneumonia.");
        parts.put("FINDINGS", findings);
        return Report.fromSections("c1", parts, Split.NONE, "test");
    }

    @Test
    void positiveMentionsBecomeCodesWithTheReportsOwnWords() throws IOException {
        ConceptExtractor x = ConceptExtractor.bundled(LabelerOptions.defaults());
        Report r = report("A calcified granuloma projects over the right apex. There is a moderate hiatal hernia. Mild thoracic scoliosis. "
                + "No pneumothorax. Possible pneumonia. Aortic atherosclerosis. Healed left rib fracture. "
                + "Stable pulmonary nodule. Known chronic obstructive pulmonary disease. Small pneumoperitoneum under the right hemidiaphragm.");
        ConceptSet set = x.extract(r);
        assertEquals(Set.of("J98.4", "K44.9", "M41.9", "I70.0", "S22.39XA", "R91.1", "J44.9", "K66.8"), set.codes());
        for (Concept c : set.concepts()) {
            assertEquals(c.phrase(), r.text().substring(c.evidence().mentionStart(), c.evidence().mentionEnd()));
            EvidenceChecks.assertInside(r.text(), c.evidence());
        }
        Concept hernia = set.concepts().stream().filter(c -> c.code().equals("K44.9")).findFirst().orElseThrow();
        assertEquals("hiatal hernia", hernia.phrase());
    }

    @Test
    void negatedAndHedgedMentionsGiveNoCode() throws IOException {
        ConceptExtractor x = ConceptExtractor.bundled(LabelerOptions.defaults());
        ConceptSet set = x.extract(report("No pleural effusion or pneumothorax. Pneumonia cannot be excluded."));
        assertEquals(Set.of(), set.codes());
    }

    @Test
    void labelerReturnsTheSameConceptsAsTheExtractor() throws IOException {
        RuleLabeler labeler = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of());
        Report r = report("Small right effusion. Cardiomegaly.");
        assertEquals(labeler.conceptExtractor().extract(r), labeler.label(r).concepts());
        assertEquals(Set.of("J90", "I51.7"), labeler.label(r).concepts().codes());
    }

    @Test
    void everyBuiltInFindingHasAPhraseMappedToOneOfItsCodes() throws IOException {
        RuleBook book = RuleSources.bundled();
        Icd10Catalog catalog = Icd10Catalog.load();
        List<String> missing = new ArrayList<>();
        for (Schema s : BuiltInSchemas.ALL) {
            for (Finding f : s.findings()) {
                if (f.icd10Codes().isEmpty()) {
                    continue;
                }
                boolean covered = f.icd10Codes().stream().map(Icd10::normalize)
                        .anyMatch(c -> !book.concepts.getOrDefault(c, Set.of()).isEmpty());
                if (!covered) {
                    missing.add(s.name() + "/" + f.name());
                }
            }
        }
        assertEquals(List.of(), missing);
        for (String code : book.concepts.keySet()) {
            assertTrue(catalog.description(code).isPresent(), "concept map code not in the ICD-10-CM table: " + code);
        }
        for (String needed : List.of("granuloma", "calcification", "scoliosis", "hiatal hernia", "copd", "rib fracture",
                "pulmonary nodule", "aortic atherosclerosis", "pneumoperitoneum")) {
            assertTrue(book.concepts.values().stream().anyMatch(p -> p.stream().anyMatch(q -> q.contains(needed))), needed);
        }
        assertFalse(book.concepts.isEmpty());
    }

    private static Label label(LabeledReport r, String finding) {
        return r.labels().stream().filter(l -> l.finding().equals(finding)).findFirst().orElseThrow();
    }

    @Test
    void conceptsNeedAnAssertedFindingEvenWhereTheSchemaCodesLikelyFindingsAndAlternatives() throws IOException {
        RuleLabeler nih = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of());
        Report r = report("Atelectasis versus scarring at the left base. Probable small left effusion. "
                + "Opacity most suggestive of pneumonia. Moderate cardiomegaly.");
        LabeledReport labeled = nih.label(r);
        assertEquals(MentionState.POSITIVE, label(labeled, "Atelectasis").state());
        assertEquals(MentionState.POSITIVE, label(labeled, "Effusion").state());
        assertEquals(MentionState.POSITIVE, label(labeled, "Pneumonia").state());
        assertEquals(List.of("R91.8", "I51.7"), labeled.concepts().concepts().stream().map(Concept::code).toList());
        assertEquals(labeled.concepts(), nih.conceptExtractor().extract(r));
        Concept heart = labeled.concepts().concepts().get(1);
        assertEquals("cardiomegaly", heart.phrase());
        assertEquals("concept", heart.evidence().rule());
        assertEquals(List.of(), ConceptExtractor.bundled(LabelerOptions.defaults()).extract(
                report("Atelectasis or pneumonia at the right base. Likely a small effusion.")).concepts());
    }

    @Test
    void aFindingOnlyInTheHistoryGivesNoConcept() throws IOException {
        ConceptExtractor x = ConceptExtractor.bundled(LabelerOptions.defaults());
        Report r = new Report("h1", "HISTORY: pneumonia and a rib fracture last year\nIMPRESSION: The lungs are clear.",
                List.of(), Split.NONE, "test");
        assertEquals(Set.of(), x.extract(r).codes());
    }

    @Test
    void theMostSpecificCodeOfACategoryWins() throws IOException {
        ConceptExtractor x = ConceptExtractor.bundled(LabelerOptions.defaults());
        ConceptSet set = x.extract(report("Old left rib fractures. A further fracture is seen laterally. A healed fracture of the "
                + "clavicle. Interstitial lung disease with pulmonary fibrosis at both bases."));
        assertEquals(List.of("S22.39XA", "S42.009A", "J84.10"), set.concepts().stream().map(Concept::code).toList());
        assertTrue(ConceptExtractor.moreSpecific("J98.11", "J98.1"));
        assertTrue(ConceptExtractor.moreSpecific("S22.39XA", "S22.9XXA"));
        assertTrue(ConceptExtractor.moreSpecific("J84.10", "J84.9"));
        assertFalse(ConceptExtractor.moreSpecific("R91.1", "R91.8"));
        assertFalse(ConceptExtractor.moreSpecific("J18.9", "J18.1"));
        assertFalse(ConceptExtractor.moreSpecific("J69.0", "J18.9"));
    }
}
