package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.testing.TestFiles;

/** {@code train --init} on the tiny BERT fixture, with gold overriding the teacher, then {@code predict}. */
class TrainInitCliTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RadCurateCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void initTrainsFromAPretrainedFolderWithGoldAndTheModelPredicts() throws Exception {
        Path init = Path.of(getClass().getResource("/org/radcurate/training/tiny-bert/config.json").toURI()).getParent();
        Path reports = TestFiles.lines(dir.resolve("reports.csv"), "id,findings,impression",
                "1,Small left pleural effusion.,Effusion.", "2,No pleural effusion.,Normal.",
                "3,Large right pleural effusion.,Effusion.", "4,The lungs are clear.,Normal.");
        Path teacher = TestFiles.lines(dir.resolve("teacher.csv"), "id,Effusion", "1,1", "2,0", "3,1", "4,");
        Path gold = TestFiles.lines(dir.resolve("gold.csv"), "id,Effusion", "2,0", "4,1");
        Path model = dir.resolve("model");
        int code = run("train", "--schema", "nih14", "--in", reports.toString(), "--labels", teacher.toString(),
                "--gold", gold.toString(), "--init", init.toString(), "--epochs", "2", "--set", "batchSize=2",
                "--set", "validationFraction=0", "--set", "maxTokens=32", "--out", model.toString());
        assertEquals(0, code, err.toString());
        assertEquals(List.of("model written to " + model), out.toString().lines().toList());
        ObjectMapper json = new ObjectMapper();
        JsonNode config = json.readTree(model.resolve("config.json").toFile());
        assertEquals("pretrained", config.get("preset").asText());
        assertEquals(init.toAbsolutePath().normalize().toString(), config.get("init").asText());
        JsonNode sources = json.readTree(model.resolve("sources.json").toFile());
        assertEquals(2, sources.at("/train/teacher/reports").asInt());
        assertEquals(2, sources.at("/train/gold/reports").asInt());
        assertEquals(2, sources.get("goldOverridesTeacher").asInt());
        assertEquals(2, Files.readAllLines(model.resolve("metrics.jsonl")).size());

        Path predicted = dir.resolve("pred.csv");
        assertEquals(0, run("predict", "--model", model.toString(), "--in", reports.toString(), "--out",
                predicted.toString()), err.toString());
        assertEquals(5, Files.readAllLines(predicted).size());
        assertTrue(Files.readAllLines(predicted).get(0).startsWith("id,Atelectasis"));
    }
}
