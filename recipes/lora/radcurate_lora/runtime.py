"""Device, precision and model loading shared by training, prediction and merging."""

import os

from .events import RecipeError


def pick_device(requested: str):
    import torch
    if requested == "cpu":
        return "cpu"
    if requested == "cuda" and not torch.cuda.is_available():
        raise RecipeError("device cuda was asked for but torch %s sees no CUDA GPU" % torch.__version__)
    return "cuda" if torch.cuda.is_available() else "cpu"


def pick_dtype(precision: str, device: str):
    import torch
    if precision == "auto":
        if device == "cuda" and torch.cuda.is_bf16_supported():
            return torch.bfloat16
        return torch.float32
    table = {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}
    if precision not in table:
        raise RecipeError("precision must be auto, bf16, fp16 or fp32, not %s" % precision)
    if precision == "bf16" and device == "cuda" and not torch.cuda.is_bf16_supported():
        raise RecipeError("precision bf16 was asked for but %s has no bf16 support"
                          % torch.cuda.get_device_name(0))
    return table[precision]


def dtype_name(dtype) -> str:
    return str(dtype).replace("torch.", "")


def load_tokenizer(base_model: str):
    from transformers import AutoTokenizer
    if not os.path.isdir(base_model):
        raise RecipeError("base model folder not found: %s" % base_model)
    tok = AutoTokenizer.from_pretrained(base_model)
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    return tok


def load_model(base_model: str, dtype, device: str):
    from transformers import AutoModelForCausalLM
    if not os.path.isfile(os.path.join(base_model, "config.json")):
        raise RecipeError("no config.json in the base model folder %s" % base_model)
    # torch_dtype is accepted by every transformers release from 4.x on (newer ones also take dtype).
    model = AutoModelForCausalLM.from_pretrained(base_model, torch_dtype=dtype)
    return model.to(device)


def gpu_memory_mib(device: str):
    import torch
    if device != "cuda":
        return None
    return round(torch.cuda.max_memory_allocated() / 2**20, 1)
