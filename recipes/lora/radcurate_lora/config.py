"""Training and inference settings, read from a JSON file; defaults are the study's recipe."""

import dataclasses
import json
from dataclasses import dataclass, field
from typing import List, Optional

from .events import RecipeError


@dataclass
class TrainConfig:
    base_model: str = ""              # a local folder with config.json, weights and tokenizer
    dataset: str = ""                 # Alpaca JSON (.json) or chat JSONL (.jsonl)
    output_dir: str = ""              # checkpoints and the final adapter go here
    lora_r: int = 8
    lora_alpha: int = 16
    lora_dropout: float = 0.05
    target_modules: List[str] = field(default_factory=lambda: ["q_proj", "v_proj"])
    learning_rate: float = 1e-5
    weight_decay: float = 0.01
    warmup_steps: int = 100
    scheduler: str = "cosine"         # cosine with linear warm-up
    effective_batch_size: int = 128   # sequences per optimizer step, over all processes
    batch_size: int = 2               # sequences per forward pass on one process
    epochs: int = 1
    max_steps: int = 0                # 0: as many as the epochs give
    max_length: int = 1024            # tokens; a longer prompt loses its middle (counted in the start event)
    train_on_input: bool = False      # loss on the response only, as torchtune's instruct datasets
    precision: str = "auto"           # auto (bf16 where the GPU has it, else fp32), bf16, fp16, fp32
    gradient_checkpointing: bool = True
    logging_steps: int = 1
    save_steps: int = 50              # checkpoint every N optimizer steps (and at the end)
    save_total_limit: int = 2         # checkpoints kept
    resume: bool = True               # continue from the newest checkpoint in output_dir
    seed: int = 42
    device: str = "auto"              # auto, cuda, cpu
    limit_examples: int = 0           # 0: all; else the first N after the seeded shuffle

    def gradient_accumulation_steps(self, world_size: int) -> int:
        per_step = self.batch_size * world_size
        if self.effective_batch_size % per_step != 0:
            raise RecipeError(
                "effective_batch_size %d is not a multiple of batch_size %d x %d processes"
                % (self.effective_batch_size, self.batch_size, world_size))
        return self.effective_batch_size // per_step


@dataclass
class PredictConfig:
    base_model: str = ""
    adapter: Optional[str] = None     # an adapter folder; none for a merged model or the bare base
    prompts: str = ""                 # JSONL: id, task, and instruction/input or messages
    output: str = ""                  # JSONL: one {"id", "task", "answer"} per prompt
    batch_size: int = 8
    max_new_tokens: int = 256
    max_length: int = 1024
    precision: str = "auto"
    device: str = "auto"
    resume: bool = True               # keep answers already in output and skip their ids


def load(cls, path: str, overrides=None):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        raise RecipeError("config file not found: %s" % path)
    except json.JSONDecodeError as e:
        raise RecipeError("config file %s, line %d: %s" % (path, e.lineno, e.msg))
    return from_dict(cls, data, path, overrides)


def from_dict(cls, data, where="config", overrides=None):
    if not isinstance(data, dict):
        raise RecipeError("%s: expected a JSON object" % where)
    data = dict(data)
    data.update(overrides or {})
    known = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise RecipeError("%s: unknown setting %s" % (where, ", ".join(unknown)))
    cfg = cls(**data)
    for name in ("base_model",):
        if not getattr(cfg, name):
            raise RecipeError("%s: %s is required" % (where, name))
    return cfg
