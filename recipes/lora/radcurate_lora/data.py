"""Instruction datasets (Alpaca JSON or chat JSONL) into token ids with the loss on the response."""

import json
import random
from typing import Dict, List, Optional, Tuple

from .events import RecipeError

# torchtune's AlpacaInstructTemplate, the format the study trained with.
ALPACA_WITH_INPUT = (
    "Below is an instruction that describes a task, paired with an input that provides further context. "
    "Write a response that appropriately completes the request.\n\n"
    "### Instruction:\n{instruction}\n\n### Input:\n{input}\n\n### Response:\n")
ALPACA_NO_INPUT = (
    "Below is an instruction that describes a task. "
    "Write a response that appropriately completes the request.\n\n"
    "### Instruction:\n{instruction}\n\n### Response:\n")

IGNORE_INDEX = -100


def read_records(path: str) -> List[dict]:
    """An Alpaca JSON array, or JSONL with one record per line (Alpaca fields or ``messages``)."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        raise RecipeError("dataset not found: %s" % path)
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(text)
        except json.JSONDecodeError as e:
            raise RecipeError("%s, line %d: %s" % (path, e.lineno, e.msg))
    else:
        records = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise RecipeError("%s, line %d: %s" % (path, n, e.msg))
    for n, r in enumerate(records, 1):
        if not isinstance(r, dict) or not ("messages" in r or "instruction" in r):
            raise RecipeError("%s, record %d: expected instruction/input/output or messages" % (path, n))
    return records


def alpaca_prompt(record: dict) -> str:
    inp = record.get("input") or ""
    if inp:
        return ALPACA_WITH_INPUT.format(instruction=record["instruction"], input=inp)
    return ALPACA_NO_INPUT.format(instruction=record["instruction"])


def _plain_chat(messages: List[dict], add_generation_prompt: bool) -> str:
    out = "".join("<|%s|>\n%s\n" % (m["role"], m["content"]) for m in messages)
    return out + ("<|assistant|>\n" if add_generation_prompt else "")


def split_prompt_response(record: dict, tokenizer) -> Tuple[str, Optional[str], bool]:
    """(prompt text, response text or None, whether the prompt text already holds the BOS token)."""
    if "messages" in record:
        messages = record["messages"]
        response = None
        if messages and messages[-1].get("role") == "assistant":
            response = messages[-1]["content"]
            messages = messages[:-1]
        if getattr(tokenizer, "chat_template", None):
            prompt = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
            return prompt, response, True
        return _plain_chat(messages, True), response, False
    return alpaca_prompt(record), record.get("output"), False


def encode(record: dict, tokenizer, max_length: int, train_on_input: bool) -> Dict[str, List[int]]:
    prompt, response, has_bos = split_prompt_response(record, tokenizer)
    if response is None:
        raise RecipeError("training record without a response (output or an assistant message)")
    prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    if not has_bos and tokenizer.bos_token_id is not None:
        prompt_ids = [tokenizer.bos_token_id] + prompt_ids
    response_ids = tokenizer(response, add_special_tokens=False)["input_ids"]
    if tokenizer.eos_token_id is not None:
        response_ids = response_ids + [tokenizer.eos_token_id]
    truncated = len(prompt_ids) + len(response_ids) > max_length
    if truncated:
        response_ids = response_ids[:max_length // 2]
        prompt_ids = cut_middle(prompt_ids, max_length - len(response_ids))
    ids = prompt_ids + response_ids
    labels = (list(prompt_ids) if train_on_input else [IGNORE_INDEX] * len(prompt_ids)) + response_ids
    return {"input_ids": ids, "labels": labels, "truncated": truncated}


def cut_middle(ids: List[int], keep: int) -> List[int]:
    """The first and last tokens of a too-long prompt: the instruction's start and the response cue stay."""
    if len(ids) <= keep:
        return list(ids)
    head = keep // 2
    return list(ids[:head]) + list(ids[len(ids) - (keep - head):])


def encode_prompt(record: dict, tokenizer, max_length: int) -> List[int]:
    prompt, _, has_bos = split_prompt_response(record, tokenizer)
    ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    if not has_bos and tokenizer.bos_token_id is not None:
        ids = [tokenizer.bos_token_id] + ids
    return cut_middle(ids, max_length)


def shuffled_order(n: int, seed: int, epoch: int) -> List[int]:
    order = list(range(n))
    random.Random(seed * 1000003 + epoch).shuffle(order)
    return order


def collate(examples: List[Dict[str, List[int]]], pad_id: int):
    import torch
    width = max(len(e["input_ids"]) for e in examples)
    ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), width), IGNORE_INDEX, dtype=torch.long)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    for i, e in enumerate(examples):
        n = len(e["input_ids"])
        ids[i, :n] = torch.tensor(e["input_ids"])
        labels[i, :n] = torch.tensor(e["labels"])
        mask[i, :n] = 1
    return ids, labels, mask
