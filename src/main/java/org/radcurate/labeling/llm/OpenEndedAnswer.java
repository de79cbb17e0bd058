package org.radcurate.labeling.llm;

import java.util.List;
import java.util.Optional;
import org.radcurate.domain.Concept;

/**
 * A parsed open-ended answer: its ICD-10-CM concepts (codes checked against the bundled table),
 * the flags, and the failure if the answer could not be read (then there are no concepts).
 */
public record OpenEndedAnswer(List<Concept> concepts, List<AnswerFlag> flags, Optional<ParseFailure> failure) {
    public OpenEndedAnswer {
        concepts = List.copyOf(concepts);
        flags = List.copyOf(flags);
    }

    public boolean parsed() {
        return failure.isEmpty();
    }

    public List<String> codes() {
        return concepts.stream().map(Concept::code).toList();
    }
}
