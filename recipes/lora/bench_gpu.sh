#!/usr/bin/env bash
# One call on a GPU machine: the LoRA recipe's bf16 throughput on a random ~1.1 B Llama (nothing
# downloaded), the JSON result on stdout and in OUT/result.json, the recipe's lines in OUT/bench.log.
#   bash recipes/lora/bench_gpu.sh [OUT] [extra bench_gpu.py flags, e.g. --steps 20 or --tiny]
# The interpreter: $PYTHON, else the project's .venv, else python3. It needs torch (a CUDA build),
# transformers, peft, accelerate and tokenizers (recipes/lora/requirements-gpu.txt).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-/tmp/radcurate-lora-bench}"
shift || true
py="${PYTHON:-}"
if [ -z "$py" ]; then
    if [ -x "$here/../../.venv/bin/python" ]; then py="$here/../../.venv/bin/python"; else py=python3; fi
fi
if ! "$py" -c 'import torch, transformers, peft, accelerate, tokenizers' 2>/dev/null; then
    echo "error: $py lacks torch, transformers, peft, accelerate or tokenizers;" >&2
    echo "install them with: $py -m pip install -r $here/requirements-gpu.txt" >&2
    exit 1
fi
mkdir -p "$out"
command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv >&2 || true
"$py" "$here/bench_gpu.py" --out "$out" "$@" 2>"$out/bench.log" | tee "$out/result.json"
