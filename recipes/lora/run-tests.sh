#!/usr/bin/env bash
# The LoRA recipe's pytest suite, run by ./mvnw verify (integration-test phase) with the
# interpreter of -Dradcurate.python (default: the project's .venv from setup-venv.sh).
set -euo pipefail
cd "$(dirname "$0")"
PY="${1:-../../.venv/bin/python}"
if [ ! -x "$PY" ]; then
    echo "error: no Python interpreter at $PY for the LoRA recipe's tests." >&2
    echo "Create it with recipes/lora/setup-venv.sh, or pass -Dradcurate.python=/path/to/python" >&2
    echo "of an environment that has recipes/lora/requirements.txt installed." >&2
    exit 1
fi
exec "$PY" -m pytest -q -p no:cacheprovider tests
