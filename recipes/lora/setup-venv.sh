#!/usr/bin/env bash
# Makes the project's .venv for the LoRA recipe on Debian/Ubuntu: Debian's CPU-only python3-torch
# (seen through --system-site-packages) plus the pinned packages of requirements.txt.
# Installs python3-torch with apt when it is missing (needs root or sudo).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VENV="${1:-$ROOT/.venv}"
if ! /usr/bin/python3 -c "import torch, ensurepip" 2>/dev/null; then
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get install -y -qq --no-install-recommends python3-torch python3-venv >/dev/null
fi
if [ ! -x "$VENV/bin/python" ]; then
    /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
# --no-deps: Debian's torch calls itself 1.13.0a0, and pip would replace it with PyPI's CUDA torch.
"$VENV/bin/python" -m pip install -q --no-deps -r "$ROOT/recipes/lora/requirements.txt"
"$VENV/bin/python" -c "import torch, transformers, peft, accelerate; print('LoRA recipe environment:', '$VENV', 'torch', torch.__version__, 'transformers', transformers.__version__, 'peft', peft.__version__, 'accelerate', accelerate.__version__)"
