package org.radcurate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.MentionState;
import org.radcurate.domain.Progress;
import org.radcurate.domain.ProgressListener;
import org.radcurate.domain.Report;
import org.radcurate.domain.Run;
import org.radcurate.domain.RunStatus;
import org.radcurate.domain.Source;
import org.radcurate.domain.SourceKind;
import org.radcurate.domain.Split;
import org.radcurate.domain.UncertaintyPolicy;
import org.radcurate.evaluation.Comparison;
import org.radcurate.evaluation.Resampling;
import org.radcurate.labeling.llm.Prompts;

/**
 * The LLM student end to end on the CPU with a tiny random Llama built by the recipe's
 * tests/tiny_model.py (nothing downloaded): dataset, 30 LoRA steps with a falling loss stored as
 * the run's timeline, resume, inference over the test split parsed into student:RUN, and Compare.
 */
class LlmStudentEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path python() {
        return TinyLlama.python();
    }

    private Path tinyModel() throws Exception {
        return TinyLlama.build(dir.resolve("tiny"));
    }

    private static Map<String, String> cpu() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("device", "cpu");
        s.put("learning_rate", "0.02");
        s.put("warmup_steps", "3");
        s.put("effective_batch_size", "4");
        s.put("batch_size", "2");
        s.put("max_steps", "30");
        s.put("max_length", "320");
        s.put("gradient_checkpointing", "false");
        s.put("lora_dropout", "0.0");
        s.put("save_steps", "10");
        return s;
    }

    @Test
    void dataset_train_resume_predict_and_compare() throws Exception {
        Path model = tinyModel();
        try (WorkspaceSession ws = WorkspaceSession.open(SampleWorkspace.createIfMissing(dir.resolve("s.radcurate"),
                ProgressListener.NONE))) {
            LlmDatasets.Built data = LlmDatasets.build(ws, new LlmDatasets.Request(SampleWorkspace.GOLD, Split.TRAIN,
                    90, 45, 42, dir.resolve("data"), "joint"));
            List<Progress> progress = new ArrayList<>();
            LlmTraining.Request request = new LlmTraining.Request("lora1", data.alpaca(), model, python(), cpu(),
                    "python", 1, null);
            Run run = LlmTraining.train(ws, request, progress::add, () -> false);
            assertEquals(RunStatus.FINISHED, run.status());
            assertEquals(LlmTraining.KIND, run.kind());
            assertEquals("cpu: torch " + torchVersion() + " sees no CUDA GPU", run.device());
            Map<Integer, Map<String, Double>> timeline = ws.workspace().runs().metrics(run.id());
            assertEquals(30, timeline.size());
            double first = 0;
            double last = 0;
            for (int s = 1; s <= 5; s++) {
                first += timeline.get(s).get("loss") / 5;
                last += timeline.get(25 + s).get("loss") / 5;
            }
            assertTrue(last < 0.8 * first, first + " -> " + last);
            assertEquals(0.0, timeline.get(30).get("learningRate"));
            assertEquals(30, progress.stream().filter(p -> p.message().startsWith("step ")).count());
            assertEquals("started on cpu (float32), 135 examples, 30 steps", progress.get(0).message());
            Path adapter = Path.of(run.artifactDir()).resolve("adapter");
            assertTrue(Files.isRegularFile(adapter.resolve("adapter_config.json")));
            assertEquals("{\"open\":90,\"mc\":45,\"total\":135}",
                    JSON.readTree(run.configJson()).at("/dataset/counts").toString());

            // the same name again resumes from the last checkpoint: nothing left to train
            progress.clear();
            LlmTraining.train(ws, request, progress::add, () -> false);
            assertEquals("started on cpu (float32), 135 examples, 30 steps, resumed from step 30",
                    progress.get(0).message());

            Map<String, String> predict = Map.of("max_new_tokens", "6", "batch_size", "16");
            LlmTraining.Predicted p = LlmTraining.predict(ws, "lora1", Split.TEST, null, predict, ProgressListener.NONE,
                    () -> false);
            assertEquals(60, p.reports());
            assertEquals("student:lora1", p.source().name());
            assertEquals(SourceKind.STUDENT, p.source().kind());
            List<String> answers = Files.readAllLines(Path.of(run.artifactDir()).resolve("answers-test.jsonl"));
            assertEquals(120, answers.size());
            long parsedMc = ws.workspace().labels().states(p.source().id()).size();
            assertEquals(60, parsedMc + p.multipleChoiceFailures());
            // the untrained tiny model's answers are scored like any source's (whatever they are worth)
            OpenEndedScores.Scores open = OpenEndedScores.score(ws, SampleWorkspace.GOLD, List.of("student:lora1"),
                    Split.TEST, new Resampling(50, 1));
            assertEquals(60, open.results().get(0).reports());
        }
    }

    @Test
    void answers_from_a_served_model_become_a_student_source_that_compare_scores() throws Exception {
        try (WorkspaceSession ws = WorkspaceSession.open(SampleWorkspace.createIfMissing(dir.resolve("s.radcurate"),
                ProgressListener.NONE))) {
            Source gold = ws.workspace().sources().find(SampleWorkspace.GOLD).orElseThrow();
            Map<String, Map<String, MentionState>> states = ws.workspace().labels().states(gold.id());
            Path answers = dir.resolve("served.jsonl");
            try (BufferedWriter w = Files.newBufferedWriter(answers)) {
                for (Report r : ws.workspace().reports().list(Split.TEST)) {
                    String mc = Prompts.multipleChoiceAnswer(ws.activeSchema(), states.get(r.id()));
                    String open = Prompts.openEndedAnswer(ws.workspace().labels().concepts(gold.id(), r.id()));
                    w.write(JSON.writeValueAsString(Map.of("id", r.id(), "task", "mc", "answer", mc)) + "\n");
                    w.write(JSON.writeValueAsString(Map.of("id", r.id(), "task", "open", "answer", open)) + "\n");
                }
            }
            LlmTraining.Predicted p = LlmTraining.importAnswers(ws, "served", answers);
            assertEquals(60, p.reports());
            assertEquals(0, p.multipleChoiceFailures());
            assertEquals(0, p.openEndedFailures());
            String s0005 = "S0005";
            assertEquals(ws.workspace().labels().concepts(gold.id(), s0005).codes(),
                    ws.workspace().labels().concepts(p.source().id(), s0005).codes());
            Comparison c = EvaluationService.compareWorkspace(ws, SampleWorkspace.GOLD_SET, List.of("student:served"),
                    Split.TEST, UncertaintyPolicy.U_ZEROS, new Resampling(200, 1), EvaluationService.Task.MULTIPLE_CHOICE);
            assertEquals(1.0, c.source("student:served").orElseThrow().micro().f1(), 1e-12);
            OpenEndedScores.Scores open = OpenEndedScores.score(ws, SampleWorkspace.GOLD,
                    List.of(SampleWorkspace.GOLD, "student:served"), Split.TEST, new Resampling(200, 1));
            assertEquals(60, open.results().get(1).reports());
            assertEquals(1.0, open.results().get(1).fullCode().f1(), 1e-12);
            assertEquals(1.0, open.results().get(1).category().f1(), 1e-12);
            assertEquals(0.0, open.paired().difference(), 1e-12);

            Files.writeString(answers, "{\"id\": \"S9999\", \"task\": \"mc\", \"answer\": \"Normal\"}\n");
            assertEquals(answers + ", line 1, field 'id': no report 'S9999' in the workspace",
                    assertThrows(IllegalArgumentException.class, () -> LlmTraining.importAnswers(ws, "served", answers))
                            .getMessage());
        }
    }

    private static String torchVersion() throws Exception {
        Process p = new ProcessBuilder(python().toString(), "-c", "from importlib.metadata import version; print(version(\"torch\"))").start();
        String v = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return v;
    }
}
