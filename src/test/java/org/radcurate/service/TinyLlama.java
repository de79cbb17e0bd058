package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tiny random Llama the LLM-student tests train (2 layers, width 64, a 512-token tokenizer
 * trained on the sample reports), built by the recipe's tests/tiny_model.py with the interpreter of
 * -Dradcurate.python: nothing is downloaded. Shared so that every Java test builds it one way.
 */
public final class TinyLlama {
    private TinyLlama() {}

    public static Path python() {
        return Path.of(System.getProperty("radcurate.python"));
    }

    /** Builds the model into {@code folder} and returns it. */
    public static Path build(Path folder) throws Exception {
        Path recipe = Path.of(System.getProperty("radcurate.recipe.dir"));
        Process p = new ProcessBuilder(python().toString(), recipe.resolve("tests/tiny_model.py").toString(),
                folder.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        return folder;
    }

    /** Recipe settings for a few CPU steps on the tiny model (two sequences a step, no dropout). */
    public static Map<String, String> cpuSettings(int steps, int saveSteps) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("device", "cpu");
        s.put("learning_rate", "0.02");
        s.put("warmup_steps", "1");
        s.put("effective_batch_size", "2");
        s.put("batch_size", "2");
        s.put("max_steps", Integer.toString(steps));
        s.put("max_length", "256");
        s.put("gradient_checkpointing", "false");
        s.put("lora_dropout", "0.0");
        s.put("save_steps", Integer.toString(saveSteps));
        return s;
    }
}
