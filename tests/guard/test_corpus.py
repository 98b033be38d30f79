"""The labelled corpus meets the targets: recall >= 0.95 per block category, <= 1% clean FPs."""

from __future__ import annotations

from collections import Counter

import pytest

from kefu.guard.engine import default_engine
from kefu.guard.report import Case, Report, evaluate
from tests.guard.corpus import load_cases


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return load_cases()


@pytest.fixture(scope="module")
def report(cases: list[Case]) -> Report:
    return evaluate(cases)


def test_corpus_is_large_and_covers_every_group_and_language(cases: list[Case]) -> None:
    assert len(cases) >= 400
    groups = Counter(c.group for c in cases)
    for group in ("clean", "violation", "obfuscation", "reference", "competitor", "phishing", "file"):
        assert groups[group] >= 5, group
    langs = Counter(c.lang for c in cases if c.group == "clean")
    for lang in ("zh-Hans", "zh-Hant", "en", "es"):
        assert langs[lang] >= 50, lang  # each reply checked with and without a platform
    files = [c for c in cases if c.is_file]
    assert any(not c.expected for c in files) and any(c.expected for c in files)


def test_block_categories_reach_095_recall(report: Report) -> None:
    engine = default_engine()
    for category, spec in engine.categories.items():
        score = report.scores[category]
        if spec.severity == "block":
            assert score.support >= 5, f"{category} has too few labelled cases"
            assert score.recall >= 0.95, (category, score, report.misses)


def test_clean_replies_stay_under_one_percent_false_positives(report: Report) -> None:
    assert report.clean_cases >= 300
    assert report.clean_fp_rate <= 0.01, report.clean_with_findings


def test_every_category_precision_is_reported(report: Report) -> None:
    data = report.as_dict()
    categories = data["categories"]
    assert isinstance(categories, dict)
    assert set(categories) == set(default_engine().categories)
    for category in ("absolute_claim", "off_platform", "phishing_link", "dangerous_file"):
        assert report.scores[category].precision >= 0.9, category
