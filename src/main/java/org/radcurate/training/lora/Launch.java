package org.radcurate.training.lora;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the recipe is started: one process, or one per GPU under {@code accelerate launch} or
 * {@code torchrun} (both run the same recipe with DDP).
 */
public record Launch(Launcher launcher, int processes) {
    public enum Launcher {
        PYTHON, ACCELERATE, TORCHRUN;

        public static Launcher parse(String value) {
            String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
            for (Launcher l : values()) {
                if (l.name().equals(v)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown launcher '" + value + "'; use python, accelerate or torchrun");
        }
    }

    public Launch {
        if (processes < 1) {
            throw new IllegalArgumentException("the number of processes must be 1 or more, not " + processes);
        }
        if (launcher == Launcher.PYTHON && processes > 1) {
            throw new IllegalArgumentException("several processes need --launcher accelerate or torchrun");
        }
    }

    public static Launch single() {
        return new Launch(Launcher.PYTHON, 1);
    }

    /** The command line for {@code python -m radcurate_lora MODE --config CONFIG} under this launcher. */
    public List<String> command(Path python, String mode, Path config) {
        List<String> out = new ArrayList<>();
        out.add(python.toString());
        switch (launcher) {
            case PYTHON -> { }
            case ACCELERATE -> out.addAll(List.of("-m", "accelerate.commands.launch", "--num_processes",
                    Integer.toString(processes), "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend",
                    "no", "-m"));
            case TORCHRUN -> out.addAll(List.of("-m", "torch.distributed.run", "--standalone", "--nproc_per_node",
                    Integer.toString(processes)));
        }
        if (launcher == Launcher.PYTHON || launcher == Launcher.TORCHRUN) {
            out.add("-m");
        }
        out.addAll(List.of(RecipeLocator.PACKAGE, mode, "--config", config.toString()));
        return out;
    }
}
