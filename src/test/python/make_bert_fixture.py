"""Writes the tiny random BERT that BertParityTest compares DJL against.

Run once from the project root with the project's venv (transformers 4.44, torch 1.13):
    .venv/bin/python src/test/python/make_bert_fixture.py
It builds a 2-layer BertModel (hidden 32, 2 heads) with random weights (seed 0), saves
config.json, model.safetensors, vocab.txt and tokenizer_config.json, and expected.json with the
Hugging Face tokenizer's ids and the model's last hidden states for a few sentences, padded as one
batch so the attention mask is exercised. Nothing is downloaded.
"""
import json
import os

import torch
from transformers import BertConfig, BertModel, BertTokenizer

OUT = os.path.join("src", "test", "resources", "org", "radcurate", "training", "tiny-bert")
WORDS = ["no", "pleural", "effusion", "or", "pneumothorax", "heart", "size", "is", "normal",
         "the", "lungs", "are", "clear", "mild", "cardiomegaly", "possible", "left", "lower",
         "lobe", "opacity", "cafe", "x", "ray", "1", "2", "cm", "nodule", "of", "with"]
PIECES = ["##s", "##ity", "##ation", "##al", "at", "##ele", "##ct", "##asis", "##2", "##3", "e", "##d"]
PUNCT = [".", ",", "-", "(", ")", ":", "/", "?", "'", "%", "+", "$"]
SENTENCES = [
    "No pleural effusion or pneumothorax.",
    "Heart size is NORMAL; the lungs are clear.",
    "Mild cardiomegaly, possible left lower-lobe opacity (2.3 cm) - café x-ray.",
    "Atelectasis? 12% nodules+ with unknownword and \u00b0 signs $5",
]


def main():
    os.makedirs(OUT, exist_ok=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + WORDS + PIECES + PUNCT
    with open(os.path.join(OUT, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64, type_vocab_size=2)
    model = BertModel(config, add_pooling_layer=True).eval()
    model.save_pretrained(OUT, safe_serialization=True)
    tokenizer = BertTokenizer(os.path.join(OUT, "vocab.txt"), do_lower_case=True)
    tokenizer.save_pretrained(OUT)
    for extra in ("special_tokens_map.json", "tokenizer.json"):
        path = os.path.join(OUT, extra)
        if os.path.exists(path):
            os.remove(path)
    batch = tokenizer(SENTENCES, padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    expected = {
        "sentences": SENTENCES,
        "ids": [[int(i) for i, m in zip(row, mask) if m] for row, mask in
                zip(batch["input_ids"].tolist(), batch["attention_mask"].tolist())],
        "hidden": [[[round(float(v), 7) for v in tok] for tok, m in zip(seq, mask) if m]
                   for seq, mask in zip(hidden.tolist(), batch["attention_mask"].tolist())],
    }
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f)
    print("wrote", OUT, [len(i) for i in expected["ids"]])


if __name__ == "__main__":
    main()
