"""Cross-lingual knowledge retrieval on the sample files: recall@1 and MRR per language.

    .venv/bin/python bench/nlu/retrieval_eval.py [--sweep]

Prints one table for questions searched across all products and one within the asked product
(how the bot uses it), plus the abstention rate on questions the files cannot answer.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml

from kefu.nlu.retrieval import (
    EMBEDDING_WEIGHT,
    KEYWORD_WEIGHT,
    KnowledgeIndex,
    RetrievalCase,
    evaluate,
    load_knowledge_file,
)

DATA = Path(__file__).resolve().parents[2] / "tests" / "nlu" / "data" / "retrieval"


def load_cases() -> list[RetrievalCase]:
    doc = yaml.safe_load((DATA / "questions.yaml").read_text("utf-8"))
    return [RetrievalCase(c["q"], c["lang"], c["doc"], c["field"]) for c in doc["cases"]]


def build(
    embedding_weight: float, keyword_weight: float, base: KnowledgeIndex | None = None
) -> KnowledgeIndex:
    index = KnowledgeIndex(
        cache=base.cache if base else None,
        embedding_weight=embedding_weight,
        keyword_weight=keyword_weight,
    )
    for path in sorted(DATA.glob("*.yaml")):
        if path.name != "questions.yaml":
            index.add(load_knowledge_file(path))
    return index


def table(index: KnowledgeIndex, cases: list[RetrievalCase], title: str) -> None:
    for within in (False, True):
        report = evaluate(index, cases, within_doc=within)
        scope = "within product" if within else "across products"
        print(f"\n{title} — {scope}")
        print(f"{'lang':8} {'n':>3} {'recall@1':>9} {'MRR':>6}")
        for lang, row in report.by_lang.items():
            print(f"{lang:8} {int(row['n']):>3} {row['recall_at_1']:>9.3f} {row['mrr']:>6.3f}")
        print(
            f"at min_score: abstained on unanswerable {report.abstain_rate_on_unanswerable:.2f}, "
            f"answered {report.answered_rate:.2f} of answerable with precision "
            f"{report.answered_precision:.2f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sweep", action="store_true", help="also try other fusion weights")
    args = parser.parse_args()
    cases = load_cases()
    started = time.perf_counter()
    index = build(EMBEDDING_WEIGHT, KEYWORD_WEIGHT)
    index.search("warm-up", k=1)
    print(f"index built and embedded in {time.perf_counter() - started:.2f}s, {len(index)} rows")
    table(index, cases, "hybrid (default weights)")
    if args.sweep:
        for emb, kw in ((1.0, 0.0), (0.0, 1.0), (0.6, 0.4), (0.75, 0.25)):
            table(build(emb, kw, index), cases, f"embedding {emb} / keyword {kw}")
    timings = []
    for case in cases:
        t = time.perf_counter()
        index.search(case.question)
        timings.append((time.perf_counter() - t) * 1000)
    timings.sort()
    print(
        f"\nsearch latency ms: p50 {timings[len(timings) // 2]:.2f}  p99 {timings[int(len(timings) * 0.99)]:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
