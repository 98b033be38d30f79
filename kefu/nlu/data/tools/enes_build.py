"""Build and check the English/Spanish intent and sentiment JSON-lines files.

The buyer messages themselves are hand-written in the sibling ``enes_*_src.py``
modules (one block of lines per intent, one message per line). This script
turns them into the JSON-lines files the classifier trains and is measured on,
adds a small, seeded share of light variants (a greeting in front, lower case
without punctuation, Spanish without accents, an order number pasted in) so that
every intent reaches the minimum count, and refuses to write anything that does
not validate:

* every intent id is one of the 33 in the default taxonomy;
* every intent has at least ``MIN_TRAIN`` training and ``MIN_DEV`` dev lines
  per language;
* no dev line equals a training line after normalisation, and none is a
  near-copy (character trigram Jaccard similarity above ``NEAR_COPY``);
* sentiment lines have a valid label, an anger score in [0, 1] and a kind.

Run from the repository root::

    .venv/bin/python kefu/nlu/data/tools/enes_build.py          # write + report
    .venv/bin/python kefu/nlu/data/tools/enes_build.py --check  # verify files on disk
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
TRAIN_DIR = ROOT / "kefu" / "nlu" / "data" / "train"
DEV_DIR = ROOT / "tests" / "nlu" / "data"

# The fixed ids of the default taxonomy, in its order, from its one data file.
INTENTS: tuple[str, ...] = tuple(
    yaml.safe_load((ROOT / "kefu" / "nlu" / "intents.yaml").read_text(encoding="utf-8"))["intents"]
)
SENTIMENTS = ("negative", "neutral", "positive")
KINDS = {"c": "chat", "r": "review"}
LABELS = {"-": "negative", "0": "neutral", "+": "positive"}

MIN_TRAIN = 60
MIN_DEV = 15
MIN_SENT_TRAIN = 300
MIN_SENT_DEV = 150
NEAR_COPY = 0.8
TARGET_TRAIN = 64  # variants fill each intent up to this many lines ...
MIN_VARIANTS = 8  # ... and at least this many are always added (about 10 %)

Row = dict[str, object]


def lines_of(block: str) -> list[str]:
    """One message per non-empty line; surrounding blanks stripped."""
    return [ln.strip() for ln in block.splitlines() if ln.strip()]


def norm(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces (for duplicate checks)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", bare).split())


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch == "\u0303")
    return unicodedata.normalize("NFC", kept).replace("¿", "").replace("¡", "")


def trigrams(text: str) -> set[str]:
    t = f"  {norm(text)} "
    return {t[i : i + 3] for i in range(len(t) - 2)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


# --- light variants -------------------------------------------------------------

GREETINGS = {
    "en": ["hi", "hello", "hi there,", "hello seller", "good morning", "hey", "dear seller,",
           "hi friend", "hello?", "hey there"],
    "es": ["hola", "hola buenas", "buenas tardes", "buen dia", "hola q tal", "buenas",
           "hola amigo", "holaa", "buenos dias,", "hola, buenas noches"],
    "pt": ["ola", "oi", "bom dia", "boa tarde", "ola amigo"],
}
SUFFIXES = {
    "en": ["pls", "please", "thx", "asap", "??", "plz reply", "🙏"],
    "es": ["porfa", "por favor", "xfa", "??", "🙏", "plis", "pls"],
    "pt": ["por favor", "pfv", "??"],
}
ORDER_WORD = {"en": "order", "es": "pedido", "pt": "pedido"}
# Intents where pasting an order number is natural.
ORDER_INTENTS = {
    "ship_time", "order_status", "not_received", "quality_issue", "wrong_item",
    "return_refund", "exchange", "refund_status", "return_shipping", "dispute",
    "modify_order", "cancel_order", "invoice", "payment",
}
# Intents whose meaning a greeting in front or a "please" behind would blur.
NO_PREFIX = {"greeting", "thanks_bye", "other"}
NO_SUFFIX = {"greeting", "thanks_bye", "other", "complaint"}


def order_number(rng: random.Random, lang: str) -> str:
    style = rng.randrange(4)
    if style == 0:
        return str(rng.randrange(10**15, 10**16))
    if style == 1:
        return f"#{rng.randrange(1000, 99999)}"
    if style == 2:
        return f"{rng.randrange(100, 999)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"
    return f"{ORDER_WORD[lang]} {rng.randrange(10**11, 10**12)}"


def variant(text: str, intent: str, lang: str, rng: random.Random) -> str:
    """One light variant of a hand-written line; never changes what it asks for."""
    kinds = ["plain", "casual"]
    if intent not in NO_PREFIX:
        kinds.append("greet")
    if intent not in NO_SUFFIX:
        kinds.append("suffix")
    if intent in ORDER_INTENTS:
        kinds.append("order")
    kind = rng.choice(kinds)
    if kind == "greet":
        return f"{rng.choice(GREETINGS[lang])} {text[0].lower() + text[1:]}"
    if kind == "suffix":
        return f"{text.rstrip('.')} {rng.choice(SUFFIXES[lang])}"
    if kind == "order":
        number = order_number(rng, lang)
        return f"{text} {number}" if rng.random() < 0.5 else f"{number} {text}"
    if kind == "casual" and lang != "en":
        return strip_accents(text).lower()
    if kind == "casual":
        return text.lower().rstrip("?.!")
    return norm(text)


def with_variants(texts: list[str], intent: str, lang: str, seed: int) -> list[str]:
    rng = random.Random(f"{seed}-{intent}-{lang}")
    out = list(dict.fromkeys(texts))
    seen = {norm(t) for t in out}
    tries = 0
    wanted = max(TARGET_TRAIN, len(out) + MIN_VARIANTS)
    while len(out) < wanted and tries < 500:
        tries += 1
        cand = variant(rng.choice(texts), intent, lang, rng)
        if norm(cand) not in seen and cand.strip():
            seen.add(norm(cand))
            out.append(cand)
    return out


# --- building ------------------------------------------------------------------


def source_modules(lang: str) -> list[str]:
    """The hand-written source modules of one language: ``enes_intent_<lang>[_*]_src.py``."""
    found = [
        HERE / f"enes_intent_{lang}_src.py",
        *sorted(HERE.glob(f"enes_intent_{lang}_*_src.py")),
    ]
    return [p.stem for p in found if p.exists()]


def intent_rows(modules: list[str], lang: str, train: bool) -> list[Row]:
    blocks: dict[str, list[str]] = {}
    for module in modules:
        data: dict[str, str] = importlib.import_module(module).DATA
        unknown = set(data) - set(INTENTS)
        if unknown:
            raise SystemExit(f"{module}: unknown intent ids {sorted(unknown)}")
        for intent, block in data.items():
            blocks.setdefault(intent, []).extend(lines_of(block))
    rows: list[Row] = []
    for intent in INTENTS:
        texts = list(dict.fromkeys(blocks.get(intent, [])))
        if train:
            texts = with_variants(texts, intent, lang, seed=6)
        rows += [{"text": t, "intent": intent, "lang": lang} for t in dict.fromkeys(texts)]
    return rows


def sentiment_rows(block: str, lang: str | None) -> list[Row]:
    """Lines look like ``- 0.8 r | text`` (label, anger, c=chat/r=review, text)."""
    rows: list[Row] = []
    for n, line in enumerate(lines_of(block), 1):
        head, sep, text = line.partition(" | ")
        parts = head.split()
        if not sep or len(parts) != (3 if lang else 4):
            raise SystemExit(f"sentiment line {n} malformed: {line!r}")
        label, anger, kind = parts[:3]
        row_lang = lang or parts[3]
        rows.append(
            {
                "text": text.strip(),
                "sentiment": LABELS[label],
                "anger": float(anger),
                "lang": row_lang,
                "kind": KINDS[kind],
            }
        )
    return rows


def write_jsonl(path: Path, rows: Iterable[Row]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[Row]:
    rows: list[Row] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{n}: not JSON ({exc})") from exc
            if not isinstance(obj, dict) or not str(obj.get("text", "")).strip():
                raise SystemExit(f"{path}:{n}: not an object with a non-empty text")
            rows.append(obj)
    return rows


# --- checking ------------------------------------------------------------------


def check_intents(path: Path, minimum: int, lang: str) -> Counter[str]:
    rows = read_jsonl(path)
    counts: Counter[str] = Counter()
    texts: set[str] = set()
    for n, row in enumerate(rows, 1):
        if set(row) != {"text", "intent", "lang"}:
            raise SystemExit(f"{path}:{n}: keys {sorted(row)}")
        if row["intent"] not in INTENTS:
            raise SystemExit(f"{path}:{n}: unknown intent {row['intent']!r}")
        if row["lang"] != lang:
            raise SystemExit(f"{path}:{n}: lang {row['lang']!r} != {lang!r}")
        key = " ".join(str(row["text"]).casefold().split())
        if key in texts:
            raise SystemExit(f"{path}:{n}: duplicate text {row['text']!r}")
        texts.add(key)
        counts[str(row["intent"])] += 1
    short = {i: counts[i] for i in INTENTS if counts[i] < minimum}
    if short:
        raise SystemExit(f"{path}: intents under {minimum}: {short}")
    return counts


def check_sentiment(path: Path, minimum_per_lang: int, langs: tuple[str, ...]) -> Counter[str]:
    rows = read_jsonl(path)
    counts: Counter[str] = Counter()
    for n, row in enumerate(rows, 1):
        if set(row) != {"text", "sentiment", "anger", "lang", "kind"}:
            raise SystemExit(f"{path}:{n}: keys {sorted(row)}")
        anger = row["anger"]
        if row["sentiment"] not in SENTIMENTS:
            raise SystemExit(f"{path}:{n}: bad sentiment {row['sentiment']!r}")
        if not isinstance(anger, float) or not 0.0 <= anger <= 1.0:
            raise SystemExit(f"{path}:{n}: anger {anger!r} outside [0, 1]")
        if row["kind"] not in KINDS.values() or row["lang"] not in langs:
            raise SystemExit(f"{path}:{n}: bad kind or lang")
        counts[f"{row['lang']}/{row['sentiment']}/{row['kind']}"] += 1
    for lang in langs:
        total = sum(v for k, v in counts.items() if k.startswith(f"{lang}/"))
        if total < minimum_per_lang:
            raise SystemExit(f"{path}: only {total} {lang} lines (< {minimum_per_lang})")
    return counts


def best_jaccard(queries: list[set[str]], refs: list[set[str]]) -> list[float]:
    """For each query gram set, its highest Jaccard similarity to any of `refs`: one sparse
    product instead of a Python loop over every pair."""
    from scipy.sparse import csr_matrix

    if not queries or not refs:
        return [0.0] * len(queries)
    vocab: dict[str, int] = {}

    def coordinates(sets: list[set[str]]) -> tuple[list[int], list[int]]:
        rows: list[int] = []
        cols: list[int] = []
        for i, grams in enumerate(sets):
            for gram in grams:
                rows.append(i)
                cols.append(vocab.setdefault(gram, len(vocab)))
        return rows, cols

    q_rows, q_cols = coordinates(queries)
    r_rows, r_cols = coordinates(refs)
    width = len(vocab)
    q = csr_matrix((np.ones(len(q_cols)), (q_rows, q_cols)), shape=(len(queries), width))
    r = csr_matrix((np.ones(len(r_cols)), (r_rows, r_cols)), shape=(len(refs), width))
    q_size = np.asarray(q.sum(axis=1)).ravel()
    r_size = np.asarray(r.sum(axis=1)).ravel()
    inter = (q @ r.T).tocoo()
    best = np.zeros(len(queries))
    union = q_size[inter.row] + r_size[inter.col] - inter.data
    np.maximum.at(best, inter.row, inter.data / union)
    return best.tolist()


def check_no_leak(train_paths: list[Path], dev_paths: list[Path]) -> list[str]:
    train = [str(r["text"]) for p in train_paths for r in read_jsonl(p)]
    exact = {norm(t) for t in train}
    grams = [trigrams(t) for t in train]
    problems: list[str] = []
    for path in dev_paths:
        texts = [str(row["text"]) for row in read_jsonl(path)]
        scores = best_jaccard([trigrams(t) for t in texts], grams)
        for text, best in zip(texts, scores, strict=True):
            if norm(text) in exact:
                problems.append(f"{path.name}: in training: {text!r}")
            elif best > NEAR_COPY:
                problems.append(f"{path.name}: near-copy ({best:.2f}) of training: {text!r}")
    return problems


def label_conflicts() -> list[str]:
    """The same text with two intents in any training file (ours or a colleague's)."""
    seen: dict[str, tuple[str, str]] = {}
    out: list[str] = []
    for path in sorted(TRAIN_DIR.glob("intent_*.jsonl")):
        for row in read_jsonl(path):
            key = " ".join(str(row["text"]).casefold().split())
            label = str(row.get("intent"))
            if key in seen and seen[key][0] != label:
                out.append(f"{row['text']!r}: {seen[key][0]} ({seen[key][1]}) vs {label} ({path.name})")
            seen.setdefault(key, (label, path.name))
    return out


def paths() -> dict[str, Path]:
    return {
        "intent_en": TRAIN_DIR / "intent_en.jsonl",
        "intent_es": TRAIN_DIR / "intent_es.jsonl",
        "intent_pt": TRAIN_DIR / "intent_pt.jsonl",
        "sentiment_en": TRAIN_DIR / "sentiment_en.jsonl",
        "sentiment_es": TRAIN_DIR / "sentiment_es.jsonl",
        "dev_intent_en": DEV_DIR / "dev_intent_en.jsonl",
        "dev_intent_es": DEV_DIR / "dev_intent_es.jsonl",
        "dev_sentiment": DEV_DIR / "dev_sentiment_enes.jsonl",
    }


def build(p: dict[str, Path]) -> None:
    sys.path.insert(0, str(HERE))
    write_jsonl(p["intent_en"], intent_rows(source_modules("en"), "en", train=True))
    write_jsonl(p["intent_es"], intent_rows(source_modules("es"), "es", train=True))
    if source_modules("pt"):
        write_jsonl(p["intent_pt"], intent_rows(source_modules("pt"), "pt", train=False))
    sent = importlib.import_module("enes_sentiment_src")
    write_jsonl(p["sentiment_en"], sentiment_rows(sent.EN, "en"))
    write_jsonl(p["sentiment_es"], sentiment_rows(sent.ES, "es"))
    dev = importlib.import_module("enes_dev_src")
    write_jsonl(p["dev_intent_en"], intent_rows_from(dev.EN, "en"))
    write_jsonl(p["dev_intent_es"], intent_rows_from(dev.ES, "es"))
    write_jsonl(p["dev_sentiment"], sentiment_rows(dev.SENTIMENT, None))


def intent_rows_from(data: dict[str, str], lang: str) -> list[Row]:
    unknown = set(data) - set(INTENTS)
    if unknown:
        raise SystemExit(f"dev {lang}: unknown intent ids {sorted(unknown)}")
    return [
        {"text": t, "intent": i, "lang": lang}
        for i in INTENTS
        for t in dict.fromkeys(lines_of(data.get(i, "")))
    ]


def report(p: dict[str, Path]) -> None:
    tables = {
        "intent_en": check_intents(p["intent_en"], MIN_TRAIN, "en"),
        "intent_es": check_intents(p["intent_es"], MIN_TRAIN, "es"),
        "dev_intent_en": check_intents(p["dev_intent_en"], MIN_DEV, "en"),
        "dev_intent_es": check_intents(p["dev_intent_es"], MIN_DEV, "es"),
    }
    if p["intent_pt"].exists():
        tables["intent_pt"] = check_intents(p["intent_pt"], 1, "pt")
    print(f"{'intent':18}" + "".join(f"{k:>15}" for k in tables))
    for intent in INTENTS:
        print(f"{intent:18}" + "".join(f"{t[intent]:>15}" for t in tables.values()))
    print(f"{'TOTAL':18}" + "".join(f"{sum(t.values()):>15}" for t in tables.values()))
    for name, langs, minimum in (
        ("sentiment_en", ("en",), MIN_SENT_TRAIN),
        ("sentiment_es", ("es",), MIN_SENT_TRAIN),
        ("dev_sentiment", ("en", "es"), MIN_SENT_DEV // 2),
    ):
        counts = check_sentiment(p[name], minimum, langs)
        print(name, sum(counts.values()), dict(sorted(counts.items())))
    problems = check_no_leak(
        [p["intent_en"], p["intent_es"], p["sentiment_en"], p["sentiment_es"]],
        [p["dev_intent_en"], p["dev_intent_es"], p["dev_sentiment"]],
    )
    for line in label_conflicts():
        print("WARNING", line)
    for line in problems:
        print("LEAK", line)
    if problems:
        raise SystemExit(f"{len(problems)} dev lines leak from training")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only verify the files on disk")
    args = parser.parse_args()
    p = paths()
    if not args.check:
        build(p)
    report(p)


if __name__ == "__main__":
    main()
