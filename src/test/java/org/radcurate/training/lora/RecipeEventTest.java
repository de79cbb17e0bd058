package org.radcurate.training.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecipeEventTest {
    @Test
    void a_step_line_becomes_a_typed_step() {
        RecipeEvent e = RecipeEvent.parse("{\"event\": \"step\", \"step\": 12, \"total_steps\": 106, \"epoch\": 0.1132, "
                + "\"loss\": 1.25, \"learning_rate\": 1.2e-06, \"tokens_per_second\": 5321.5, \"gpu_memory_mib\": 17890.2, "
                + "\"elapsed_s\": 64.5}").orElseThrow();
        assertEquals(new RecipeEvent.Step(12, 106, 0.1132, 1.25, 1.2e-06, 5321.5, 17890.2, 64.5), e.step().orElseThrow());
        RecipeEvent cpu = RecipeEvent.parse("{\"event\": \"step\", \"step\": 1, \"gpu_memory_mib\": null}").orElseThrow();
        assertEquals(null, cpu.step().orElseThrow().gpuMemoryMib());
    }

    @Test
    void other_lines_are_not_events() {
        assertTrue(RecipeEvent.parse("Loading checkpoint shards: 100%").isEmpty());
        assertTrue(RecipeEvent.parse("{\"loss\": 1}").isEmpty());
        assertTrue(RecipeEvent.parse("{not json").isEmpty());
        assertEquals("adapter", RecipeEvent.parse("{\"event\":\"end\",\"adapter\":\"adapter\"}").orElseThrow().text("adapter"));
        assertTrue(RecipeEvent.parse("{\"event\":\"end\"}").orElseThrow().step().isEmpty());
    }
}
