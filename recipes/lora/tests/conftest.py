"""A tiny random Llama and a tokenizer trained on the sample reports, built in the test: nothing is downloaded."""

import csv
import json
import os
import pathlib
import sys

import pytest

RECIPE = pathlib.Path(__file__).resolve().parents[1]
REPO = RECIPE.parents[1]
sys.path.insert(0, str(RECIPE))
sys.path.insert(0, str(RECIPE / "tests"))

INSTRUCTION = "List the findings of the report as [finding, ...], or Normal."


def sample_reports():
    with open(REPO / "sample-reports" / "reports.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [(r["id"], ("Findings: %s\nImpression: %s" % (r["findings"], r["impression"])).strip()) for r in rows]


def answer_for(text):
    """A deterministic teacher the tiny model can learn: effusion and cardiomegaly by keyword."""
    t = text.lower()
    found = []
    if "cardiomegaly" in t or "enlarged" in t:
        found.append("Cardiomegaly")
    if "effusion" in t and "no pleural effusion" not in t and "no effusion" not in t:
        found.append("Pleural Effusion")
    return "[" + ", ".join(found) + "]" if found else "Normal"


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    import tiny_model as tiny
    folder = tmp_path_factory.mktemp("tiny-llama")
    return tiny.build(folder, [INSTRUCTION, "Normal [Cardiomegaly, Pleural Effusion]"])


@pytest.fixture(scope="session")
def alpaca_dataset(tmp_path_factory):
    path = tmp_path_factory.mktemp("data") / "train.json"
    records = [{"instruction": INSTRUCTION, "input": text, "output": answer_for(text)}
               for _, text in sample_reports()[:120]]
    path.write_text(json.dumps(records, indent=1), encoding="utf-8")
    return str(path)


def read_events(text):
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def train_config(tiny_model, dataset, output_dir, **overrides):
    cfg = {"base_model": tiny_model, "dataset": dataset, "output_dir": str(output_dir),
           "learning_rate": 2e-2, "warmup_steps": 3, "effective_batch_size": 4, "batch_size": 2,
           "max_steps": 30, "max_length": 192, "gradient_checkpointing": False, "save_steps": 10,
           "lora_dropout": 0.0, "seed": 7, "device": "cpu"}
    cfg.update(overrides)
    return cfg
