import json
import os
import subprocess
import sys

from conftest import RECIPE


def test_tiny_benchmark_runs_the_recipe_on_the_cpu_and_prints_the_figures(tmp_path):
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false")
    proc = subprocess.run([sys.executable, str(RECIPE / "bench_gpu.py"), "--tiny", "--steps", "3", "--skip", "1",
                           "--out", str(tmp_path)], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    result = json.loads([line for line in proc.stdout.splitlines() if line.startswith("{")][-1])
    # the recipe's own lines went to stderr, the summary alone to stdout
    assert '"event": "start"' in proc.stderr and '"event": "end"' in proc.stderr
    assert (result["device"], result["dtype"], result["shape"]) == ("cpu", "float32", "tiny")
    assert (result["steps"], result["measured_steps"], result["examples_per_step"]) == (3, 2, 4)
    # the tiny shape: 2 layers of width 64 over 512 ids; LoRA r 8 on q_proj and v_proj
    assert result["parameters"] == 139584
    assert result["trainable_parameters"] == 2 * (8 * 64 + 64 * 8 + 8 * 64 + 8 * 32)
    assert result["peak_tflops"] == 989.0 and result["peak_gpu_memory_mib"] is None
    tps = result["tokens_per_second"]
    assert tps > 0
    assert abs(result["achieved_tflops"] - 6 * 139584 * tps / 1e12) <= 1e-3 * result["achieved_tflops"]
    assert abs(result["mfu"] - 6 * 139584 * tps / 989e12) <= 1e-3 * result["mfu"]
    assert abs(result["seconds_per_1000_examples"] - result["seconds_per_step"] / 4 * 1000) < 0.01
    assert abs(result["tokens_per_step"] / result["seconds_per_step"] - tps) <= 0.01 * tps
    assert os.path.isfile(tmp_path / "run" / "adapter" / "adapter_config.json")
    assert len(json.loads((tmp_path / "synthetic.alpaca.json").read_text())) == 3 * 4
