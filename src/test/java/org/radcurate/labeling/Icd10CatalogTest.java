package org.radcurate.labeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Icd10CatalogTest {
    private final Icd10Catalog catalog = Icd10Catalog.load();

    @Test
    void holdsTheWholeFy2022Table() {
        assertEquals(95_524, catalog.size());
        assertEquals(Optional.of("Pleural effusion, not elsewhere classified"), catalog.description("J90"));
        assertEquals(Optional.of("Atelectasis"), catalog.description("j98.11"));
        assertEquals(Optional.of("Atelectasis"), catalog.description("J9811"));
        assertEquals(Optional.empty(), catalog.description("J99.99"));
        assertEquals(Optional.empty(), catalog.description("not a code"));
        assertTrue(catalog.entry("J98.1").orElseThrow().billable() == false);
    }

    @Test
    void searchesByCodePrefix() {
        List<Icd10Entry> hits = catalog.search("J98.1", 10);
        assertEquals(List.of("J98.1", "J98.11", "J98.19"), hits.stream().map(Icd10Entry::code).toList());
        assertEquals(3, catalog.search("j93", 3).size());
    }

    @Test
    void searchesByWordPrefixesLeastSpecificFirst() {
        List<Icd10Entry> hits = catalog.search("pleural effus", 5);
        assertTrue(hits.stream().anyMatch(e -> e.code().equals("J90")), hits.toString());
        assertTrue(hits.get(0).code().length() <= hits.get(hits.size() - 1).code().length());
        assertEquals("K44.9", catalog.search("diaphragmatic hernia without obstruction", 1).get(0).code());
        assertEquals(List.of(), catalog.search("", 5));
        assertEquals(List.of(), catalog.search("zzzzqqq", 5));
    }
}
