"""The rule lists are versioned data, validated on load; a broken list fails loudly."""

from __future__ import annotations

import pytest

from kefu.errors import ValidationFailed
from kefu.guard import ShopGuardConfig
from kefu.guard.rules import load_rule_data, trie_regex, validate_terms_document


def test_shipped_lists_load_with_versions_and_sources() -> None:
    data = load_rule_data()
    assert data.version >= "2026-11-24"
    assert {t.language for t in data.terms} == {"zh-Hans", "en", "es", "pt", "ru"}
    assert all(t.source for t in data.terms)
    for name, spec in data.platforms.platforms.items():
        for market in spec.forbid:
            assert market in data.platforms.marketplaces, (name, market)


def _doc(**rule: object) -> dict[str, object]:
    base = {"id": "shop.x", "category": "absolute_claim", "terms": ["x"]}
    base.update(rule)
    return {"schema": "kefu.guard.terms/1", "version": "1", "language": "es", "script": "latin",
            "source": "shop", "rules": [base]}  # fmt: skip


def test_a_bad_regular_expression_is_rejected_with_its_text() -> None:
    with pytest.raises(ValidationFailed, match="invalid regular expression"):
        validate_terms_document(_doc(patterns=["(unclosed"]))


def test_unknown_category_and_missing_schema_are_rejected() -> None:
    with pytest.raises(ValidationFailed, match="unknown category"):
        validate_terms_document(_doc(category="rudeness"))
    doc = _doc()
    doc["schema"] = "kefu.guard.terms/0"
    with pytest.raises(ValidationFailed):
        validate_terms_document(doc)
    with pytest.raises(ValidationFailed):
        ShopGuardConfig(extra_terms={"rudeness": ("x",)})


def test_trie_regex_prefers_the_longest_term() -> None:
    import re

    pattern = re.compile(trie_regex(["最好", "最好的", "最佳", "a.b"]))
    assert pattern.findall("最好的 最好 最佳 a.b axb") == ["最好的", "最好", "最佳", "a.b"]
