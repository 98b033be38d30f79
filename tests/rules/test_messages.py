"""The explanation catalogue: complete in four languages, same placeholders, every key the engine
uses exists, and explanations read naturally in Chinese and Spanish.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from kefu.rules.evaluate import evaluate_order
from kefu.rules.messages import LANGUAGES, catalogue, normalise_language, placeholders, render
from kefu.rules.registry import RULESETS, get_ruleset
from kefu.rules.schema import FREIGHT_CASES

from .factories import cst, item, order

ENGINE = Path(__file__).parents[2] / "kefu" / "rules"


def test_every_message_has_four_languages_with_the_same_placeholders() -> None:
    for key, texts in catalogue().messages.items():
        assert set(texts) == set(LANGUAGES), key
        assert len({frozenset(placeholders(t)) for t in texts.values()}) == 1, key


def test_every_static_reason_key_in_the_engine_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in ENGINE.glob("*.py"):
        used |= set(re.findall(r'Reason\(\s*"([a-z_.]+)"', path.read_text(encoding="utf-8")))
    assert used, "no reason keys found: the pattern is stale"
    assert used <= set(catalogue().messages), used - set(catalogue().messages)


def test_every_timer_key_and_consequence_has_a_label() -> None:
    labels = catalogue().labels
    for ruleset in RULESETS.values():
        for rule in ruleset.rules:
            if rule.kind == "timer":
                for timer in rule.p().timers:
                    assert timer.key in labels["deadline"], timer.key
                    assert timer.consequence in labels["consequence"], timer.consequence
    assert set(FREIGHT_CASES) <= set(labels["case"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_full_order_explains_itself_in_every_language(lang: str) -> None:
    facts = order(signed_at=cst(2026, 5, 1, 15, 20), shipped_at=cst(2026, 4, 30, 19),
                  paid_amount=Decimal("199"), free_shipping=True,
                  items=(item("连衣裙", "199", "clothing"), item("鲜花", "59", "fresh_perishable")))  # fmt: skip
    for decision in evaluate_order(facts, get_ruleset("taobao"), cst(2026, 5, 3)):
        text = decision.explain(lang)
        assert text and "{" not in text


def test_chinese_explanation_of_the_return_deadline() -> None:
    facts = order(signed_at=cst(2026, 5, 1, 15, 20))
    decision = evaluate_order(facts, get_ruleset("taobao"), cst(2026, 5, 3)).topic(
        "no_reason_return"
    )[0]
    zh = decision.explain("zh-Hans")
    assert "无理由退货" in zh and "2026-05-09 00:00" in zh and "TB-7D-01" in zh
    assert "無理由退貨" in decision.explain("zh-Hant")
    es = decision.explain("es")
    assert "devolver sin dar motivo" in es and "2026-05-09 00:00" in es


def test_placeholders_are_filled_with_labels_in_the_right_language() -> None:
    assert render("timer.then", "es", {"consequence": "order_closes_unpaid"}) == \
        "Al vencer: el pedido impagado se cierra."  # fmt: skip
    assert "未付款订单关闭" in render(
        "timer.then", "zh-Hans", {"consequence": "order_closes_unpaid"}
    )


@pytest.mark.parametrize("given,expected", [("zh", "zh-Hans"), ("zh-CN", "zh-Hans"), ("zh_TW", "zh-Hant"),
                                            ("zh-HK", "zh-Hant"), ("es-MX", "es"), ("en-GB", "en"),
                                            ("ru", "en")])  # fmt: skip
def test_language_tags_are_normalised(given: str, expected: str) -> None:
    assert normalise_language(given) == expected
