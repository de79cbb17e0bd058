package org.radcurate.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The open-ended answer for a report: its ICD-10-CM codes with phrases and evidence. */
public record ConceptSet(String reportId, List<Concept> concepts) {
    public ConceptSet {
        concepts = List.copyOf(concepts);
    }

    public Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        concepts.forEach(c -> codes.add(c.code()));
        return codes;
    }
}
