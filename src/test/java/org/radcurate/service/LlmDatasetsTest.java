package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Split;
import org.radcurate.labeling.llm.LlmTask;

class LlmDatasetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private WorkspaceSession sample() throws Exception {
        return WorkspaceSession.open(SampleWorkspace.createIfMissing(dir.resolve("s.radcurate"), ProgressListener.NONE));
    }

    private static Map<String, LlmDatasets.Example> byKey(List<LlmDatasets.Example> examples) {
        return examples.stream().collect(Collectors.toMap(e -> e.task().code() + ":" + e.reportId(), Function.identity()));
    }

    @Test
    void hand_checked_records_of_both_tasks_from_the_sample_gold() throws Exception {
        try (WorkspaceSession ws = sample()) {
            List<LlmDatasets.Example> all = LlmDatasets.examples(ws, new LlmDatasets.Request(SampleWorkspace.GOLD,
                    Split.TRAIN, -1, -1, 42, dir, "gold"));
            assertEquals(360, all.size()); // 180 train reports, one record of each task
            Map<String, LlmDatasets.Example> k = byKey(all);
            assertEquals("Normal", k.get("mc:S0001").output());
            assertEquals("[]", k.get("open:S0001").output());
            assertEquals("[Atelectasis, Support Devices]", k.get("mc:S0002").output());
            // concepts in code order, as the workspace keeps them
            assertEquals("[{\"phrase\": \"bibasilar atelectasis\", \"code\": \"J98.11\"}, {\"phrase\": \"right internal "
                    + "jugular central venous catheter, endotracheal tube and enteric tube\", \"code\": \"Z97.8\"}]",
                    k.get("open:S0002").output());
            assertEquals("[Pneumothorax, Fracture]", k.get("mc:S0004").output());
            assertEquals("[Atelectasis, Pleural Effusion]", k.get("mc:S0006").output());
            assertEquals("[{\"phrase\": \"small left pleural effusion\", \"code\": \"J90\"}, {\"phrase\": \"left basilar "
                    + "atelectasis\", \"code\": \"J98.11\"}]", k.get("open:S0006").output());
            assertEquals("[Fracture]", k.get("mc:S0008").output());
            assertEquals("[{\"phrase\": \"old healed right 8th rib fracture\", \"code\": \"Z87.81\"}]",
                    k.get("open:S0008").output());
            LlmDatasets.Example s1 = k.get("mc:S0001");
            assertEquals("Report to analyze:\nINDICATION: Cough for 2 weeks.\nCOMPARISON: None.\nFINDINGS: The heart is "
                    + "normal in size. The mediastinum is unremarkable. The lungs are clear. There is no pleural effusion or "
                    + "pneumothorax.\nIMPRESSION: No acute cardiopulmonary disease.\n\nExpected output:", s1.input());
            assertEquals(true, s1.instruction().contains("['Enlarged Cardiomediastinum', 'Cardiomegaly', 'Lung Lesion', "
                    + "'Lung Opacity', 'Edema', 'Consolidation', 'Pneumonia', 'Atelectasis', 'Pneumothorax', 'Pleural "
                    + "Effusion', 'Pleural Other', 'Fracture', 'Support Devices']"));
            assertEquals("Report:\n" + s1.input().substring("Report to analyze:\n".length(),
                    s1.input().length() - "\n\nExpected output:".length()) + "\n\nOutput:", k.get("open:S0001").input());
        }
    }

    @Test
    void mixed_by_counts_and_shuffled_with_the_seed() throws Exception {
        try (WorkspaceSession ws = sample()) {
            LlmDatasets.Request r = new LlmDatasets.Request(SampleWorkspace.GOLD, Split.TRAIN, 9, 4, 7, dir, "mix");
            List<LlmDatasets.Example> a = LlmDatasets.examples(ws, r);
            assertEquals(9, a.stream().filter(e -> e.task() == LlmTask.OPEN_ENDED).count());
            assertEquals(4, a.stream().filter(e -> e.task() == LlmTask.MULTIPLE_CHOICE).count());
            assertEquals(a, LlmDatasets.examples(ws, r));
            List<LlmDatasets.Example> b = LlmDatasets.examples(ws, new LlmDatasets.Request(SampleWorkspace.GOLD,
                    Split.TRAIN, 9, 4, 8, dir, "mix"));
            assertNotEquals(a.stream().map(e -> e.task() + e.reportId()).toList(),
                    b.stream().map(e -> e.task() + e.reportId()).toList());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LlmDatasets.examples(ws,
                    new LlmDatasets.Request(SampleWorkspace.GOLD, Split.TRAIN, 9000, 4500, 7, dir, "mix")));
            assertEquals("asked for 9000 open-ended records but source 'gold of split train' labels only 180 reports",
                    e.getMessage());
        }
    }

    @Test
    void files_hold_the_same_records_and_the_manifest_records_source_templates_counts_and_seed() throws Exception {
        try (WorkspaceSession ws = sample()) {
            LlmDatasets.Request r = new LlmDatasets.Request(SampleWorkspace.GOLD, Split.TRAIN, 6, 3, 11, dir, "joint");
            LlmDatasets.Built built = LlmDatasets.build(ws, r);
            List<LlmDatasets.Example> examples = LlmDatasets.examples(ws, r);
            JsonNode alpaca = JSON.readTree(built.alpaca().toFile());
            List<String> chat = Files.readAllLines(built.chat());
            assertEquals(9, alpaca.size());
            assertEquals(9, chat.size());
            for (int i = 0; i < 9; i++) {
                LlmDatasets.Example e = examples.get(i);
                JsonNode a = alpaca.get(i);
                assertEquals(List.of("instruction", "input", "output", "id", "task"), fieldNames(a));
                assertEquals(e.instruction(), a.get("instruction").asText());
                assertEquals(e.input(), a.get("input").asText());
                assertEquals(e.output(), a.get("output").asText());
                JsonNode c = JSON.readTree(chat.get(i));
                assertEquals(e.reportId(), c.get("id").asText());
                JsonNode m = c.get("messages");
                assertEquals(List.of("system", "user", "assistant"), List.of(m.get(0).get("role").asText(),
                        m.get(1).get("role").asText(), m.get(2).get("role").asText()));
                assertEquals(e.instruction() + "\n\n" + e.input(), m.get(1).get("content").asText());
                assertEquals(e.output(), m.get(2).get("content").asText());
            }
            JsonNode manifest = JSON.readTree(built.manifest().toFile());
            assertEquals("gold", manifest.get("source").asText());
            assertEquals("train", manifest.get("split").asText());
            assertEquals(11, manifest.get("seed").asLong());
            assertEquals("{\"open\":6,\"mc\":3,\"total\":9}", manifest.get("counts").toString());
            assertEquals(true, manifest.at("/templates/mc").asText().startsWith("radcurate-mc-chexpert14 v1 #"));
            assertEquals(true, manifest.at("/templates/open").asText().startsWith("radcurate-open-chexpert14 v1 #"));
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
