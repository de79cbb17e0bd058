import json
import os
import subprocess
import sys

from conftest import RECIPE, read_events

from radcurate_lora import data
from radcurate_lora.config import TrainConfig
from radcurate_lora.train import plan


def test_the_study_plan_13500_examples_batch_128_is_106_steps():
    cfg = TrainConfig(base_model="x")
    assert plan(cfg, 13500, 1) == (6750, 64, 106, 106)
    assert plan(cfg, 13500, 4) == (1688, 16, 106, 106)
    assert plan(TrainConfig(base_model="x", max_steps=30), 13500, 1) == (6750, 64, 106, 30)


def test_effective_batch_must_divide_by_batch_times_processes():
    try:
        TrainConfig(base_model="x", batch_size=3).gradient_accumulation_steps(1)
        raise AssertionError("no error")
    except Exception as e:
        assert str(e) == "effective_batch_size 128 is not a multiple of batch_size 3 x 1 processes"


def test_alpaca_prompt_is_torchtunes_template():
    assert data.alpaca_prompt({"instruction": "Do X.", "input": "Report."}) == (
        "Below is an instruction that describes a task, paired with an input that provides further context. "
        "Write a response that appropriately completes the request.\n\n"
        "### Instruction:\nDo X.\n\n### Input:\nReport.\n\n### Response:\n")


def test_loss_is_on_the_response_only(tiny_model):
    from transformers import AutoTokenizer
    tok = AutoTokenizer.from_pretrained(tiny_model)
    record = {"instruction": "List.", "input": "No effusion.", "output": "Normal"}
    enc = data.encode(record, tok, 1024, train_on_input=False)
    prompt_ids = tok(data.alpaca_prompt(record), add_special_tokens=False)["input_ids"]
    response_ids = tok("Normal", add_special_tokens=False)["input_ids"]
    assert enc["input_ids"] == [tok.bos_token_id] + prompt_ids + response_ids + [tok.eos_token_id]
    assert enc["labels"] == [-100] * (1 + len(prompt_ids)) + response_ids + [tok.eos_token_id]
    cut = data.encode(record, tok, 9, train_on_input=False)
    kept = ([tok.bos_token_id] + prompt_ids)
    assert cut["input_ids"] == kept[:3] + kept[-3:] + response_ids + [tok.eos_token_id]
    assert cut["labels"] == [-100] * 6 + response_ids + [tok.eos_token_id]
    assert cut["truncated"] is True


def test_chat_records_without_a_template_use_the_plain_layout(tiny_model):
    from transformers import AutoTokenizer
    tok = AutoTokenizer.from_pretrained(tiny_model)
    record = {"messages": [{"role": "system", "content": "S"}, {"role": "user", "content": "U"},
                           {"role": "assistant", "content": "A"}]}
    assert data.split_prompt_response(record, tok) == ("<|system|>\nS\n<|user|>\nU\n<|assistant|>\n", "A", False)


def test_read_records_names_the_bad_line(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"instruction": "a", "output": "b"}\n{oops\n')
    try:
        data.read_records(str(path))
        raise AssertionError("no error")
    except Exception as e:
        assert str(e) == "%s, line 2: Expecting property name enclosed in double quotes" % path


def cli(*args):
    env = dict(os.environ, PYTHONPATH=str(RECIPE))
    return subprocess.run([sys.executable, "-m", "radcurate_lora", *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_an_unknown_setting_is_an_error_event_and_exit_1(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"base_model": "m", "lora_rank": 8}))
    proc = cli("train", "--config", str(path))
    assert proc.returncode == 1
    assert read_events(proc.stdout) == [{"event": "error", "message": "%s: unknown setting lora_rank" % path}]


def test_a_missing_base_model_folder_is_named(tmp_path, alpaca_dataset):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"base_model": str(tmp_path / "none"), "dataset": alpaca_dataset,
                                "output_dir": str(tmp_path / "o"), "device": "cpu"}))
    proc = cli("train", "--config", str(path))
    assert proc.returncode == 1
    assert read_events(proc.stdout) == [{"event": "error",
                                         "message": "base model folder not found: %s" % (tmp_path / "none")}]


def test_check_reports_packages_and_no_gpu_here():
    proc = cli("check")
    assert proc.returncode == 0
    report = json.loads(proc.stdout)
    assert report["event"] == "check"
    assert sorted(report["packages"]) == ["accelerate", "peft", "safetensors", "tokenizers", "torch", "transformers"]
    assert all(report["packages"][p] for p in ("torch", "transformers", "peft", "accelerate"))
    assert (report["cuda"], report["gpus"]) == (False, [])
