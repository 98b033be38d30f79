"""Check the Chinese NLU data files: format, labels, counts, duplicates and train/dev leakage.

Run from the repository root: ``python -m kefu.nlu.data.tools.zh_check`` (or as a script).
Exits non-zero when a file is malformed or a dev line also appears in training.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

SENTIMENTS: frozenset[str] = frozenset({"negative", "neutral", "positive"})
KINDS: frozenset[str] = frozenset({"chat", "review"})
LANGS: frozenset[str] = frozenset({"zh-Hans", "zh-Hant"})

ROOT = Path(__file__).resolve().parents[4]
# The fixed ids of the default taxonomy, from its one data file.
INTENTS: frozenset[str] = frozenset(
    yaml.safe_load((ROOT / "kefu" / "nlu" / "intents.yaml").read_text(encoding="utf-8"))["intents"]
)
TRAIN = ROOT / "kefu" / "nlu" / "data" / "train"
DEV = ROOT / "tests" / "nlu" / "data"

INTENT_FILES: dict[str, tuple[Path, int]] = {
    "train zh-Hans": (TRAIN / "intent_zh-Hans.jsonl", 70),
    "train zh-Hant": (TRAIN / "intent_zh-Hant.jsonl", 25),
    "dev zh-Hans": (DEV / "dev_intent_zh-Hans.jsonl", 15),
    "dev zh-Hant": (DEV / "dev_intent_zh-Hant.jsonl", 6),
}
SENTIMENT_FILES: dict[str, tuple[Path, int]] = {
    "train zh-Hans": (TRAIN / "sentiment_zh-Hans.jsonl", 400),
    "train zh-Hant": (TRAIN / "sentiment_zh-Hant.jsonl", 100),
    "dev zh": (DEV / "dev_sentiment_zh.jsonl", 150),
}

_STRIP = re.compile(r"[\s\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Fold width and case and drop punctuation, so trivial variants compare equal."""
    folded = unicodedata.normalize("NFKC", text).lower()
    # A line of only punctuation or emoji ("？", "👍") is its own text, not an empty one.
    return _STRIP.sub("", folded) or folded.strip()


def _bigrams(text: str) -> set[str]:
    t = normalise(text)
    return {t[i : i + 2] for i in range(len(t) - 1)} or {t}


def load(path: Path, task: str, errors: list[str]) -> list[dict[str, object]]:
    """Read one JSON-lines file, appending a message per bad line to ``errors``."""
    rows: list[dict[str, object]] = []
    if not path.exists():
        errors.append(f"{path}: missing")
        return rows
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{number}"
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        text = row.get("text") if isinstance(row, dict) else None
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty or missing text")
            continue
        if row.get("lang") not in LANGS:
            errors.append(f"{where}: lang {row.get('lang')!r}")
        if task == "intent":
            if row.get("intent") not in INTENTS:
                errors.append(f"{where}: unknown intent {row.get('intent')!r}")
        else:
            anger = row.get("anger")
            if row.get("sentiment") not in SENTIMENTS:
                errors.append(f"{where}: unknown sentiment {row.get('sentiment')!r}")
            if not isinstance(anger, (int, float)) or not 0.0 <= float(anger) <= 1.0:
                errors.append(f"{where}: anger {anger!r} not in [0, 1]")
            if row.get("kind") not in KINDS:
                errors.append(f"{where}: kind {row.get('kind')!r}")
        rows.append(row)
    return rows


def _duplicates(name: str, rows: list[dict[str, object]], errors: list[str]) -> None:
    seen = Counter(normalise(str(r["text"])) for r in rows)
    for text, count in seen.items():
        if count > 1:
            errors.append(f"{name}: {count} copies of {text!r}")


def _leaks(train: list[dict[str, object]], dev: list[dict[str, object]], name: str) -> int:
    """Report dev lines that equal, or nearly equal (bigram Jaccard ≥ 0.8), a training line."""
    grams = [_bigrams(str(r["text"])) for r in train]
    near = 0
    for row in dev:
        mine = _bigrams(str(row["text"]))
        for other in grams:
            if len(mine & other) / len(mine | other) >= 0.8:
                near += 1
                print(f"  near-duplicate in {name}: {row['text']}")
                break
    return near


def main() -> int:
    errors: list[str] = []
    loaded: dict[str, list[dict[str, object]]] = {}
    for name, (path, minimum) in INTENT_FILES.items():
        rows = load(path, "intent", errors)
        loaded[name] = rows
        _duplicates(name, rows, errors)
        counts = Counter(str(r.get("intent")) for r in rows)
        print(f"{name}: {len(rows)} lines")
        for intent in sorted(INTENTS):
            flag = "" if counts[intent] >= minimum else f"  < {minimum}"
            print(f"  {intent:18} {counts[intent]:4}{flag}")
    for name, (path, minimum) in SENTIMENT_FILES.items():
        rows = load(path, "sentiment", errors)
        loaded["sent " + name] = rows
        _duplicates(name, rows, errors)
        by_label = Counter(str(r.get("sentiment")) for r in rows)
        by_kind = Counter(str(r.get("kind")) for r in rows)
        flag = "" if len(rows) >= minimum else f"  < {minimum}"
        print(f"sentiment {name}: {len(rows)} lines{flag} {dict(by_label)} {dict(by_kind)}")
    train_sets = {
        "dev zh-Hans": loaded["train zh-Hans"] + loaded["train zh-Hant"],
        "dev zh-Hant": loaded["train zh-Hans"] + loaded["train zh-Hant"],
        "sent dev zh": loaded["sent train zh-Hans"] + loaded["sent train zh-Hant"],
    }
    for dev_name, train in train_sets.items():
        train_texts = {normalise(str(r["text"])) for r in train}
        for row in loaded[dev_name]:
            if normalise(str(row["text"])) in train_texts:
                errors.append(f"{dev_name}: copied from training: {row['text']!r}")
        near = _leaks(train, loaded[dev_name], dev_name)
        if near:
            errors.append(f"{dev_name}: {near} near-duplicates of training lines")
    for message in errors:
        print("ERROR", message)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
