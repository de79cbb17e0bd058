package org.radcurate.training.lora;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Whether an interpreter can run the recipe, and if not exactly what to install or why it cannot
 * run: missing packages, no GPU, too little GPU memory for the base model, no bf16.
 */
public final class RecipeCheck {
    /** What the run asks for: the device (auto, cuda, cpu), the precision (auto, bf16, fp16, fp32), the base model. */
    public record Needs(String device, String precision, Path baseModel) {}

    private RecipeCheck() {}

    /** Runs {@code python -m radcurate_lora check}; a missing or broken interpreter is an IOException with the reason. */
    public static EnvironmentReport inspect(Path python, Path recipeDir) throws IOException {
        if (!Files.isExecutable(python)) {
            throw new IOException("no Python interpreter at " + python);
        }
        ProcessBuilder pb = new ProcessBuilder(python.toString(), "-m", RecipeLocator.PACKAGE, "check")
                .redirectErrorStream(false);
        pb.environment().put("PYTHONPATH", recipeDir.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String out;
        String err;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(python + " did not answer the recipe's check within 120 s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking " + python, e);
        }
        for (String line : out.split("\n")) {
            var ev = RecipeEvent.parse(line);
            if (ev.isPresent() && ev.get().is("check")) {
                return EnvironmentReport.fromJson(ev.get().fields());
            }
        }
        throw new IOException(python + " could not run the recipe's check (exit " + p.exitValue() + "): "
                + lastLine(err));
    }

    /** Everything that stops this run, each as the sentence the user sees; empty when it can run. */
    public static List<String> problems(Path python, Path recipeDir, EnvironmentReport report, Needs needs) {
        List<String> out = new ArrayList<>();
        List<String> missing = report.missing();
        if (!missing.isEmpty()) {
            out.add(missingMessage(python, recipeDir, missing));
            return out;
        }
        boolean wantsGpu = !needs.device().equals("cpu");
        if (wantsGpu && report.gpus().isEmpty()) {
            out.add(noGpuMessage(python, report));
            return out;
        }
        if (wantsGpu) {
            EnvironmentReport.Gpu gpu = report.gpus().get(0);
            long weights = weightsMib(needs.baseModel());
            boolean bf16 = needs.precision().equals("bf16") || (needs.precision().equals("auto") && gpu.bf16());
            long needed = (bf16 || needs.precision().equals("fp16") ? weights : weights * 2) + 2048;
            if (weights > 0 && gpu.memoryMib() < needed) {
                out.add(String.format("%s has %d MiB of memory; the base model's weights in %s need about %d MiB "
                        + "and training about %d MiB: use a larger GPU or a smaller model",
                        gpu.name(), gpu.memoryMib(), bf16 ? "bf16" : "fp32", needed - 2048, needed));
            }
            if (needs.precision().equals("bf16") && !gpu.bf16()) {
                out.add(gpu.name() + " has no bf16 support (it needs compute capability 8.0 or newer): "
                        + "set precision=fp32, or precision=auto to choose for you");
            }
        }
        return out;
    }

    static String missingMessage(Path python, Path recipeDir, List<String> missing) {
        return "the Python at " + python + " lacks " + String.join(", ", missing) + " for the LoRA recipe; install "
                + "them with: " + python + " -m pip install -r " + recipeDir.resolve("requirements-gpu.txt")
                + " (a GPU machine), or run bash " + recipeDir.resolve("setup-venv.sh") + " (Debian, CPU only)";
    }

    static String noGpuMessage(Path python, EnvironmentReport report) {
        return "no CUDA GPU is visible to " + python + " (torch " + report.packages().get("torch")
                + "): install an NVIDIA driver and a CUDA build of torch, or set device=cpu to train a "
                + "small model on the CPU";
    }

    /** The size of the weight files in the base-model folder, in MiB (0 when unknown). */
    public static long weightsMib(Path baseModel) {
        if (baseModel == null || !Files.isDirectory(baseModel)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(baseModel)) {
            long bytes = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".safetensors") || n.endsWith(".bin") || n.endsWith(".pth");
            }).mapToLong(p -> p.toFile().length()).sum();
            return bytes >> 20;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "no output" : lines[lines.length - 1];
    }
}
