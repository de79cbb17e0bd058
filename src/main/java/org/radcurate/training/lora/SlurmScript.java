package org.radcurate.training.lora;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Slurm batch script that runs the recipe on one cluster node with {@code gpus} GPUs under
 * torchrun (one process per GPU), instead of starting it here. Submit it with {@code sbatch FILE};
 * the run's JSON lines go to the job's output file.
 */
public final class SlurmScript {
    /** Job name, GPUs, CPUs per task, time limit (HH:MM:SS), optional partition (null for the default). */
    public record Options(String jobName, int gpus, int cpusPerTask, String time, String partition) {
        public Options {
            if (gpus < 1) {
                throw new IllegalArgumentException("a Slurm job needs 1 GPU or more, not " + gpus);
            }
            if (!time.matches("(\\d+-)?\\d{1,3}:\\d{2}:\\d{2}")) {
                throw new IllegalArgumentException("Slurm time must be HH:MM:SS or D-HH:MM:SS, not '" + time + "'");
            }
        }
    }

    private SlurmScript() {}

    public static String write(Options o, Path python, Path recipeDir, Path config, Path outputDir) {
        Launch launch = o.gpus() == 1 ? Launch.single() : new Launch(Launch.Launcher.TORCHRUN, o.gpus());
        String command = launch.command(python, "train", config).stream().map(SlurmScript::quote)
                .collect(Collectors.joining(" "));
        StringBuilder b = new StringBuilder();
        b.append("#!/bin/bash\n");
        b.append("# Written by RadCurate: LoRA fine-tuning with the radcurate_lora recipe. Submit with: sbatch <this file>\n");
        b.append("#SBATCH --job-name=").append(o.jobName().replaceAll("[^A-Za-z0-9._-]", "_")).append('\n');
        b.append("#SBATCH --nodes=1\n");
        b.append("#SBATCH --ntasks=1\n");
        b.append("#SBATCH --gres=gpu:").append(o.gpus()).append('\n');
        b.append("#SBATCH --cpus-per-task=").append(o.cpusPerTask()).append('\n');
        b.append("#SBATCH --time=").append(o.time()).append('\n');
        if (o.partition() != null && !o.partition().isBlank()) {
            b.append("#SBATCH --partition=").append(o.partition()).append('\n');
        }
        b.append("#SBATCH --output=").append(quote(outputDir.resolve("slurm-%j.jsonl").toString())).append('\n');
        b.append("#SBATCH --error=").append(quote(outputDir.resolve("slurm-%j.log").toString())).append('\n');
        b.append("set -euo pipefail\n");
        b.append("export PYTHONPATH=").append(quote(recipeDir.toString())).append("${PYTHONPATH:+:$PYTHONPATH}\n");
        b.append("export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false\n");
        b.append("srun ").append(command).append('\n');
        return b.toString();
    }

    static String quote(String s) {
        if (s.matches("[A-Za-z0-9_./:=%+-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

}
