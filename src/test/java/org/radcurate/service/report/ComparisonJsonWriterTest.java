package org.radcurate.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radcurate.evaluation.Resampling;

class ComparisonJsonWriterTest {

    private static JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void requiredShapeWithExactValues() throws Exception {
        JsonNode root = parse(ComparisonJsonWriter.write(ReportFixtures.comparison(new Resampling(300, 9), "teacher")));
        assertEquals("gold@1", root.get("gold").asText());
        assertEquals("u-zeros", root.get("policy").asText());
        assertEquals(5, root.get("reports").asInt());
        assertEquals(300, root.get("bootstrap").get("resamples").asInt());
        assertEquals(9, root.get("bootstrap").get("seed").asLong());
        JsonNode teacher = root.get("sources").get(0);
        assertEquals("teacher", teacher.get("name").asText());
        JsonNode micro = teacher.get("micro");
        assertEquals(0.5, micro.get("precision").asDouble(), 1e-15);
        assertEquals(4.0 / 6, micro.get("recall").asDouble(), 1e-15);
        assertEquals(8.0 / 14, micro.get("f1").asDouble(), 1e-15);
        assertEquals(2, micro.get("ci95").size());
        assertTrue(micro.get("ci95").get(0).asDouble() <= micro.get("ci95").get(1).asDouble());
        JsonNode macro = teacher.get("macro");
        assertEquals(4.0 / 9, macro.get("f1").asDouble(), 1e-15);
        for (String field : List.of("precision", "recall", "f1", "ci95")) {
            assertTrue(macro.has(field), field);
        }
        JsonNode b = teacher.get("findings").get(1);
        assertEquals("B", b.get("name").asText());
        assertEquals(0.5, b.get("precision").asDouble(), 1e-15);
        assertEquals(1.0, b.get("recall").asDouble(), 1e-15);
        assertEquals(2.0 / 3, b.get("f1").asDouble(), 1e-15);
        assertEquals(2, b.get("support").asInt());
        JsonNode paired = root.get("paired");
        assertEquals("teacher", paired.get("a").asText());
        assertEquals("student", paired.get("b").asText());
        assertEquals(1 - 8.0 / 14, paired.get("difference").asDouble(), 1e-15);
        assertEquals(2, paired.get("ci95").size());
        assertTrue(paired.get("p").asDouble() > 0 && paired.get("p").asDouble() <= 1);
    }

    @Test
    void withoutResamplingIntervalsAreNullAndNoPairedTest() throws Exception {
        JsonNode root = parse(ComparisonJsonWriter.write(ReportFixtures.comparison(Resampling.NONE, "teacher")));
        assertTrue(root.get("sources").get(0).get("micro").get("ci95").isNull());
        assertFalse(root.has("paired"));
    }
}
