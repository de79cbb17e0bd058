package org.radcurate.labeling.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.radcurate.domain.BuiltInSchemas;
import org.radcurate.domain.Finding;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Schema;

/**
 * Real-looking answers, well-formed, messy and malformed, with the exact labels and concepts each
 * gives. Multiple choice: {@code +X} positive, {@code ?X} uncertain, {@code -X} explicitly negated;
 * every other candidate is NEGATIVE and No Finding follows from the rest. {@code FAIL} means the
 * answer is kept as a parse failure with its raw text. Open-ended: the codes in answer order, then
 * after {@code |} the flags as {@code item=problem}.
 */
class AnswerParserTableTest {
    private static AnswerParser chexpert;
    private static AnswerParser nih;

    @BeforeAll
    static void parsers() throws IOException {
        chexpert = AnswerParser.forSchema(BuiltInSchemas.CHEXPERT14);
        nih = AnswerParser.forSchema(BuiltInSchemas.NIH14);
    }

    static Stream<Arguments> multipleChoice() {
        return Stream.of(
                // well-formed, as the template asks
                mc("chexpert14", "[Cardiomegaly, Pleural Effusion]", "+Cardiomegaly +Pleural Effusion"),
                mc("chexpert14", "Normal", ""),
                mc("chexpert14", "[Support Devices]\nEvidence: 'Endotracheal tube in place.'", "+Support Devices"),
                mc("chexpert14", "['Atelectasis', 'Edema']", "+Atelectasis +Edema"),
                mc("chexpert14", "[\"Pneumothorax\"]", "+Pneumothorax"),
                mc("chexpert14", "[]", ""),
                mc("nih14", "[Effusion, Pleural Thickening, Hernia]", "+Effusion +Pleural_Thickening +Hernia"),
                mc("nih14", "[Pleural_Thickening]", "+Pleural_Thickening"),
                // messy: markdown, fences, prose, case, synonyms, trailing commas, JSON
                mc("chexpert14", "```\n[Cardiomegaly, Edema]\n```", "+Cardiomegaly +Edema"),
                mc("chexpert14", "```json\n[\"Lung Opacity\", \"Pneumonia\",]\n```", "+Lung Opacity +Pneumonia"),
                mc("chexpert14", "**Answer:** [cardiomegaly, pleural effusion,]", "+Cardiomegaly +Pleural Effusion"),
                mc("chexpert14", "Based on the report, the findings are:\n[Pleural Effusion, Atelectasis]\n\nEvidence: small left effusion with adjacent atelectasis.",
                        "+Pleural Effusion +Atelectasis"),
                mc("chexpert14", "Expected Output: [PNEUMOTHORAX]", "+Pneumothorax"),
                mc("chexpert14", "[effusion, enlarged heart]", "+Pleural Effusion +Cardiomegaly"),
                mc("chexpert14", "[pleural effusions, support device]", "+Pleural Effusion +Support Devices"),
                mc("chexpert14", "[mild cardiomegaly, small left pleural effusion]", "+Cardiomegaly +Pleural Effusion"),
                mc("chexpert14", "- Cardiomegaly\n- Pulmonary edema\n\nThese are supported by the report.", "+Cardiomegaly +Edema"),
                mc("chexpert14", "1. Consolidation\n2. Pneumonia", "+Consolidation +Pneumonia"),
                mc("chexpert14", "Cardiomegaly, Edema", "+Cardiomegaly +Edema"),
                mc("chexpert14", "normal.", ""),
                mc("chexpert14", "**Normal**\n\nNo acute cardiopulmonary process.", ""),
                mc("chexpert14", "[No Finding]", ""),
                mc("chexpert14", "{\"diseases\": [\"Fracture\", \"Lung Lesion\"]}", "+Fracture +Lung Lesion"),
                mc("chexpert14", "<think>The report mentions a chest tube.</think><answer>[Support Devices, Pneumothorax]</answer>",
                        "+Support Devices +Pneumothorax"),
                mc("chexpert14", "[enlarged_cardiomediastinum, lung-opacity]", "+Enlarged Cardiomediastinum +Lung Opacity"),
                mc("nih14", "[pleural effusion, nodules, hiatal hernia]", "+Effusion +Nodule +Hernia"),
                mc("nih14", "[Infiltrate, Mass]", "+Infiltration +Mass"),
                // hedged or negated items a model lists anyway
                mc("chexpert14", "[Cardiomegaly, possible pneumonia]", "+Cardiomegaly ?Pneumonia"),
                mc("chexpert14", "[Edema, no pneumothorax]", "+Edema -Pneumothorax"),
                mc("chexpert14", "[Atelectasis, Pneumonia?]", "+Atelectasis ?Pneumonia"),
                mc("chexpert14", "[Cardiomegaly, Cardiomegaly, cardiomegaly]", "+Cardiomegaly"),
                mc("chexpert14", "[Normal, Cardiomegaly]", "+Cardiomegaly"),
                mc("chexpert14", "[Cardiomegaly, Hiatal hernia]", "+Cardiomegaly"),
                // malformed: kept as failures, never "no findings"
                mc("chexpert14", "", "FAIL"),
                mc("chexpert14", "I'm sorry, but I can't help with that request.", "FAIL"),
                mc("chexpert14", "There is no pneumothorax.", "FAIL"),
                mc("chexpert14", "[Hiatal hernia, Scoliosis]", "FAIL"),
                mc("chexpert14", "[opacity or effusion]", "FAIL"));
    }

    static Stream<Arguments> openEnded() {
        return Stream.of(
                // well-formed JSON as the template asks
                open("[{\"phrase\": \"moderate left pleural effusion\", \"code\": \"J90\"}, {\"phrase\": \"cardiomegaly\", \"code\": \"I51.7\"}]",
                        "J90 I51.7"),
                open("[]", ""),
                open("Output: []", ""),
                open("None", ""),
                // messy JSON: fences, single quotes, trailing commas, other keys, codes without dots
                open("```json\n[{'phrase': 'bibasilar atelectasis', 'code': 'J9811'},]\n```", "J98.11"),
                open("[{\"finding\": \"pacemaker\", \"icd10\": \"z95.0\"}, {\"text\": \"emphysema\", \"ICD-10\": \"J43.9\"}]", "Z95.0 J43.9"),
                open("{\"concepts\": [{\"phrase\": \"hiatal hernia\", \"code\": \"K44.9\"}]}", "K44.9"),
                open("[{\"phrase\": \"pleural effusion\", \"code\": \"J90\"}, {\"phrase\": \"effusion\", \"code\": \"J90\"}]", "J90"),
                // lists of strings with codes, and the study's reason line
                open("['right pneumothorax (J93.9)', 'rib fracture (S22.39XA)']", "J93.9 S22.39XA"),
                open("Output: ['placement of right side chest tube', 'Pleural effusion']\nThe reason is: 'placement of right side chest tube' (Z48.02), 'Pleural effusion' (J90)",
                        "Z48.02 J90"),
                open("[\"Cardiomegaly [I51.7]\", \"pulmonary edema (ICD-10: J81.0)\"]", "I51.7 J81.0"),
                // plain lines and bullets
                open("- Pleural effusion - J90\n- Cardiomegaly: I51.7", "J90 I51.7"),
                open("1. J18.9: right lower lobe pneumonia\n2. J98.11 - atelectasis", "J18.9 J98.11"),
                open("Pneumothorax (J93.9)", "J93.9"),
                // phrases without codes go through the concept extractor
                open("['small left pleural effusion', 'cardiomegaly']",
                        "J90 I51.7 | small left pleural effusion=mapped to J90 by the concept extractor; cardiomegaly=mapped to I51.7 by the concept extractor"),
                open("[{\"phrase\": \"calcified granuloma\"}]", "J98.4 | calcified granuloma=mapped to J98.4 by the concept extractor"),
                open("['weird opacity thing', 'pleural effusion (J90)']",
                        "R91.8 J90 | weird opacity thing=mapped to R91.8 by the concept extractor"),
                open("['sternal wires']", "Z98.890 | sternal wires=mapped to Z98.890 by the concept extractor"),
                open("['no pneumothorax']", " | no pneumothorax=no ICD-10-CM code for the phrase"),
                // invalid and unknown codes are flagged; the phrase is mapped instead
                open("[{\"phrase\": \"pleural effusion\", \"code\": \"J99.99\"}]",
                        "J90 | J99.99=unknown ICD-10-CM code; pleural effusion=mapped to J90 by the concept extractor"),
                open("[{\"phrase\": \"cardiomegaly\", \"code\": \"cardio\"}]",
                        "I51.7 | cardio=invalid ICD-10-CM code; cardiomegaly=mapped to I51.7 by the concept extractor"),
                open("[{\"phrase\": \"mystery finding\", \"code\": \"X99.999\"}]",
                        " | X99.999=unknown ICD-10-CM code; mystery finding=no ICD-10-CM code for the phrase"),
                // malformed
                open("", "FAIL"),
                open("The report describes a normal chest radiograph without acute abnormality.", "FAIL"),
                open("I cannot determine the ICD-10 codes from this report.", "FAIL"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("multipleChoice")
    void multipleChoiceAnswers(String schemaName, String answer, String expected) {
        Schema schema = BuiltInSchemas.byName(schemaName).orElseThrow();
        MultipleChoiceAnswer a = (schemaName.equals("nih14") ? nih : chexpert).parseMultipleChoice(answer);
        if (expected.equals("FAIL")) {
            assertTrue(a.failure().isPresent(), "expected a parse failure");
            assertEquals(answer, a.failure().get().raw());
            assertEquals(Map.of(), a.states());
            return;
        }
        assertTrue(a.failure().isEmpty(), () -> "unexpected failure: " + a.failure().get().reason());
        assertEquals(expectedStates(schema, expected), new LinkedHashMap<>(a.states()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("openEnded")
    void openEndedAnswers(String answer, String expected) {
        OpenEndedAnswer a = chexpert.parseOpenEnded(answer);
        if (expected.equals("FAIL")) {
            assertTrue(a.failure().isPresent(), "expected a parse failure");
            assertEquals(answer, a.failure().get().raw());
            assertEquals(List.of(), a.concepts());
            return;
        }
        assertTrue(a.failure().isEmpty(), () -> "unexpected failure: " + a.failure().get().reason());
        String[] parts = expected.split("\\|", 2);
        assertEquals(parts[0].isBlank() ? List.of() : List.of(parts[0].strip().split(" ")), a.codes());
        String flags = String.join("; ", a.flags().stream().map(f -> f.item() + "=" + f.problem()).toList());
        assertEquals(parts.length > 1 ? parts[1].strip() : "", flags);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("multipleChoice")
    void flagsTheItemsThatNameNoFinding(String schemaName, String answer, String expected) {
        MultipleChoiceAnswer a = (schemaName.equals("nih14") ? nih : chexpert).parseMultipleChoice(answer);
        if (answer.equals("[Cardiomegaly, Hiatal hernia]")) {
            assertEquals(List.of(new AnswerFlag("Hiatal hernia", "names no finding of chexpert14")), a.flags());
        } else if (answer.equals("[Normal, Cardiomegaly]")) {
            assertEquals(List.of(new AnswerFlag("Normal", "listed with findings; the findings were kept")), a.flags());
        } else {
            assertEquals(List.of(), a.flags());
        }
    }

    private static Map<String, MentionState> expectedStates(Schema schema, String expected) {
        Map<String, MentionState> states = new LinkedHashMap<>();
        for (Finding f : Prompts.candidates(schema)) {
            states.put(f.name(), MentionState.NEGATIVE);
        }
        boolean pathology = false;
        for (String token : expected.isBlank() ? new String[0] : expected.split(" (?=[+?-])")) {
            MentionState s = switch (token.charAt(0)) {
                case '+' -> MentionState.POSITIVE;
                case '?' -> MentionState.UNCERTAIN;
                default -> MentionState.NEGATIVE;
            };
            String name = token.substring(1);
            if (!states.containsKey(name)) {
                throw new IllegalArgumentException("not a candidate: " + name);
            }
            states.put(name, s);
            pathology |= s != MentionState.NEGATIVE && !name.equals("Support Devices");
        }
        if (schema.finding("No Finding").isPresent()) {
            states.put("No Finding", pathology ? MentionState.NEGATIVE : MentionState.POSITIVE);
        }
        return states;
    }

    private static Arguments mc(String schema, String answer, String expected) {
        return Arguments.of(schema, answer, expected);
    }

    private static Arguments open(String answer, String expected) {
        return Arguments.of(answer, expected);
    }
}
