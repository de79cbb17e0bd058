package org.radcurate.labeling.llm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.radcurate.domain.Schema;

/**
 * The built-in templates and the template file format. Built-ins follow the study's prompts:
 * multiple choice lists the candidates and asks for {@code [finding, ...]} or {@code Normal},
 * leaving out negated and hedged findings; open-ended asks for a short phrase per condition with its
 * ICD-10-CM code. {@code chexpert14} and {@code nih14} have named built-ins; any other schema gets
 * one generated from its display names.
 *
 * <p>A template file is JSON: {@code {"name": "...", "version": 1, "task": "mc", "system": "...",
 * "instruction": "... {{findings}} ...", "input": "... {{report}} ..."}}.
 */
public final class PromptTemplates {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    static final String SYSTEM = "You are a careful radiologist reading chest X-ray reports.";

    static final String MC_INSTRUCTION = """
            You are given a chest X-ray report. Identify the findings the patient has and list them.
            Only use findings from this list:
            {{findings}}

            Guidelines:
            - Be careful about negation: do not include a finding the report rules out. For example, do not include Pneumothorax if the report says "no pneumothorax".
            - Only include findings that are certain. Findings that are "likely", "possibly", "may represent" or otherwise hedged must be left out.
            - Write the result on the first line, formatted exactly as [finding 1, finding 2, ...], using the names as written in the list above.
            - If none of the findings is present, write Normal.
            - After the list you may add one line starting with "Evidence:" that quotes the report for each finding.""";

    static final String OPEN_INSTRUCTION = """
            You are given a chest X-ray report. Extract the phrases of the report that each name a condition the patient has, with the ICD-10-CM code of each condition.

            Guidelines:
            - A phrase must fully name the condition but be as short as possible.
            - Include only conditions the patient has: if the report says "no pneumothorax", do not include pneumothorax.
            - Only include facts that are certain. Conditions that are "likely" or "possibly" present must be left out.
            - Write the result on one line as a JSON list: [{"phrase": "...", "code": "..."}, ...], with ICD-10-CM codes written with a dot (J98.11).
            - If there is no such condition, write [].

            Example:
            Report: Moderate left pleural effusion. Cardiomegaly. No pneumothorax.
            Output: [{"phrase": "moderate left pleural effusion", "code": "J90"}, {"phrase": "cardiomegaly", "code": "I51.7"}]""";

    static final String MC_INPUT = "Report to analyze:\n{{report}}\n\nExpected output:";
    static final String OPEN_INPUT = "Report:\n{{report}}\n\nOutput:";

    private PromptTemplates() {}

    /** The built-in template for a schema and task (generated for a custom schema). */
    public static PromptTemplate builtIn(Schema schema, LlmTask task) {
        String name = "radcurate-" + task.code() + "-" + schema.name();
        return task == LlmTask.MULTIPLE_CHOICE
                ? new PromptTemplate(name, 1, task, SYSTEM, MC_INSTRUCTION, MC_INPUT)
                : new PromptTemplate(name, 1, task, SYSTEM, OPEN_INSTRUCTION, OPEN_INPUT);
    }

    /** Whether {@link #builtIn} is hand-made for the schema rather than generated. */
    public static boolean hasNamedBuiltIn(Schema schema) {
        return schema.name().equals("chexpert14") || schema.name().equals("nih14");
    }

    /** Reads a template file; a mistake is reported with the file, line and field. */
    public static PromptTemplate read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public static PromptTemplate read(InputStream in, String fileName) throws IOException {
        String name = null;
        Integer version = null;
        LlmTask task = null;
        String system = null;
        String instruction = null;
        String input = null;
        int instructionLine = 1;
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(fileName, p, "(top level)", "expected an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "name" -> name = text(fileName, p, field);
                    case "version" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 1) {
                            throw error(fileName, p, field, "expected a whole number of 1 or more");
                        }
                        version = p.getIntValue();
                    }
                    case "task" -> {
                        String t = text(fileName, p, field);
                        task = LlmTask.parse(t).orElseThrow(() -> error(fileName, p, field,
                                "unknown task '" + t + "' (expected mc or open)"));
                    }
                    case "system" -> system = text(fileName, p, field);
                    case "instruction" -> {
                        instruction = text(fileName, p, field);
                        instructionLine = p.currentTokenLocation().getLineNr();
                    }
                    case "input" -> {
                        input = text(fileName, p, field);
                        if (!input.contains(PromptTemplate.REPORT)) {
                            throw error(fileName, p, field, "must contain " + PromptTemplate.REPORT);
                        }
                    }
                    default -> throw error(fileName, p, field,
                            "unknown field (expected name, version, task, system, instruction or input)");
                }
            }
            int end = p.currentTokenLocation().getLineNr();
            requireField(fileName, end, "name", name);
            requireField(fileName, end, "version", version);
            requireField(fileName, end, "task", task);
            requireField(fileName, end, "instruction", instruction);
            requireField(fileName, end, "input", input);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(fileName + ", line " + e.getLocation().getLineNr()
                    + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (task == LlmTask.MULTIPLE_CHOICE && !instruction.contains(PromptTemplate.FINDINGS)) {
            throw new IllegalArgumentException(fileName + ", line " + instructionLine + ", field 'instruction': "
                    + "a multiple-choice instruction must contain " + PromptTemplate.FINDINGS);
        }
        return new PromptTemplate(name, version, task, system, instruction, input);
    }

    /** The template as a template file. */
    public static String toJson(PromptTemplate t) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("name", t.name());
            g.writeNumberField("version", t.version());
            g.writeStringField("task", t.task().code());
            g.writeStringField("system", t.system());
            g.writeStringField("instruction", t.instruction());
            g.writeStringField("input", t.input());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString() + "\n";
    }

    private static String text(String fileName, JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw error(fileName, p, field, "expected a string");
        }
        return p.getText();
    }

    private static void requireField(String fileName, int line, String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(fileName + ", line " + line + ", field '" + field + "': missing");
        }
    }

    private static IllegalArgumentException error(String fileName, JsonParser p, String field, String message) {
        return new IllegalArgumentException(fileName + ", line " + p.currentTokenLocation().getLineNr() + ", field '"
                + field + "': " + message);
    }
}
