package org.radcurate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {

    private static List<String> bodies(String text) {
        return Sections.split(text).stream().map(s -> s.name() + "=" + s.body(text)).toList();
    }

    @Test
    void splitsUpperCaseTitlesInOrder() {
        assertEquals(List.of("INDICATION=Cough.", "FINDINGS=Clear lungs.", "IMPRESSION=Normal."),
                bodies("INDICATION: Cough.\nFINDINGS: Clear lungs.\nIMPRESSION: Normal."));
    }

    @Test
    void offsetsPointIntoTheText() {
        assertEquals(List.of(new Section("FINDINGS", 10, 16), new Section("IMPRESSION", 29, 36)),
                Sections.split("FINDINGS: Clear.\nIMPRESSION: Normal."));
    }

    @Test
    void mapsSynonymsAndMixedCaseToCanonicalNames() {
        assertEquals(List.of("INDICATION=Fever.", "COMPARISON=2019.", "IMPRESSION=Pneumonia.",
                "RECOMMENDATION=Follow up."),
                bodies("Clinical History: Fever.\nprior: 2019.\nConclusions: Pneumonia.\nRecommendations: Follow up."));
    }

    @Test
    void acceptsIndentedTitlesAndBodiesOnNextLines() {
        String mimic = "   FINAL REPORT\n EXAMINATION:  CHEST PA\n\n FINDINGS: \n\n No effusion.\n\n IMPRESSION: \n\n Normal.\n";
        assertEquals(List.of("EXAMINATION=CHEST PA", "FINDINGS=No effusion.", "IMPRESSION=Normal."), bodies(mimic));
    }

    @Test
    void multiWordTitlesWinOverTheirLastWord() {
        assertEquals(List.of("INDICATION=Dyspnea.", "FINDINGS=Edema."),
                bodies("REASON FOR EXAMINATION: Dyspnea.\nFINDINGS AND IMPRESSION: Edema."));
    }

    @Test
    void titleSeenTwiceKeepsFirstBody() {
        assertEquals(List.of("FINDINGS=One.", "IMPRESSION=Three."),
                bodies("FINDINGS: One.\nFINDINGS: Two.\nIMPRESSION: Three."));
    }

    @Test
    void titleInsideASentenceIsNotASection() {
        assertEquals(List.of(), Sections.split("No change in findings: stable since prior exam."));
    }

    @Test
    void textWithoutTitlesHasNoSections() {
        assertEquals(List.of(), Sections.split("The lungs are clear."));
    }
}
