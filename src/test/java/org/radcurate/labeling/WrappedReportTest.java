package org.radcurate.labeling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Evidence;
import org.radcurate.domain.Label;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Split;

/**
 * A whole report in the MIMIC-CXR layout (title block, sections, text hard-wrapped at about 75
 * characters, a numbered impression), written for the project: every finding's state and the
 * evidence that decided it, under chexpert14 and nih14.
 */
class WrappedReportTest {
    static final String REPORT = """
                                    FINAL REPORT
            EXAMINATION:  CHEST (PA AND LAT)

            INDICATION:  ___ with cough and fever, evaluate for pneumonia.

            COMPARISON:  Chest radiograph from ___.

            FINDINGS:

            The heart size is mildly enlarged.  There is no focal consolidation, pleural
            effusion or pneumothorax.  Streaky opacities at the left lung base are most
            likely atelectasis.  A right internal jugular central venous catheter ends in
            the low superior vena cava.  Mild pulmonary vascular congestion without frank
            interstitial edema.

            IMPRESSION:

            1. No pneumonia.
            2. Left basilar atelectasis or early
               infection.
            """;

    static Report report() {
        return new Report("wrapped-1", REPORT, List.of(), Split.NONE, "mimic-style");
    }

    private static Label label(LabeledReport r, String finding) {
        return r.labels().stream().filter(l -> l.finding().equals(finding)).findFirst().orElseThrow();
    }

    /** finding -> "STATE rule 'mention words'" of the deciding evidence, or "STATE" when there is none. */
    private static Map<String, String> summary(LabeledReport r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Label l : r.labels()) {
            for (Evidence e : l.evidence()) {
                EvidenceChecks.assertInside(REPORT, e);
            }
            if (l.evidence().isEmpty()) {
                out.put(l.finding(), l.state().name());
            } else {
                Evidence e = l.evidence().get(0);
                out.put(l.finding(), l.state() + " " + e.rule() + " '" + REPORT.substring(e.mentionStart(), e.mentionEnd()) + "'");
            }
        }
        return out;
    }

    @Test
    void chexpert14ReadsWrappedSentencesWhole() throws IOException {
        RuleLabeler labeler = RuleLabeler.create(BuiltInSchemas.CHEXPERT14, LabelerOptions.defaults(), List.of());
        LabeledReport r = labeler.label(report());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("No Finding", "ABSENT");
        expected.put("Enlarged Cardiomediastinum", "ABSENT");
        expected.put("Cardiomegaly", "POSITIVE compound:mildly enlarged 'heart size is mildly enlarged'");
        expected.put("Lung Lesion", "ABSENT");
        expected.put("Lung Opacity", "POSITIVE mention 'opacities'");
        expected.put("Edema", "UNCERTAIN hedged-mention 'pulmonary vascular congestion'");
        expected.put("Consolidation", "NEGATIVE negation-pre:no 'consolidation'");
        expected.put("Pneumonia", "UNCERTAIN uncertainty-alternatives:or 'infection'");
        expected.put("Atelectasis", "UNCERTAIN uncertainty-pre:most likely 'atelectasis'");
        expected.put("Pneumothorax", "NEGATIVE negation-pre:no 'pneumothorax'");
        expected.put("Pleural Effusion", "NEGATIVE negation-pre:no 'pleural\neffusion'");
        expected.put("Pleural Other", "ABSENT");
        expected.put("Fracture", "ABSENT");
        expected.put("Support Devices", "POSITIVE mention 'central venous catheter'");
        assertEquals(expected, summary(r));

        Evidence effusion = label(r, "Pleural Effusion").evidence().get(0);
        assertEquals("There is no focal consolidation, pleural\neffusion or pneumothorax.",
                REPORT.substring(effusion.sentenceStart(), effusion.sentenceEnd()));
        assertEquals("no", REPORT.substring(effusion.cueStart(), effusion.cueEnd()));
        Evidence atelectasis = label(r, "Atelectasis").evidence().get(0);
        assertEquals("most\nlikely", REPORT.substring(atelectasis.cueStart(), atelectasis.cueEnd()));
        assertEquals(List.of("uncertainty-pre:most likely", "uncertainty-alternatives:or"),
                label(r, "Atelectasis").evidence().stream().map(Evidence::rule).toList());
        assertEquals(List.of("uncertainty-alternatives:or", "negation-pre:no"),
                label(r, "Pneumonia").evidence().stream().map(Evidence::rule).toList());
        assertEquals(List.of("hedged-mention", "negation-pre:without"),
                label(r, "Edema").evidence().stream().map(Evidence::rule).toList());
    }

    @Test
    void nih14CodesTheLikelyFindingAndTheAlternative() throws IOException {
        RuleLabeler labeler = RuleLabeler.create(BuiltInSchemas.NIH14, LabelerOptions.defaults(), List.of());
        LabeledReport r = labeler.label(report());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Atelectasis", "POSITIVE mention 'atelectasis'");
        expected.put("Cardiomegaly", "POSITIVE compound:mildly enlarged 'heart size is mildly enlarged'");
        expected.put("Effusion", "NEGATIVE negation-pre:no 'pleural\neffusion'");
        expected.put("Infiltration", "ABSENT");
        expected.put("Mass", "ABSENT");
        expected.put("Nodule", "ABSENT");
        expected.put("Pneumonia", "NEGATIVE negation-pre:no 'pneumonia'");
        expected.put("Pneumothorax", "NEGATIVE negation-pre:no 'pneumothorax'");
        expected.put("Consolidation", "NEGATIVE negation-pre:no 'consolidation'");
        expected.put("Edema", "NEGATIVE negation-pre:without 'interstitial edema'");
        expected.put("Emphysema", "ABSENT");
        expected.put("Fibrosis", "ABSENT");
        expected.put("Pleural_Thickening", "ABSENT");
        expected.put("Hernia", "ABSENT");
        assertEquals(expected, summary(r));
        assertEquals(MentionState.POSITIVE, label(r, "Atelectasis").state());
        assertEquals(List.of("R91.8", "Z95.828", "J81.1"),
                r.concepts().concepts().stream().map(c -> c.code()).toList());
    }
}
