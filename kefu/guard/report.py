"""Precision and recall of the guard per category over a labelled corpus.

The corpus itself lives with the tests (`tests/guard/corpus.py`, function `load_cases`); this module
only scores it, so `kefu guard report` and the tests compute the same numbers.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kefu.errors import NotFound
from kefu.guard.engine import GuardEngine, default_engine
from kefu.guard.types import ALL_CATEGORIES, Direction, GuardResult


@dataclass(frozen=True)
class Case:
    """One labelled example: a message (or a file) and the categories truly present in it."""

    id: str
    expected: frozenset[str]
    text: str = ""
    direction: Direction = "out"
    platform: str | None = None
    lang: str | None = None
    data: bytes | None = None  # set for file cases
    filename: str = ""
    group: str = ""  # "clean", "violation", "obfuscation", "phishing", "file", ...

    @property
    def is_file(self) -> bool:
        return self.data is not None


@dataclass
class CategoryScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Report:
    scores: dict[str, CategoryScore]
    cases: int
    clean_cases: int
    clean_with_findings: list[str] = field(default_factory=list)
    misses: list[tuple[str, str]] = field(default_factory=list)  # (case id, category)
    false_alarms: list[tuple[str, str]] = field(default_factory=list)

    @property
    def clean_fp_rate(self) -> float:
        return len(self.clean_with_findings) / self.clean_cases if self.clean_cases else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "cases": self.cases,
            "clean_cases": self.clean_cases,
            "clean_false_positive_rate": round(self.clean_fp_rate, 4),
            "categories": {
                c: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "support": s.support,
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                }
                for c, s in self.scores.items()
            },
            "misses": [list(m) for m in self.misses],
            "false_alarms": [list(m) for m in self.false_alarms],
            "clean_with_findings": self.clean_with_findings,
        }


def run_case(case: Case, engine: GuardEngine | None = None) -> GuardResult:
    from kefu.guard import check_file

    if case.data is not None:
        return check_file(case.data, case.filename)
    return (engine or default_engine()).check(
        case.text, case.direction, case.platform, case.lang, "en"
    )


def evaluate(cases: Iterable[Case], engine: GuardEngine | None = None) -> Report:
    scores = {c: CategoryScore() for c in ALL_CATEGORIES}
    report = Report(scores=scores, cases=0, clean_cases=0)
    for case in cases:
        report.cases += 1
        found = run_case(case, engine).categories
        if not case.expected:
            report.clean_cases += 1
            if found:
                report.clean_with_findings.append(case.id)
        for category in ALL_CATEGORIES:
            if category in case.expected and category in found:
                scores[category].tp += 1
            elif category in case.expected:
                scores[category].fn += 1
                report.misses.append((case.id, category))
            elif category in found:
                scores[category].fp += 1
                report.false_alarms.append((case.id, category))
    return report


def default_corpus_path() -> Path:
    return Path(__file__).resolve().parents[2] / "tests" / "guard" / "corpus.py"


def load_corpus(path: Path | None = None) -> Sequence[Case]:
    """Import the corpus module at `path` and return its `load_cases()`."""
    path = path or default_corpus_path()
    if not path.is_file():
        raise NotFound(f"guard corpus not found at {path}", path=str(path))
    spec = importlib.util.spec_from_file_location("kefu_guard_corpus", path)
    if spec is None or spec.loader is None:
        raise NotFound(f"guard corpus at {path} cannot be imported", path=str(path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases: Sequence[Case] = module.load_cases()
    return cases


def format_table(report: Report, block_categories: Iterable[str]) -> str:
    block = set(block_categories)
    lines = [
        f"{'category':<24}{'sev':<7}{'support':>8}{'precision':>11}{'recall':>9}",
        "-" * 59,
    ]
    for category, s in report.scores.items():
        if s.support == 0 and s.fp == 0:
            continue
        sev = "block" if category in block else "warn"
        lines.append(
            f"{category:<24}{sev:<7}{s.support:>8}{s.precision:>11.3f}{s.recall:>9.3f}"
        )
    lines.append("-" * 59)
    lines.append(
        f"cases: {report.cases}   clean: {report.clean_cases}   "
        f"clean with any finding: {len(report.clean_with_findings)} "
        f"({report.clean_fp_rate:.2%})"
    )
    return "\n".join(lines)
