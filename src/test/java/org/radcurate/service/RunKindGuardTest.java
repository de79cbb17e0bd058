package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Run;
import org.radcurate.domain.Split;

/** The built-in student never trains over, or predicts with, an LLM's LoRA run of the same name. */
class RunKindGuardTest {
    @TempDir
    Path dir;

    @Test
    void aLoraRunsNameIsRefusedAndItsFolderKept() throws Exception {
        try (WorkspaceSession ws = WorkspaceSession.open(SampleWorkspace.createIfMissing(dir.resolve("s.radcurate"),
                ProgressListener.NONE))) {
            Run lora = ws.workspace().transaction(() -> ws.workspace().runs().create("lora1", LlmTraining.KIND, "{}",
                    "cpu"));
            Path adapter = Path.of(lora.artifactDir()).resolve("adapter/adapter_config.json");
            Files.createDirectories(adapter.getParent());
            Files.writeString(adapter, "{}");
            String expected = "run 'lora1' is a llm-lora run, not a built-in student (djl-student); continue it in the "
                    + "Train screen's \"LLM (LoRA)\" tab or with llm train, or give this run another name";

            assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> TrainingService.train(ws,
                    new TrainingService.Request("lora1", SampleWorkspace.GOLD, Split.TRAIN, Map.of("epochs", "1")),
                    ProgressListener.NONE, () -> false)).getMessage());
            assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> TrainingService.predict(ws,
                    "lora1", ProgressListener.NONE, () -> false)).getMessage());
            assertTrue(Files.isRegularFile(adapter), "the LoRA run's adapter is untouched");
            assertEquals(LlmTraining.KIND, ws.workspace().runs().findByName("lora1").orElseThrow().kind());
        }
    }
}
