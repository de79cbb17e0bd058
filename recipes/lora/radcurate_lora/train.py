"""LoRA fine-tuning: AdamW, cosine schedule with warm-up, gradient accumulation, checkpoints, resume.

Runs as one process, or as several under ``accelerate launch`` or ``torchrun`` (DDP): each process
reads its own share of every optimizer step, and only the main process logs and saves.
"""

import json
import math
import os
import random
import shutil
import time

from . import data
from .config import TrainConfig
from .events import RecipeError, emit
from .runtime import dtype_name, gpu_memory_mib, load_model, load_tokenizer, pick_device, pick_dtype

STATE_FILE = "trainer_state.pt"
INFO_FILE = "checkpoint.json"


def checkpoints(output_dir: str):
    """Checkpoint folders in output_dir, oldest first, as (step, path)."""
    if not os.path.isdir(output_dir):
        return []
    found = []
    for name in os.listdir(output_dir):
        path = os.path.join(output_dir, name)
        if name.startswith("checkpoint-") and os.path.isfile(os.path.join(path, INFO_FILE)):
            try:
                found.append((int(name[len("checkpoint-"):]), path))
            except ValueError:
                pass
    return sorted(found)


def plan(cfg: TrainConfig, n_examples: int, world_size: int):
    """(micro-batches per process per epoch, gradient accumulation, optimizer steps in all)."""
    accumulation = cfg.gradient_accumulation_steps(world_size)
    per_process = math.ceil(n_examples / world_size)
    micro_per_epoch = math.ceil(per_process / cfg.batch_size)
    steps_per_epoch = math.ceil(micro_per_epoch / accumulation)
    total = steps_per_epoch * cfg.epochs
    if cfg.max_steps > 0:
        total = min(total, cfg.max_steps)
    return micro_per_epoch, accumulation, steps_per_epoch, total


def run(cfg: TrainConfig) -> str:
    import torch
    from accelerate import Accelerator
    from peft import LoraConfig, get_peft_model, set_peft_model_state_dict
    from transformers import get_cosine_schedule_with_warmup, get_linear_schedule_with_warmup

    if not cfg.dataset:
        raise RecipeError("config: dataset is required")
    if not cfg.output_dir:
        raise RecipeError("config: output_dir is required")
    device = pick_device(cfg.device)
    dtype = pick_dtype(cfg.precision, device)
    accelerator = Accelerator(cpu=(device == "cpu"))
    world, rank = accelerator.num_processes, accelerator.process_index
    device = str(accelerator.device)

    random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    tokenizer = load_tokenizer(cfg.base_model)
    records = data.read_records(cfg.dataset)
    order = data.shuffled_order(len(records), cfg.seed, 0)
    if cfg.limit_examples > 0:
        order = order[:cfg.limit_examples]
    examples = [data.encode(records[i], tokenizer, cfg.max_length, cfg.train_on_input) for i in order]
    if not examples:
        raise RecipeError("dataset %s has no records" % cfg.dataset)
    micro_per_epoch, accumulation, steps_per_epoch, total_steps = plan(cfg, len(examples), world)

    model = load_model(cfg.base_model, dtype, device)
    if cfg.gradient_checkpointing:
        # non-reentrant checkpointing works with DDP and frozen inputs; older transformers lack the argument
        try:
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        except TypeError:
            model.gradient_checkpointing_enable()
        model.enable_input_require_grads()
    lora = LoraConfig(r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=cfg.lora_dropout,
                      target_modules=list(cfg.target_modules), bias="none", task_type="CAUSAL_LM")
    model = get_peft_model(model, lora)
    # Adapter weights stay in fp32 whatever the base dtype (bf16 base, fp32 LoRA: torchtune's layout).
    for p in model.parameters():
        if p.requires_grad:
            p.data = p.data.float()
    trainable = [p for p in model.parameters() if p.requires_grad]
    n_trainable = sum(p.numel() for p in trainable)
    n_total = sum(p.numel() for p in model.parameters())
    optimizer = torch.optim.AdamW(trainable, lr=cfg.learning_rate, weight_decay=cfg.weight_decay)
    if cfg.scheduler == "cosine":
        scheduler = get_cosine_schedule_with_warmup(optimizer, cfg.warmup_steps, total_steps)
    elif cfg.scheduler == "linear":
        scheduler = get_linear_schedule_with_warmup(optimizer, cfg.warmup_steps, total_steps)
    else:
        raise RecipeError("scheduler must be cosine or linear, not %s" % cfg.scheduler)

    start_step = 0
    found = checkpoints(cfg.output_dir) if cfg.resume else []
    if found:
        start_step, path = found[-1]
        from peft.utils import load_peft_weights
        set_peft_model_state_dict(model, load_peft_weights(path, device=device))
        state = torch.load(os.path.join(path, STATE_FILE), map_location="cpu")
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        for p in trainable:
            p.data = p.data.float()
    model = accelerator.prepare(model)
    autocast_dtype = dtype if dtype != torch.float32 else None

    emit("start", recipe="radcurate_lora", device=device,
         gpu=torch.cuda.get_device_name(0) if device.startswith("cuda") else None,
         dtype=dtype_name(dtype), world_size=world, examples=len(examples),
         truncated=sum(1 for e in examples if e["truncated"]),
         total_steps=total_steps, steps_per_epoch=steps_per_epoch, gradient_accumulation=accumulation,
         effective_batch_size=cfg.effective_batch_size, batch_size=cfg.batch_size,
         trainable_parameters=n_trainable, parameters=n_total, resumed_from_step=start_step,
         output_dir=cfg.output_dir)

    model.train()
    started = time.time()
    step = start_step
    last_loss = None
    tokens_since, loss_sum, loss_n, window_start = 0, 0.0, 0, time.time()
    while step < total_steps:
        epoch = step // steps_per_epoch
        epoch_order = data.shuffled_order(len(examples), cfg.seed, epoch + 1)
        mine = epoch_order[rank::world]
        step_in_epoch = step - epoch * steps_per_epoch
        micro = step_in_epoch * accumulation
        while micro < micro_per_epoch and step < total_steps:
            group = range(micro, min(micro + accumulation, micro_per_epoch))
            for k, m in enumerate(group):
                batch = [examples[i] for i in mine[m * cfg.batch_size:(m + 1) * cfg.batch_size]]
                if not batch:  # this process's share ran out before the others'
                    batch = [examples[mine[0]]]
                ids, labels, mask = data.collate(batch, tokenizer.pad_token_id)
                ids, labels, mask = ids.to(device), labels.to(device), mask.to(device)
                sync = k == len(group) - 1
                ctx = accelerator.no_sync(model) if (world > 1 and not sync) else _null()
                with ctx:
                    if autocast_dtype is not None:
                        with torch.autocast(device_type=device.split(":")[0], dtype=autocast_dtype):
                            out = model(input_ids=ids, attention_mask=mask, labels=labels)
                    else:
                        out = model(input_ids=ids, attention_mask=mask, labels=labels)
                    loss = out.loss / len(group)
                    accelerator.backward(loss)
                loss_sum += out.loss.detach().float().item()
                loss_n += 1
                tokens_since += int(mask.sum().item())
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            micro += len(group)
            step += 1
            if step % cfg.logging_steps == 0 or step == total_steps:
                stats = torch.tensor([loss_sum, loss_n, tokens_since], dtype=torch.float64, device=device)
                if world > 1:
                    stats = accelerator.reduce(stats, reduction="sum")
                elapsed = max(time.time() - window_start, 1e-9)
                last_loss = stats[0].item() / max(stats[1].item(), 1)
                emit("step", step=step, total_steps=total_steps,
                     epoch=round(step / steps_per_epoch, 4), loss=round(last_loss, 6),
                     learning_rate=scheduler.get_last_lr()[0],
                     tokens_per_second=round(stats[2].item() / elapsed, 1),
                     gpu_memory_mib=gpu_memory_mib(device), elapsed_s=round(time.time() - started, 3))
                tokens_since, loss_sum, loss_n, window_start = 0, 0.0, 0, time.time()
            if step % cfg.save_steps == 0 and step < total_steps:
                save_checkpoint(accelerator, model, optimizer, scheduler, tokenizer, cfg, step, total_steps)
    if step > start_step:
        save_checkpoint(accelerator, model, optimizer, scheduler, tokenizer, cfg, step, total_steps)
    adapter = os.path.join(cfg.output_dir, "adapter")
    if accelerator.is_main_process:
        accelerator.unwrap_model(model).save_pretrained(adapter)
        tokenizer.save_pretrained(adapter)
        with open(os.path.join(adapter, "radcurate_train.json"), "w", encoding="utf-8") as f:
            json.dump({"config": vars(cfg), "steps": step, "final_loss": last_loss}, f, indent=2)
    accelerator.wait_for_everyone()
    emit("end", adapter=adapter, steps=step, total_steps=total_steps, final_loss=last_loss,
         elapsed_s=round(time.time() - started, 3), gpu_memory_mib=gpu_memory_mib(device))
    return adapter


class _null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def save_checkpoint(accelerator, model, optimizer, scheduler, tokenizer, cfg, step, total_steps):
    import torch
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        path = os.path.join(cfg.output_dir, "checkpoint-%d" % step)
        tmp = path + ".tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        accelerator.unwrap_model(model).save_pretrained(tmp)
        torch.save({"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(), "step": step},
                   os.path.join(tmp, STATE_FILE))
        with open(os.path.join(tmp, INFO_FILE), "w", encoding="utf-8") as f:
            json.dump({"step": step, "total_steps": total_steps}, f)
        shutil.rmtree(path, ignore_errors=True)
        os.replace(tmp, path)
        for _, old in checkpoints(cfg.output_dir)[:-max(cfg.save_total_limit, 1)]:
            shutil.rmtree(old, ignore_errors=True)
        emit("checkpoint", step=step, path=path)
    accelerator.wait_for_everyone()
