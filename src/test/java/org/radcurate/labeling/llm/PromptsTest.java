package org.radcurate.labeling.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Concept;
import org.radcurate.domain.ConceptSet;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Report;
import org.radcurate.domain.Schema;

class PromptsTest {
    private static final Report REPORT = new Report("r1", "FINDINGS: Small left effusion. No pneumothorax.\n", List.of(), null, null);

    @Test
    void chexpertMultipleChoiceOffersTheStudysThirteenCandidates() {
        assertEquals("['Enlarged Cardiomediastinum', 'Cardiomegaly', 'Lung Lesion', 'Lung Opacity', 'Edema', "
                + "'Consolidation', 'Pneumonia', 'Atelectasis', 'Pneumothorax', 'Pleural Effusion', 'Pleural Other', "
                + "'Fracture', 'Support Devices']", Prompts.candidateList(BuiltInSchemas.CHEXPERT14));
        assertEquals(13, Prompts.candidates(BuiltInSchemas.CHEXPERT14).size());
        assertEquals(14, Prompts.candidates(BuiltInSchemas.NIH14).size());
    }

    @Test
    void rendersASystemAndAUserMessage() {
        PromptTemplate t = PromptTemplates.builtIn(BuiltInSchemas.NIH14, LlmTask.MULTIPLE_CHOICE);
        List<ChatMessage> messages = Prompts.render(REPORT, BuiltInSchemas.NIH14, t);
        assertEquals(2, messages.size());
        assertEquals(new ChatMessage("system", "You are a careful radiologist reading chest X-ray reports."), messages.get(0));
        String user = messages.get(1).content();
        assertEquals("user", messages.get(1).role());
        assertEquals(true, user.startsWith("You are given a chest X-ray report. Identify the findings the patient has and list them.\n"
                + "Only use findings from this list:\n['Atelectasis', 'Cardiomegaly', 'Effusion', 'Infiltration', 'Mass', "
                + "'Nodule', 'Pneumonia', 'Pneumothorax', 'Consolidation', 'Edema', 'Emphysema', 'Fibrosis', "
                + "'Pleural Thickening', 'Hernia']\n"));
        assertEquals(true, user.endsWith("\n\nReport to analyze:\nFINDINGS: Small left effusion. No pneumothorax.\n\nExpected output:"));
        assertEquals("radcurate-mc-nih14", t.name());
    }

    @Test
    void customSchemasGetAGeneratedTemplateOverTheirDisplayNames() {
        Schema custom = new Schema("lines", "", List.of(new Finding("ett", "Endotracheal Tube", "ETT", List.of("Z97.8")),
                new Finding("ngt", "Nasogastric Tube", "NGT", List.of())));
        PromptTemplate t = PromptTemplates.builtIn(custom, LlmTask.MULTIPLE_CHOICE);
        assertEquals("radcurate-mc-lines", t.name());
        assertEquals(false, PromptTemplates.hasNamedBuiltIn(custom));
        assertEquals(true, Prompts.render(REPORT, custom, t).get(1).content()
                .contains("Only use findings from this list:\n['Endotracheal Tube', 'Nasogastric Tube']\n"));
    }

    @Test
    void theVersionChangesWithTheTextEvenWhenTheNumberDoesNot() {
        PromptTemplate t = PromptTemplates.builtIn(BuiltInSchemas.CHEXPERT14, LlmTask.OPEN_ENDED);
        PromptTemplate edited = new PromptTemplate(t.name(), t.version(), t.task(), t.system(), t.instruction() + " Be brief.", t.input());
        assertNotEquals(t.key(), edited.key());
        assertEquals(t.key(), PromptTemplates.builtIn(BuiltInSchemas.CHEXPERT14, LlmTask.OPEN_ENDED).key());
        assertEquals(true, t.key().matches("radcurate-open-chexpert14 v1 #[0-9a-f]{8}"));
        assertNotEquals(Prompts.version(t, BuiltInSchemas.CHEXPERT14), Prompts.version(t, BuiltInSchemas.NIH14));
    }

    @Test
    void answersWrittenFromLabelsParseBackToTheSameLabels() throws IOException {
        AnswerParser parser = AnswerParser.forSchema(BuiltInSchemas.CHEXPERT14);
        Map<String, MentionState> states = new LinkedHashMap<>();
        states.put("Cardiomegaly", MentionState.POSITIVE);
        states.put("Pleural Effusion", MentionState.POSITIVE);
        states.put("Pneumonia", MentionState.UNCERTAIN);
        String answer = Prompts.multipleChoiceAnswer(BuiltInSchemas.CHEXPERT14, states);
        assertEquals("[Cardiomegaly, Pleural Effusion]", answer);
        MultipleChoiceAnswer back = parser.parseMultipleChoice(answer);
        assertEquals(MentionState.POSITIVE, back.states().get("Cardiomegaly"));
        assertEquals(MentionState.POSITIVE, back.states().get("Pleural Effusion"));
        assertEquals(MentionState.NEGATIVE, back.states().get("Pneumonia"));
        assertEquals("Normal", Prompts.multipleChoiceAnswer(BuiltInSchemas.CHEXPERT14, Map.of("No Finding", MentionState.POSITIVE)));

        ConceptSet set = new ConceptSet("r1", List.of(new Concept("J90", "small \"left\" effusion", null), new Concept("I51.7", "cardiomegaly", null)));
        String open = Prompts.openEndedAnswer(set);
        assertEquals("[{\"phrase\": \"small \\\"left\\\" effusion\", \"code\": \"J90\"}, {\"phrase\": \"cardiomegaly\", \"code\": \"I51.7\"}]", open);
        OpenEndedAnswer parsed = parser.parseOpenEnded(open);
        assertEquals(List.of("J90", "I51.7"), parsed.codes());
        assertEquals("small \"left\" effusion", parsed.concepts().get(0).phrase());
        assertEquals("[]", Prompts.openEndedAnswer(new ConceptSet("r1", List.of())));
    }

    @Test
    void templateFilesRoundTrip() throws IOException {
        PromptTemplate t = PromptTemplates.builtIn(BuiltInSchemas.CHEXPERT14, LlmTask.MULTIPLE_CHOICE);
        String json = PromptTemplates.toJson(t);
        assertEquals(t, PromptTemplates.read(stream(json), "mc.json"));
    }

    @Test
    void templateFileMistakesNameFileLineAndField() {
        assertEquals("t.json, line 3, field 'task': unknown task 'summary' (expected mc or open)",
                readError("{\"name\": \"x\",\n\"version\": 2,\n\"task\": \"summary\"}"));
        assertEquals("t.json, line 2, field 'version': expected a whole number of 1 or more",
                readError("{\"name\": \"x\",\n\"version\": \"two\"}"));
        assertEquals("t.json, line 4, field 'input': missing",
                readError("{\"name\": \"x\", \"version\": 1,\n\"task\": \"open\",\n\"instruction\": \"Extract.\"\n}"));
        assertEquals("t.json, line 2, field 'input': must contain {{report}}",
                readError("{\"name\": \"x\", \"version\": 1, \"task\": \"open\", \"instruction\": \"i\",\n\"input\": \"no placeholder\"}"));
        assertEquals("t.json, line 1, field 'instruction': a multiple-choice instruction must contain {{findings}}",
                readError("{\"name\": \"x\", \"version\": 1, \"task\": \"mc\", \"instruction\": \"i\", \"input\": \"{{report}}\"}"));
        assertEquals("t.json, line 1, field 'colour': unknown field (expected name, version, task, system, instruction or input)",
                readError("{\"colour\": \"x\"}"));
        assertEquals(true, readError("{\"name\": \n").startsWith("t.json, line 2: not valid JSON: "));
    }

    private static String readError(String json) {
        return assertThrows(IllegalArgumentException.class, () -> PromptTemplates.read(stream(json), "t.json")).getMessage();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
