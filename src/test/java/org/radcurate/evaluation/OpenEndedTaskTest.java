package org.radcurate.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * <pre>
 *       gold              pred                          full (tp fp fn)   category (tp fp fn)
 *   r1  J18.9 J90         j189 J81.0                    1 1 1             {J18,J90} vs {J18,J81}: 1 1 1
 *   r2  I51.7             I51.7 pneumonia               1 1 0             {I51} vs {I51,PNEUMONIA}: 1 1 0
 *   r3  J98.11 R91.8      J98.4 J98.19 R91.1            0 3 2             {J98,R91} vs {J98,R91}: 2 0 0
 *   r4  (none)            J90                           0 1 0             0 1 0
 *   r5  J93.9             (report missing)              0 0 1             0 0 1
 *   --  (not in gold)     X99 (ignored)
 *   total                                               2 6 4             4 3 2
 * </pre>
 * full: P 2/8, R 2/6, F1 4/14; category: P 4/7, R 4/6, F1 8/13.
 */
class OpenEndedTaskTest {

    static Map<String, Set<String>> gold() {
        Map<String, Set<String>> g = new LinkedHashMap<>();
        g.put("r1", Set.of("J18.9", "J90"));
        g.put("r2", Set.of("I51.7"));
        g.put("r3", Set.of("J98.11", "R91.8"));
        g.put("r4", Set.of());
        g.put("r5", Set.of("J93.9"));
        return g;
    }

    static Map<String, Set<String>> pred() {
        return Map.of(
                "r1", Set.of("j189", "J81.0"),
                "r2", Set.of("I51.7", "pneumonia"),
                "r3", Set.of("J98.4", "J98.19", "R91.1"),
                "r4", Set.of("J90"),
                "r9", Set.of("X99"));
    }

    @Test
    void microOverCodesAndCategories() {
        OpenEndedResult r = OpenEndedTask.evaluate("llm", gold(), pred(), Resampling.DEFAULT);
        assertEquals(5, r.reports());
        assertEquals(new Counts(2, 6, 4, 0), r.fullCodes());
        assertEquals(new Counts(4, 3, 2, 0), r.categories());
        assertEquals(2.0 / 8, r.fullCode().precision(), 1e-15);
        assertEquals(2.0 / 6, r.fullCode().recall(), 1e-15);
        assertEquals(4.0 / 14, r.fullCode().f1(), 1e-15);
        assertEquals(8.0 / 13, r.category().f1(), 1e-15);
        assertTrue(r.fullCodeCi95().isDefined() && r.categoryCi95().isDefined());
        assertEquals(r, OpenEndedTask.evaluate("llm", gold(), pred(), Resampling.DEFAULT), "seeded");
    }

    @Test
    void perLevelTablesForPairedTests() {
        assertEquals(new Counts(2, 6, 4, 0), OpenEndedTask.table(gold(), pred(), OpenEndedTask.Level.FULL).scores().micro());
        assertEquals(new Counts(4, 3, 2, 0), OpenEndedTask.table(gold(), pred(), OpenEndedTask.Level.CATEGORY).scores().micro());
    }

    @Test
    void pairedAgainstGoldItself() {
        // gold as its own prediction: F1 1 at every resample where a gold code is drawn
        PairedTest p = OpenEndedTask.pairedBootstrap("llm", "gold", gold(), pred(), gold(), OpenEndedTask.Level.FULL,
                new Resampling(500, 8));
        assertEquals(1 - 4.0 / 14, p.difference(), 1e-15);
        assertTrue(p.ci95().lo() > 0);
        assertEquals(1.0 / 501, p.p(), 1e-15);
    }

    @Test
    void keys() {
        assertEquals("J98.11", OpenEndedTask.key(" j9811 ", OpenEndedTask.Level.FULL));
        assertEquals("J98", OpenEndedTask.key("J98.11", OpenEndedTask.Level.CATEGORY));
        assertEquals("PNEUMONIA", OpenEndedTask.key("pneumonia", OpenEndedTask.Level.CATEGORY));
    }
}
