"""Builds a tiny random Llama (2 layers, width 64) and a BPE tokenizer trained on the sample reports.

Nothing is downloaded. Used by the pytest fixtures and by the Java end-to-end test:
    python tests/tiny_model.py OUT_DIR
"""

import csv
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parents[3]


def sample_texts():
    with open(REPO / "sample-reports" / "reports.csv", encoding="utf-8") as f:
        return [" ".join(v for k, v in row.items() if k not in ("id", "split") and v) for row in csv.DictReader(f)]


def build(folder, extra_texts=()):
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=512, special_tokens=["<pad>", "<s>", "</s>", "<unk>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(list(sample_texts()) + list(extra_texts), trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>",
                                   pad_token="<pad>", unk_token="<unk>", clean_up_tokenization_spaces=False)
    fast.save_pretrained(folder)
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(fast), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=2048,
                         bos_token_id=fast.bos_token_id, eos_token_id=fast.eos_token_id,
                         pad_token_id=fast.pad_token_id, tie_word_embeddings=False, initializer_range=0.1)
    LlamaForCausalLM(config).save_pretrained(folder)
    return str(folder)


if __name__ == "__main__":
    print(build(sys.argv[1]))
