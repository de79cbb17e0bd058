package org.radcurate.service;

import java.util.List;
import java.util.Optional;
import org.radcurate.labeling.Icd10Catalog;
import org.radcurate.labeling.Icd10Entry;

/**
 * Autocomplete over the bundled ICD-10-CM code table, for the UI (which may not reach the labeler).
 * The table is loaded on first use and shared; it never changes.
 */
public final class CodeSearch {
    /** One code of the table: dotted code and its long description. */
    public record Code(String code, String description) {}

    private final Icd10Catalog catalog;

    public CodeSearch() {
        this.catalog = Icd10Catalog.load();
    }

    /** Codes starting with a typed code ("J9", "j98.1"), else codes whose description has every typed word. */
    public List<Code> search(String text, int limit) {
        return catalog.search(text, limit).stream().map(CodeSearch::code).toList();
    }

    /** The code's description, when the code is in the table. */
    public Optional<Code> find(String code) {
        return catalog.entry(code).map(CodeSearch::code);
    }

    private static Code code(Icd10Entry e) {
        return new Code(e.code(), e.description());
    }
}
