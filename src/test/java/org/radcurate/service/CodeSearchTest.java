package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeSearchTest {
    private final CodeSearch search = new CodeSearch();

    @Test
    void aTypedCodeListsCodesWithThatPrefix() {
        List<CodeSearch.Code> codes = search.search("j90", 5);
        assertEquals("J90", codes.get(0).code());
        assertEquals("Pleural effusion, not elsewhere classified", codes.get(0).description());
    }

    @Test
    void wordsFindDescriptionsAndTheLimitHolds() {
        List<CodeSearch.Code> codes = search.search("pleural effusion", 3);
        assertEquals(3, codes.size());
        assertTrue(codes.stream().allMatch(c -> c.description().toLowerCase().contains("pleural effusion")),
                codes.toString());
    }

    @Test
    void blankOrUnknownFindsNothing() {
        assertTrue(search.search("  ", 10).isEmpty());
        assertTrue(search.find("not a code").isEmpty());
        assertEquals("J98.11", search.find("j9811").orElseThrow().code());
    }
}
