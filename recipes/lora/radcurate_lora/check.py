"""What this interpreter can do: package versions, GPUs, memory and bf16. Imports nothing it lacks."""

import importlib
import platform
import sys

PACKAGES = ["torch", "transformers", "peft", "accelerate", "tokenizers", "safetensors"]


def version_of(name):
    try:
        from importlib import metadata
        return metadata.version(name)
    except Exception:
        try:
            return getattr(importlib.import_module(name), "__version__", None)
        except Exception:
            return None


def report():
    packages = {name: version_of(name) for name in PACKAGES}
    gpus, cuda, cuda_version = [], False, None
    if packages["torch"]:
        try:
            import torch
            cuda = bool(torch.cuda.is_available())
            cuda_version = torch.version.cuda
            for i in range(torch.cuda.device_count() if cuda else 0):
                props = torch.cuda.get_device_properties(i)
                major, _ = torch.cuda.get_device_capability(i)
                gpus.append({"name": props.name, "memory_mib": props.total_memory // 2**20,
                             "bf16": major >= 8})
        except Exception as e:  # a broken install: report it as missing
            packages["torch"] = None
            packages["torch_error"] = str(e)
    return {"event": "check", "python": platform.python_version(), "executable": sys.executable,
            "packages": packages, "cuda": cuda, "cuda_version": cuda_version, "gpus": gpus}
