package org.radcurate.training.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchAndSlurmTest {
    private static final Path PY = Path.of("/opt/env/bin/python");
    private static final Path CFG = Path.of("/runs/r1/recipe-config.json");

    @Test
    void one_process_or_one_per_gpu_under_accelerate_or_torchrun() {
        assertEquals(List.of("/opt/env/bin/python", "-m", "radcurate_lora", "train", "--config", "/runs/r1/recipe-config.json"),
                Launch.single().command(PY, "train", CFG));
        assertEquals(List.of("/opt/env/bin/python", "-m", "accelerate.commands.launch", "--num_processes", "4",
                "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no", "-m", "radcurate_lora",
                "train", "--config", "/runs/r1/recipe-config.json"),
                new Launch(Launch.Launcher.ACCELERATE, 4).command(PY, "train", CFG));
        assertEquals(List.of("/opt/env/bin/python", "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
                "-m", "radcurate_lora", "train", "--config", "/runs/r1/recipe-config.json"),
                new Launch(Launch.Launcher.TORCHRUN, 2).command(PY, "train", CFG));
        assertEquals("several processes need --launcher accelerate or torchrun",
                assertThrows(IllegalArgumentException.class, () -> new Launch(Launch.Launcher.PYTHON, 2)).getMessage());
        assertEquals("unknown launcher 'deepspeed'; use python, accelerate or torchrun",
                assertThrows(IllegalArgumentException.class, () -> Launch.Launcher.parse("deepspeed")).getMessage());
    }

    @Test
    void slurm_script_runs_torchrun_on_one_node_with_the_gpus() {
        String script = SlurmScript.write(new SlurmScript.Options("llama lora", 4, 32, "12:00:00", "gpu"), PY,
                Path.of("/opt/radcurate/recipes/lora"), CFG, Path.of("/runs/r1"));
        assertEquals("""
                #!/bin/bash
                # Written by RadCurate: LoRA fine-tuning with the radcurate_lora recipe. Submit with: sbatch <this file>
                #SBATCH --job-name=llama_lora
                #SBATCH --nodes=1
                #SBATCH --ntasks=1
                #SBATCH --gres=gpu:4
                #SBATCH --cpus-per-task=32
                #SBATCH --time=12:00:00
                #SBATCH --partition=gpu
                #SBATCH --output=/runs/r1/slurm-%j.jsonl
                #SBATCH --error=/runs/r1/slurm-%j.log
                set -euo pipefail
                export PYTHONPATH=/opt/radcurate/recipes/lora${PYTHONPATH:+:$PYTHONPATH}
                export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
                srun /opt/env/bin/python -m torch.distributed.run --standalone --nproc_per_node 4 -m radcurate_lora train --config /runs/r1/recipe-config.json
                """, script);
    }

    @Test
    void slurm_quotes_paths_with_spaces_and_checks_its_options() {
        String script = SlurmScript.write(new SlurmScript.Options("r", 1, 8, "1-00:00:00", null),
                Path.of("/home/a b/env/bin/python"), Path.of("/r"), Path.of("/runs/it's/c.json"), Path.of("/runs/x"));
        assertEquals("srun '/home/a b/env/bin/python' -m radcurate_lora train --config '/runs/it'\\''s/c.json'",
                script.lines().filter(l -> l.startsWith("srun")).findFirst().orElseThrow());
        assertEquals("Slurm time must be HH:MM:SS or D-HH:MM:SS, not '12h'", assertThrows(IllegalArgumentException.class,
                () -> new SlurmScript.Options("r", 1, 8, "12h", null)).getMessage());
        assertEquals("a Slurm job needs 1 GPU or more, not 0", assertThrows(IllegalArgumentException.class,
                () -> new SlurmScript.Options("r", 0, 8, "01:00:00", null)).getMessage());
    }
}
