import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import INSTRUCTION, RECIPE, answer_for, read_events, sample_reports, train_config


def run_recipe(command, config, tmp_path, name="config.json"):
    path = tmp_path / name
    path.write_text(json.dumps(config), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(RECIPE), TOKENIZERS_PARALLELISM="false")
    proc = subprocess.run([sys.executable, "-m", "radcurate_lora", command, "--config", str(path)],
                          capture_output=True, text=True, env=env, timeout=600)
    return proc.returncode, read_events(proc.stdout), proc.stderr


@pytest.fixture(scope="module")
def trained(tiny_model, alpaca_dataset, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("run")
    rc, events, err = run_recipe("train", train_config(tiny_model, alpaca_dataset, tmp / "out"), tmp)
    assert rc == 0, err
    return tmp / "out", events


def test_thirty_steps_with_falling_loss_and_the_study_schedule(trained):
    out, events = trained
    start = events[0]
    assert start["event"] == "start"
    assert (start["total_steps"], start["gradient_accumulation"], start["examples"]) == (30, 2, 120)
    assert (start["device"], start["dtype"], start["resumed_from_step"]) == ("cpu", "float32", 0)
    steps = [e for e in events if e["event"] == "step"]
    assert [e["step"] for e in steps] == list(range(1, 31))
    # linear warm-up over 3 steps to 2e-2, then cosine down to 0 at step 30
    assert [round(e["learning_rate"], 12) for e in steps[:3]] == [0.006666666667, 0.013333333333, 0.02]
    assert steps[-1]["learning_rate"] == 0.0
    assert all(e["tokens_per_second"] > 0 and e["gpu_memory_mib"] is None for e in steps)
    first = sum(e["loss"] for e in steps[:5]) / 5
    last = sum(e["loss"] for e in steps[-5:]) / 5
    assert last < 0.8 * first, (first, last)
    end = events[-1]
    assert end["event"] == "end" and end["steps"] == 30 and end["adapter"] == str(out / "adapter")


def test_the_adapter_is_lora_r8_alpha16_on_q_and_v(trained):
    out, _ = trained
    cfg = json.loads((out / "adapter" / "adapter_config.json").read_text())
    assert (cfg["r"], cfg["lora_alpha"], sorted(cfg["target_modules"])) == (8, 16, ["q_proj", "v_proj"])
    assert sorted(os.listdir(out)) == ["adapter", "checkpoint-20", "checkpoint-30"]
    assert json.loads((out / "checkpoint-20" / "checkpoint.json").read_text()) == {"step": 20, "total_steps": 30}


def test_resume_from_a_checkpoint_repeats_the_uninterrupted_run(trained, tiny_model, alpaca_dataset, tmp_path):
    out, events = trained
    again = tmp_path / "out"
    again.mkdir()
    shutil.copytree(out / "checkpoint-20", again / "checkpoint-20")
    rc, resumed, err = run_recipe("train", train_config(tiny_model, alpaca_dataset, again), tmp_path)
    assert rc == 0, err
    assert resumed[0]["resumed_from_step"] == 20
    steps = [e for e in resumed if e["event"] == "step"]
    assert [e["step"] for e in steps] == list(range(21, 31))
    original = {e["step"]: e["loss"] for e in events if e["event"] == "step"}
    for e in steps:
        assert e["loss"] == pytest.approx(original[e["step"]], abs=1e-4)


def test_inference_writes_one_answer_per_prompt_in_order_and_resumes(trained, tiny_model, tmp_path):
    out, _ = trained
    reports = sample_reports()[200:205]
    prompts = tmp_path / "prompts.jsonl"
    with open(prompts, "w", encoding="utf-8") as f:
        for rid, text in reports:
            f.write(json.dumps({"id": rid, "task": "mc", "instruction": INSTRUCTION, "input": text}) + "\n")
    answers = tmp_path / "answers.jsonl"
    cfg = {"base_model": tiny_model, "adapter": str(out / "adapter"), "prompts": str(prompts),
           "output": str(answers), "batch_size": 2, "max_new_tokens": 8, "device": "cpu"}
    rc, events, err = run_recipe("predict", cfg, tmp_path)
    assert rc == 0, err
    lines = [json.loads(l) for l in answers.read_text().splitlines()]
    assert [(l["id"], l["task"]) for l in lines] == [(rid, "mc") for rid, _ in reports]
    assert all(isinstance(l["answer"], str) for l in lines)
    assert [e["event"] for e in events] == ["start", "predict", "predict", "predict", "end"]
    assert events[-1]["answers"] == 5
    rc, events, err = run_recipe("predict", cfg, tmp_path)
    assert rc == 0, err
    assert events[0]["already_answered"] == 5
    assert [json.loads(l) for l in answers.read_text().splitlines()] == lines


def test_greedy_answers_are_the_same_in_a_batch_and_alone(trained, tiny_model, tmp_path):
    out, _ = trained
    reports = sample_reports()[210:214]
    prompts = tmp_path / "p.jsonl"
    prompts.write_text("".join(json.dumps({"id": r, "instruction": INSTRUCTION, "input": t}) + "\n"
                               for r, t in reports))
    results = []
    for batch in (1, 4):
        cfg = {"base_model": tiny_model, "adapter": str(out / "adapter"), "prompts": str(prompts),
               "output": str(tmp_path / ("a%d.jsonl" % batch)), "batch_size": batch, "max_new_tokens": 6,
               "device": "cpu"}
        rc, _, err = run_recipe("predict", cfg, tmp_path, "p%d.json" % batch)
        assert rc == 0, err
        results.append((tmp_path / ("a%d.jsonl" % batch)).read_text())
    assert results[0] == results[1]


def test_merge_gives_the_same_logits_as_base_plus_adapter(trained, tiny_model, tmp_path):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM
    out, _ = trained
    env = dict(os.environ, PYTHONPATH=str(RECIPE))
    proc = subprocess.run([sys.executable, "-m", "radcurate_lora", "merge", "--base-model", tiny_model,
                           "--adapter", str(out / "adapter"), "--output", str(tmp_path / "merged")],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert read_events(proc.stdout)[-1] == {"event": "end", "merged": str(tmp_path / "merged"), "dtype": "float32"}
    ids = torch.tensor([[1, 40, 41, 42, 43]])
    with torch.no_grad():
        merged = AutoModelForCausalLM.from_pretrained(tmp_path / "merged")(ids).logits
        adapted = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model),
                                            str(out / "adapter"))(ids).logits
    assert torch.allclose(merged, adapted, atol=1e-5)


def test_gradient_checkpointing_gives_the_same_losses(tiny_model, alpaca_dataset, tmp_path):
    losses = []
    for on in (False, True):
        cfg = train_config(tiny_model, alpaca_dataset, tmp_path / ("out-%s" % on), max_steps=3,
                           gradient_checkpointing=on)
        rc, events, err = run_recipe("train", cfg, tmp_path, "c-%s.json" % on)
        assert rc == 0, err
        losses.append([e["loss"] for e in events if e["event"] == "step"])
    assert losses[1] == pytest.approx(losses[0], abs=1e-4)
