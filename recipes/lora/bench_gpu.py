"""Throughput benchmark of the LoRA recipe: a randomly initialised Llama-architecture model, built
from a config (nothing downloaded), trained N optimizer steps on a synthetic dataset in the
recipe's own Alpaca format through the recipe's own training code (radcurate_lora.train.run).

    python recipes/lora/bench_gpu.py --out /tmp/bench            # about 1.1 B parameters, bf16, CUDA
    python recipes/lora/bench_gpu.py --tiny --out /tmp/bench     # the tests' tiny shape on the CPU

Prints one JSON object on stdout (the recipe's own JSON lines go to stderr): tokens/s over the
measured steps (the first --skip steps are left out: CUDA kernels and allocator warm up there),
model FLOPs utilisation = 6 x parameters x tokens/s / the GPU's bf16 dense peak (--peak-tflops,
989 for an H200 SXM), peak GPU memory and seconds per 1,000 examples.
"""

import argparse
import contextlib
import json
import os
import pathlib
import random
import sys
import time

RECIPE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(RECIPE))

# The 1.1 B shape is TinyLlama-1.1B's (Llama 2 architecture, grouped-query attention); the tiny one
# is the recipe tests' model. Vocabulary: the model's embedding is sized to the config, the
# tokenizer trained here only fills its first ids (the benchmark measures speed, not quality).
SHAPES = {
    "1b": dict(hidden_size=2048, intermediate_size=5632, num_hidden_layers=22, num_attention_heads=32,
               num_key_value_heads=4, vocab_size=32000),
    "tiny": dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                 num_key_value_heads=2, vocab_size=512),
}

# Synthetic report words (written for this benchmark, no real report text): an instruction, a
# "report" of random words and a multiple-choice style answer, the lengths of the study's records.
WORDS = ("the lungs are clear heart size normal no pleural effusion pneumothorax consolidation "
         "mild cardiomegaly stable bibasilar atelectasis opacity right left lower upper lobe "
         "mediastinal contours unremarkable osseous structures intact degenerative changes spine "
         "interval improvement edema vascular congestion small moderate large trace possible "
         "likely compared with prior study findings impression chest radiograph portable frontal "
         "lateral views tube line catheter tip projects over superior vena cava").split()
FINDINGS = ["Atelectasis", "Cardiomegaly", "Consolidation", "Edema", "Pleural Effusion", "Pneumonia",
            "Pneumothorax"]
INSTRUCTION = ("Which of these findings does the chest X-ray report describe as present? "
               "Answer with a bracketed list of the present findings, or Normal. Candidates: "
               + ", ".join(FINDINGS) + ".")


def synthetic_records(n, words, seed):
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        text = " ".join(rnd.choice(WORDS) for _ in range(words))
        present = sorted(rnd.sample(FINDINGS, rnd.randint(0, 3)))
        out.append({"instruction": INSTRUCTION, "input": text,
                    "output": "[" + ", ".join(present) + "]" if present else "Normal"})
    return out


def build_model(folder, shape, dtype_name):
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    folder.mkdir(parents=True, exist_ok=True)
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=min(512, shape["vocab_size"]),
                                  special_tokens=["<pad>", "<s>", "</s>", "<unk>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator([" ".join(WORDS), INSTRUCTION, " ".join(FINDINGS) + " Normal [ ] ,"], trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>",
                                   unk_token="<unk>", clean_up_tokenization_spaces=False)
    fast.save_pretrained(folder)
    torch.manual_seed(0)
    config = LlamaConfig(max_position_embeddings=2048, bos_token_id=fast.bos_token_id,
                         eos_token_id=fast.eos_token_id, pad_token_id=fast.pad_token_id,
                         tie_word_embeddings=False, **shape)
    model = LlamaForCausalLM(config)
    parameters = sum(p.numel() for p in model.parameters())
    model.to(getattr(torch, dtype_name)).save_pretrained(folder)
    del model
    return parameters


class _Collect:
    """stdout while the recipe trains: its JSON lines are kept and echoed to stderr."""

    def __init__(self):
        self.events = []

    def write(self, text):
        sys.stderr.write(text)
        for line in text.splitlines():
            if line.startswith("{"):
                try:
                    self.events.append(json.loads(line))
                except json.JSONDecodeError:
                    pass
        return len(text)

    def flush(self):
        sys.stderr.flush()


def summarise(events, parameters, skip, peak_tflops, effective_batch):
    """The figures from the recipe's own step events: tokens in a step = its tokens/s x its duration."""
    steps = [e for e in events if e.get("event") == "step"]
    start = next(e for e in events if e.get("event") == "start")
    end = next((e for e in events if e.get("event") == "end"), None)
    if end is None:
        err = next((e.get("message") for e in events if e.get("event") == "error"), "no end event")
        raise SystemExit("the recipe did not finish: %s" % err)
    previous = 0.0
    measured_tokens, measured_s, measured = 0.0, 0.0, 0
    for e in steps:
        dt = e["elapsed_s"] - previous
        previous = e["elapsed_s"]
        if e["step"] > skip:
            measured_tokens += e["tokens_per_second"] * dt
            measured_s += dt
            measured += 1
    if measured == 0:
        raise SystemExit("no step left to measure: give --steps larger than --skip (%d)" % skip)
    tokens_per_second = measured_tokens / measured_s
    seconds_per_step = measured_s / measured
    achieved = 6.0 * parameters * tokens_per_second
    memory = [e.get("gpu_memory_mib") for e in steps + [end] if e.get("gpu_memory_mib") is not None]
    return {
        "device": start["device"], "gpu": start.get("gpu"), "dtype": start["dtype"],
        "parameters": parameters, "trainable_parameters": start["trainable_parameters"],
        "steps": len(steps), "measured_steps": measured, "examples_per_step": effective_batch,
        "tokens_per_step": round(measured_tokens / measured, 1),
        "tokens_per_second": round(tokens_per_second, 1),
        "achieved_tflops": float("%.4g" % (achieved / 1e12)),
        "peak_tflops": peak_tflops,
        "mfu": float("%.4g" % (achieved / (peak_tflops * 1e12))),
        "peak_gpu_memory_mib": max(memory) if memory else None,
        "seconds_per_step": round(seconds_per_step, 4),
        "seconds_per_1000_examples": round(seconds_per_step / effective_batch * 1000, 3),
        "final_loss": end.get("final_loss"),
    }


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tiny", action="store_true", help="the tests' tiny model on the CPU in fp32")
    p.add_argument("--out", required=True, help="a folder for the model, dataset and run (about 2.2 GB for 1b)")
    p.add_argument("--steps", type=int, default=None, help="optimizer steps (default 12, tiny 4)")
    p.add_argument("--skip", type=int, default=None, help="first steps left out of the figures (default 2, tiny 1)")
    p.add_argument("--batch-size", type=int, default=None, help="sequences per forward pass (default 8, tiny 2)")
    p.add_argument("--effective-batch-size", type=int, default=None, help="sequences per step (default 128, tiny 4)")
    p.add_argument("--words", type=int, default=None, help="words per synthetic report (default 250, tiny 40)")
    p.add_argument("--max-length", type=int, default=1024)
    p.add_argument("--no-gradient-checkpointing", action="store_true")
    p.add_argument("--peak-tflops", type=float, default=989.0,
                   help="the GPU's bf16 dense peak in TFLOPS (989: H200 SXM and H100 SXM, no sparsity)")
    a = p.parse_args(argv)
    tiny = a.tiny
    steps = a.steps or (4 if tiny else 12)
    skip = a.skip if a.skip is not None else (1 if tiny else 2)
    batch = a.batch_size or (2 if tiny else 8)
    effective = a.effective_batch_size or (4 if tiny else 128)
    words = a.words or (40 if tiny else 250)
    shape = SHAPES["tiny" if tiny else "1b"]
    out = pathlib.Path(a.out).resolve()
    model_dir, run_dir = out / "model", out / "run"
    dtype = "float32" if tiny else "bfloat16"

    import torch
    import peft
    import transformers
    if not tiny and not torch.cuda.is_available():
        raise SystemExit("torch %s sees no CUDA GPU: run with --tiny on the CPU, or on a GPU machine" % torch.__version__)
    built = time.time()
    parameters = build_model(model_dir, shape, dtype)
    records = synthetic_records(steps * effective, words, seed=1)
    dataset = out / "synthetic.alpaca.json"
    dataset.write_text(json.dumps(records), encoding="utf-8")
    build_s = time.time() - built

    from radcurate_lora import config, train
    cfg = config.from_dict(config.TrainConfig, {
        "base_model": str(model_dir), "dataset": str(dataset), "output_dir": str(run_dir),
        "batch_size": batch, "effective_batch_size": effective, "max_steps": steps, "warmup_steps": 1,
        "max_length": a.max_length, "gradient_checkpointing": not a.no_gradient_checkpointing,
        "save_steps": steps + 1, "resume": False, "device": "cpu" if tiny else "cuda",
        "precision": "fp32" if tiny else "bf16"})
    collect = _Collect()
    with contextlib.redirect_stdout(collect):
        train.run(cfg)
    result = {"benchmark": "radcurate_lora bf16 throughput" if not tiny else "radcurate_lora tiny CPU check",
              "shape": "tiny" if tiny else "llama-1.1b", "model_config": shape}
    result.update(summarise(collect.events, parameters, skip, a.peak_tflops, effective))
    result.update({"peak_basis": "6 x parameters x tokens/s over %.0f TFLOPS (bf16 dense, no sparsity)" % a.peak_tflops,
                   "gradient_checkpointing": not a.no_gradient_checkpointing, "batch_size": batch,
                   "words_per_report": words, "model_build_s": round(build_s, 1),
                   "torch": torch.__version__, "transformers": transformers.__version__, "peft": peft.__version__})
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
