package org.radcurate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radcurate.domain.ProgressListener;
import org.radcurate.service.SampleWorkspace;

class LlmStudentCommandsTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return RadCurateCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    private List<String> errorLines() {
        return err.toString().lines().filter(l -> l.startsWith("error: ")).toList();
    }

    private String sample() throws Exception {
        return SampleWorkspace.createIfMissing(dir.resolve("s.radcurate"), ProgressListener.NONE).toString();
    }

    private static String python() {
        return System.getProperty("radcurate.python");
    }

    @Test
    void dataset_writes_three_files_and_names_a_bad_source() throws Exception {
        String ws = sample();
        Path data = dir.resolve("data");
        assertEquals(0, run("llm", "dataset", "-w", ws, "--source", "gold", "--split", "train", "--open", "6", "--mc", "3",
                "--seed", "11", "-o", data.toString(), "--name", "joint"), err.toString());
        assertEquals(List.of(data.resolve("joint.alpaca.json") + ": 6 open-ended + 3 multiple-choice records",
                data.resolve("joint.chat.jsonl").toString(), data.resolve("joint.dataset.json").toString()), outLines());
        assertEquals(9, Files.readAllLines(data.resolve("joint.chat.jsonl")).size());
        assertEquals(1, run("llm", "dataset", "-w", ws, "--source", "gpt-4o", "-o", data.toString()));
        assertEquals(List.of("error: no source 'gpt-4o' in the workspace"), errorLines());
        assertEquals(1, run("llm", "dataset", "-w", ws, "--source", "gold", "--split", "holdout", "-o", data.toString()));
        assertEquals(List.of("error: unknown split 'holdout'; use train, dev, test or all"), errorLines());
    }

    @Test
    void train_without_a_gpu_says_why_and_changes_nothing() throws Exception {
        String ws = sample();
        Path dataset = Files.writeString(dir.resolve("d.alpaca.json"), "[]");
        assertEquals(1, run("llm", "train", "-w", ws, "--name", "r1", "--dataset", dataset.toString(), "--base-model",
                dir.toString(), "--python", python()));
        String torch = errorLines().isEmpty() ? "" : errorLines().get(0).replaceAll(".*\\(torch ([^)]*)\\).*", "$1");
        assertEquals(List.of("error: no CUDA GPU is visible to " + python() + " (torch " + torch + "): install an NVIDIA "
                + "driver and a CUDA build of torch, or set device=cpu to train a small model on the CPU"), errorLines());
        assertEquals(0, run("info", "-w", ws));
        assertEquals(false, out.toString().contains("r1"));
        assertEquals(1, run("llm", "train", "--dataset", dataset.toString(), "--base-model", dir.toString()));
        assertEquals(List.of("error: give --workspace W --name RUN, --out DIR, or --slurm FILE --out DIR"), errorLines());
    }

    @Test
    void train_with_slurm_writes_the_batch_script_instead() throws Exception {
        Path dataset = Files.writeString(dir.resolve("d.alpaca.json"), "[]");
        Path script = dir.resolve("job.sbatch");
        Path runDir = dir.resolve("cluster-run");
        assertEquals(0, run("llm", "train", "--slurm", script.toString(), "--out", runDir.toString(), "--dataset",
                dataset.toString(), "--base-model", dir.resolve("llama").toString(), "--python", "/env/bin/python",
                "--gpus", "2", "--set", "learning_rate=3e-4", "--slurm-time", "08:00:00"), err.toString());
        Path config = runDir.toAbsolutePath().resolve("recipe-config.json");
        assertEquals(List.of(script + ": submit with sbatch " + script + " (config " + config + ")"), outLines());
        List<String> lines = Files.readAllLines(script);
        assertEquals("#SBATCH --gres=gpu:2", lines.get(5));
        assertEquals("#SBATCH --time=08:00:00", lines.get(7));
        assertEquals("srun /env/bin/python -m torch.distributed.run --standalone --nproc_per_node 2 -m radcurate_lora train "
                + "--config " + config, lines.get(lines.size() - 1));
        assertEquals("{\"base_model\":\"" + dir.resolve("llama").toAbsolutePath() + "\",\"dataset\":\""
                + dataset.toAbsolutePath() + "\",\"output_dir\":\"" + runDir.toAbsolutePath()
                + "\",\"learning_rate\":3.0E-4}", new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                        config.toFile()).toString());
    }

    @Test
    void predict_imports_served_answers_as_a_student_source() throws Exception {
        String ws = sample();
        Path answers = dir.resolve("answers.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(answers)) {
            w.write("{\"id\": \"S0005\", \"task\": \"mc\", \"answer\": \"Normal\"}\n");
            w.write("{\"id\": \"S0005\", \"task\": \"open\", \"answer\": \"[]\"}\n");
            w.write("{\"id\": \"S0004\", \"task\": \"mc\", \"answer\": \"[Pneumothorax, Fracture]\"}\n");
            w.write("{\"id\": \"S0004\", \"task\": \"open\", \"answer\": \"I cannot tell.\"}\n");
        }
        assertEquals(0, run("llm", "predict", "-w", ws, "--run", "vllm1", "--answers", answers.toString()), err.toString());
        assertEquals(List.of("2 reports stored as source student:vllm1 (0 multiple-choice and 1 open-ended answers could "
                + "not be read)"), outLines());
        assertEquals(0, run("export", "-w", ws, "--source", "student:vllm1", "-o", dir.resolve("s.csv").toString()));
        List<String> csv = Files.readAllLines(dir.resolve("s.csv"));
        assertEquals(3, csv.size());
        assertEquals(1, run("llm", "predict", "-w", ws, "--run", "missing"));
        assertEquals(List.of("error: no run 'missing' in the workspace"), errorLines());
    }

    @Test
    void predict_asks_a_served_model_and_a_remote_one_needs_consent() throws Exception {
        String ws = sample();
        java.util.Set<String> models = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (org.radcurate.service.llm.FakeChatServer server = org.radcurate.service.llm.FakeChatServer.start((q, user, n) -> {
            models.add(q.path("model").asText());
            boolean open = user.contains("ICD-10-CM code of each condition");
            boolean ptx = user.contains("Small right apical pneumothorax following chest tube removal");
            return org.radcurate.service.llm.FakeChatServer.Reply.ok(open ? (ptx
                    ? "[{\"phrase\": \"apical pneumothorax\", \"code\": \"J93.9\"}]" : "[]")
                    : (ptx ? "[Pneumothorax]" : "Normal"), 100, 5);
        }, 4)) {
            assertEquals(0, run("llm", "predict", "-w", ws, "--run", "vllm2", "--endpoint", server.endpoint().url(),
                    "--concurrency", "4"), err.toString());
            assertEquals(List.of("60 reports stored as source student:vllm2 (0 multiple-choice and 0 open-ended answers "
                    + "could not be read)"), outLines());
            assertEquals(120, server.requests());
            assertEquals(java.util.Set.of("vllm2"), models);
        }
        assertEquals(0, run("export", "-w", ws, "--source", "student:vllm2", "-o", dir.resolve("v.csv").toString()));
        assertEquals(61, Files.readAllLines(dir.resolve("v.csv")).size());
        assertEquals(1, run("llm", "predict", "-w", ws, "--run", "vllm3", "--endpoint", "http://10.1.2.3:8000/v1",
                "--model", "lora1"));
        assertEquals(List.of("error: report text would leave this machine for http://10.1.2.3:8000/v1, and this "
                + "workspace's owner has not allowed that endpoint; allow it with 'llm consent -w WORKSPACE --grant "
                + "http://10.1.2.3:8000/v1' or in Label > Run LLM Teacher"), errorLines());
    }

    @Test
    void score_prints_the_open_ended_task_at_both_levels() throws Exception {
        String ws = sample();
        assertEquals(0, run("llm", "score", "-w", ws, "--gold", "gold", "--source", "gold", "--split", "test",
                "--resamples", "0"), err.toString());
        assertEquals(List.of("open-ended task, gold gold, split test",
                "source\treports\tlevel\tprecision\trecall\tf1\tf1 95% CI",
                "gold\t60\tcode\t1.000\t1.000\t1.000\t-",
                "gold\t60\tcategory\t1.000\t1.000\t1.000\t-"), outLines());
        assertEquals(1, run("llm", "score", "-w", ws, "--gold", "gold", "--source", "student:none"));
        assertEquals(List.of("error: no source 'student:none' in the workspace"), errorLines());
    }
}
