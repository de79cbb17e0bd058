"""Inference: one JSONL answer per prompt, batched greedy generation, resumable."""

import json
import os
import time

from . import data
from .config import PredictConfig
from .events import RecipeError, emit
from .runtime import dtype_name, gpu_memory_mib, load_model, load_tokenizer, pick_device, pick_dtype


def read_done(path: str):
    done = {}
    if not os.path.isfile(path):
        return done
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                try:
                    r = json.loads(line)
                except json.JSONDecodeError:
                    break  # a line cut off by a stop: answer it again
                done[(r["id"], r.get("task", ""))] = r
    return done


def run(cfg: PredictConfig) -> str:
    import torch

    if not cfg.prompts or not cfg.output:
        raise RecipeError("config: prompts and output are required")
    device = pick_device(cfg.device)
    dtype = pick_dtype(cfg.precision, device)
    tokenizer = load_tokenizer(cfg.adapter if cfg.adapter and os.path.isfile(
        os.path.join(cfg.adapter, "tokenizer_config.json")) else cfg.base_model)
    tokenizer.padding_side = "left"
    model = load_model(cfg.base_model, dtype, device)
    if cfg.adapter:
        from peft import PeftModel
        if not os.path.isfile(os.path.join(cfg.adapter, "adapter_config.json")):
            raise RecipeError("no adapter_config.json in the adapter folder %s" % cfg.adapter)
        model = PeftModel.from_pretrained(model, cfg.adapter).to(device)
    model.eval()

    records = data.read_records(cfg.prompts)
    for n, r in enumerate(records, 1):
        if "id" not in r:
            raise RecipeError("%s, record %d: no id" % (cfg.prompts, n))
    done = read_done(cfg.output) if cfg.resume else {}
    todo = [r for r in records if (str(r["id"]), r.get("task", "")) not in done]
    encoded = [(r, data.encode_prompt(r, tokenizer, cfg.max_length)) for r in todo]
    # Longest first so each batch pads little and an out-of-memory shows at once.
    encoded.sort(key=lambda e: -len(e[1]))
    emit("start", recipe="radcurate_lora", mode="predict", device=device, dtype=dtype_name(dtype),
         prompts=len(records), already_answered=len(records) - len(todo), output=cfg.output)

    started = time.time()
    answers = dict(done)
    generated_tokens = 0
    pad = tokenizer.pad_token_id
    os.makedirs(os.path.dirname(os.path.abspath(cfg.output)), exist_ok=True)
    with open(cfg.output, "a", encoding="utf-8") as out:
        for b in range(0, len(encoded), cfg.batch_size):
            batch = encoded[b:b + cfg.batch_size]
            width = max(len(ids) for _, ids in batch)
            ids = torch.full((len(batch), width), pad, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for i, (_, p) in enumerate(batch):
                ids[i, width - len(p):] = torch.tensor(p)
                mask[i, width - len(p):] = 1
            with torch.no_grad():
                gen = model.generate(input_ids=ids.to(device), attention_mask=mask.to(device),
                                     max_new_tokens=cfg.max_new_tokens, do_sample=False,
                                     pad_token_id=pad, eos_token_id=tokenizer.eos_token_id)
            for i, (r, _) in enumerate(batch):
                new = gen[i, width:].tolist()
                if tokenizer.eos_token_id in new:
                    new = new[:new.index(tokenizer.eos_token_id)]
                generated_tokens += len(new)
                answer = {"id": str(r["id"]), "task": r.get("task", ""),
                          "answer": tokenizer.decode(new, skip_special_tokens=True).strip()}
                answers[(answer["id"], answer["task"])] = answer
                out.write(json.dumps(answer) + "\n")
            out.flush()
            elapsed = max(time.time() - started, 1e-9)
            emit("predict", done=len(records) - len(todo) + b + len(batch), total=len(records),
                 tokens_per_second=round(generated_tokens / elapsed, 1), gpu_memory_mib=gpu_memory_mib(device))
    # Rewrite in the prompts' order (answers were appended longest prompt first).
    ordered = [answers[(str(r["id"]), r.get("task", ""))] for r in records]
    tmp = cfg.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for a in ordered:
            f.write(json.dumps(a) + "\n")
    os.replace(tmp, cfg.output)
    emit("end", output=cfg.output, answers=len(ordered), elapsed_s=round(time.time() - started, 3))
    return cfg.output


def merge(base_model: str, adapter: str, output_dir: str, precision: str = "auto", device: str = "cpu") -> str:
    """Folds the adapter into the base weights and saves a plain model folder (for vLLM and others)."""
    from peft import PeftModel
    dev = pick_device(device)
    dtype = pick_dtype(precision, dev)
    model = PeftModel.from_pretrained(load_model(base_model, dtype, dev), adapter)
    merged = model.merge_and_unload()
    merged.save_pretrained(output_dir)
    load_tokenizer(base_model).save_pretrained(output_dir)
    emit("end", merged=output_dir, dtype=dtype_name(dtype))
    return output_dir
