"""Evaluation figures for a classifier: accuracy, macro-F1, per-label P/R, coverage, latency.

Gold labels the model cannot output count as errors (never skipped): a shop evaluating on labels
its model was not trained on must see that in the numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from kefu.nlu.intent import TARGET_PRECISION, threshold_for_precision


def percentile_ms(latencies_s: Sequence[float], q: float) -> float:
    if not latencies_s:
        return 0.0
    return round(float(np.percentile(np.asarray(latencies_s) * 1000.0, q)), 3)


def classification_report(
    gold: Sequence[str],
    predicted: Sequence[str],
    confidence: Sequence[float],
    *,
    model_labels: Sequence[str] = (),
    latencies_s: Sequence[float] = (),
    oos_label: str | None = None,
) -> dict[str, Any]:
    """The JSON object `kefu nlu evaluate --json` prints."""
    n = len(gold)
    if n == 0 or len(predicted) != n or len(confidence) != n:
        raise ValueError("gold, predicted and confidence must be non-empty and equally long")
    g = np.asarray(gold, dtype=object)
    p = np.asarray(predicted, dtype=object)
    correct = g == p
    labels = sorted(set(gold) | set(predicted))
    per_label: dict[str, dict[str, float | int]] = {}
    f1s: list[float] = []
    for label in labels:
        tp = int(((p == label) & (g == label)).sum())
        predicted_n = int((p == label).sum())
        support = int((g == label).sum())
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
        }
        if support:
            f1s.append(f1)
    _, coverage = threshold_for_precision(
        np.asarray(confidence, dtype=float), correct.astype(bool), TARGET_PRECISION
    )
    unknown = sorted(set(gold) - set(model_labels)) if model_labels else []
    report: dict[str, Any] = {
        "n": n,
        "accuracy": round(float(correct.mean()), 4),
        "macro_f1": round(float(np.mean(f1s)) if f1s else 0.0, 4),
        "per_label": per_label,
        "coverage_at_95_precision": round(coverage, 4),
        "latency_ms_p50": percentile_ms(latencies_s, 50),
        "latency_ms_p99": percentile_ms(latencies_s, 99),
        "labels_unknown_to_model": unknown,
        "n_unknown_label": int(sum(1 for x in gold if x in set(unknown))),
    }
    if oos_label is not None:
        oos = g == oos_label
        report["oos_recall"] = round(float((p[oos] == oos_label).mean()), 4) if oos.any() else None
    return report
