package org.radcurate.training.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeCheckTest {
    private static final Path PY = Path.of("/env/bin/python");
    private static final Path RECIPE = Path.of("/app/recipes/lora");
    private static final Map<String, String> ALL = Map.of("torch", "2.5.1", "transformers", "4.46.0", "peft", "0.13.2",
            "accelerate", "1.0.1");

    @TempDir
    Path dir;

    static Path python() {
        return Path.of(System.getProperty("radcurate.python"));
    }

    static Path recipe() {
        return Path.of(System.getProperty("radcurate.recipe.dir"));
    }

    @Test
    void missing_packages_name_the_install_command() {
        EnvironmentReport r = new EnvironmentReport("3.11.2", Map.of("torch", "2.5.1"), false, List.of());
        assertEquals(List.of("the Python at /env/bin/python lacks transformers, peft, accelerate for the LoRA recipe; "
                + "install them with: /env/bin/python -m pip install -r /app/recipes/lora/requirements-gpu.txt (a GPU "
                + "machine), or run bash /app/recipes/lora/setup-venv.sh (Debian, CPU only)"),
                RecipeCheck.problems(PY, RECIPE, r, new RecipeCheck.Needs("auto", "auto", null)));
    }

    @Test
    void no_gpu_says_why_unless_the_cpu_was_asked_for() {
        EnvironmentReport r = new EnvironmentReport("3.11.2", ALL, false, List.of());
        assertEquals(List.of("no CUDA GPU is visible to /env/bin/python (torch 2.5.1): install an NVIDIA driver and a "
                + "CUDA build of torch, or set device=cpu to train a small model on the CPU"),
                RecipeCheck.problems(PY, RECIPE, r, new RecipeCheck.Needs("auto", "auto", null)));
        assertEquals(List.of(), RecipeCheck.problems(PY, RECIPE, r, new RecipeCheck.Needs("cpu", "auto", null)));
        assertEquals("cpu: torch 2.5.1 sees no CUDA GPU", r.device());
    }

    @Test
    void gpu_memory_and_bf16_are_checked_against_the_base_model() throws IOException {
        Path model = Files.createDirectories(dir.resolve("model"));
        try (var f = new java.io.RandomAccessFile(model.resolve("model.safetensors").toFile(), "rw")) {
            f.setLength(30L << 20); // 30 MiB of weights
        }
        EnvironmentReport small = new EnvironmentReport("3.11.2", ALL, true,
                List.of(new EnvironmentReport.Gpu("Tesla T4", 1024, false)));
        assertEquals(List.of("Tesla T4 has 1024 MiB of memory; the base model's weights in fp32 need about 60 MiB and "
                + "training about 2108 MiB: use a larger GPU or a smaller model"),
                RecipeCheck.problems(PY, RECIPE, small, new RecipeCheck.Needs("auto", "auto", model)));
        assertEquals(List.of("Tesla T4 has 1024 MiB of memory; the base model's weights in bf16 need about 30 MiB and "
                + "training about 2078 MiB: use a larger GPU or a smaller model",
                "Tesla T4 has no bf16 support (it needs compute capability 8.0 or newer): set precision=fp32, or "
                + "precision=auto to choose for you"),
                RecipeCheck.problems(PY, RECIPE, small, new RecipeCheck.Needs("auto", "bf16", model)));
        EnvironmentReport h200 = new EnvironmentReport("3.11.2", ALL, true,
                List.of(new EnvironmentReport.Gpu("NVIDIA H200", 143771, true)));
        assertEquals(List.of(), RecipeCheck.problems(PY, RECIPE, h200, new RecipeCheck.Needs("auto", "bf16", model)));
        assertEquals("cuda: NVIDIA H200 (143771 MiB, bf16)", h200.device());
    }

    @Test
    void the_project_interpreter_has_the_packages_and_no_gpu_here() throws IOException {
        EnvironmentReport r = RecipeCheck.inspect(python(), recipe());
        assertEquals(List.of(), r.missing());
        assertEquals(List.of("no CUDA GPU is visible to " + python() + " (torch " + r.packages().get("torch")
                + "): install an NVIDIA driver and a CUDA build of torch, or set device=cpu to train a small model "
                + "on the CPU"), RecipeCheck.problems(python(), recipe(), r, new RecipeCheck.Needs("auto", "auto", null)));
    }

    @Test
    void a_bare_virtual_environment_lacks_every_package() throws Exception {
        Path venv = dir.resolve("bare");
        Process p = new ProcessBuilder("/usr/bin/python3", "-m", "venv", "--without-pip", venv.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        Path py = venv.resolve("bin/python");
        EnvironmentReport r = RecipeCheck.inspect(py, recipe());
        assertEquals(List.of("torch", "transformers", "peft", "accelerate"), r.missing());
        assertEquals(List.of(RecipeCheck.missingMessage(py, recipe(), r.missing())),
                RecipeCheck.problems(py, recipe(), r, new RecipeCheck.Needs("auto", "auto", null)));
        assertEquals(PythonInterpreter.Kind.VENV, PythonInterpreter.of(py).kind());
    }

    @Test
    void no_interpreter_is_named() {
        IOException e = assertThrows(IOException.class, () -> RecipeCheck.inspect(dir.resolve("nope/python"), recipe()));
        assertEquals("no Python interpreter at " + dir.resolve("nope/python"), e.getMessage());
    }
}
