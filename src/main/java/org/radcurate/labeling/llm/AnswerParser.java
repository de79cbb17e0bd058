package org.radcurate.labeling.llm;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.radcurate.domain.Schema;
import org.radcurate.labeling.ConceptExtractor;
import org.radcurate.labeling.FindingSynonyms;
import org.radcurate.labeling.Icd10Catalog;
import org.radcurate.labeling.LabelerOptions;

/**
 * Turns LLM answers into four-state labels (multiple choice) and ICD-10-CM concepts (open-ended).
 * Tolerant of real model output: markdown, code fences, reasoning tags, extra prose, synonyms and
 * display names, any case, trailing commas, JSON or plain lists, codes with or without dots. An
 * answer that cannot be read gives a {@link ParseFailure} with its raw text, never "no findings".
 * Immutable once built; safe to share between threads.
 */
public final class AnswerParser {
    private final MultipleChoiceParser multipleChoice;
    private final OpenEndedParser openEnded;

    private AnswerParser(MultipleChoiceParser multipleChoice, OpenEndedParser openEnded) {
        this.multipleChoice = multipleChoice;
        this.openEnded = openEnded;
    }

    /** A parser for a schema, with the bundled lexicon, code table and concept extractor. */
    public static AnswerParser forSchema(Schema schema) throws IOException {
        Map<String, Set<String>> synonyms = FindingSynonyms.of(schema);
        return new AnswerParser(new MultipleChoiceParser(schema, synonyms),
                new OpenEndedParser(Icd10Catalog.load(), ConceptExtractor.bundled(LabelerOptions.defaults())));
    }

    public MultipleChoiceAnswer parseMultipleChoice(String answer) {
        return multipleChoice.parse(answer);
    }

    public OpenEndedAnswer parseOpenEnded(String answer) {
        return openEnded.parse(answer);
    }
}
