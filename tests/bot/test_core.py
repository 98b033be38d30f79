"""Pure cores of the bot: size advice from a chart, settings, and the decision rules."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kefu.bot.decide import decide
from kefu.bot.facts import BotContext, KnowledgeFacts, OrderFacts, ProductFacts, Understanding
from kefu.bot.settings import BotSettings, parse_settings
from kefu.bot.sizing import recommend
from kefu.errors import ValidationFailed

NOW = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
CHART = (
    {"size": "42", "eu": "42", "us": "8.5", "uk": "8", "foot_length_cm": 26.0},
    {"size": "43", "eu": "43", "us": "9.5", "uk": "9", "foot_length_cm": 26.5},
)
BOOT = ProductFacts(
    id=1, code="TB-001", titles={"zh-Hans": "山脊 男款中帮防水徒步鞋", "en": "Ridge Mid Men's Boot"},
    knowledge={"en": KnowledgeFacts("en", material="suede", care="brush", size_chart=CHART),
               "zh-Hans": KnowledgeFacts("zh-Hans", material="翻毛皮", size_chart=CHART)},
)  # fmt: skip


def ctx(**kw: object) -> BotContext:
    base: dict[str, object] = dict(shop_name="岭行", shop_tz="Asia/Shanghai", marketplace="taobao",
                                   buyer_name="Ana", buyer_tz="UTC", products=(BOOT,))  # fmt: skip
    base.update(kw)
    return BotContext(**base)  # type: ignore[arg-type]


def u(text: str, intent: str, lang: str = "en", conf: float = 0.95, **kw: object) -> Understanding:
    return Understanding(text=text, lang=lang, intent=intent, confidence=conf, **kw)  # type: ignore[arg-type]


def test_size_from_chart_eu_and_foot_length_rounds_up() -> None:
    advice = recommend(CHART, "EU", "42")
    assert advice is not None and advice.recommended == "42"
    assert "26.0 cm" in advice.row_text("en")
    between = recommend(CHART, "CM", "26.2")
    assert between is not None and between.recommended == "43"
    assert recommend(CHART, "EU", "47") is None


def test_settings_reject_unknown_intent_and_keep_defaults() -> None:
    assert parse_settings(None).mode == "bot_first"
    with pytest.raises(ValidationFailed):
        parse_settings({"thresholds": {"no_such_intent": 0.5}})


def test_bot_off_hours_drafts_during_working_hours() -> None:
    s = BotSettings(mode="bot_off_hours")
    assert not s.acts_alone(datetime(2026, 5, 1, 4, 0, tzinfo=UTC), "Asia/Shanghai")  # 12:00 local
    assert s.acts_alone(datetime(2026, 5, 1, 18, 0, tzinfo=UTC), "Asia/Shanghai")  # 02:00 local


def test_asks_usual_size_then_answers_from_chart() -> None:
    first = decide(u("Which size for the Ridge Mid?", "size_advice"), ctx(), BotSettings(), NOW)
    assert first.action == "ask" and first.scenarios == ("ask_usual_size",)
    entities = (("size", "EU 42", {"system": "EU", "size": "42"}),)
    second = decide(u("I wear EU 42", "size_advice", entities=entities),
                    ctx(remembered=first.slots), BotSettings(), NOW)  # fmt: skip
    assert second.action == "answer" and second.variables["recommended_size"] == "42"


@pytest.mark.parametrize(
    ("text", "intent", "lang", "reason"),
    [
        ("转人工", "human_agent", "zh-Hans", "asked_for_person"),
        ("quiero una compensación", "not_received", "es", "money_beyond_policy"),
        ("where is it", "order_status", "en", "low_confidence"),
    ],
)
def test_hands_off(text: str, intent: str, lang: str, reason: str) -> None:
    conf = 0.4 if reason == "low_confidence" else 0.95
    plan = decide(u(text, intent, lang, conf), ctx(), BotSettings(), NOW)
    assert plan.action == "handoff" and plan.reason == reason


def test_angry_buyer_and_phishing_go_to_a_person() -> None:
    angry = decide(u("垃圾服务", "complaint", "zh-Hans", anger=0.9), ctx(), BotSettings(), NOW)
    assert angry.action == "handoff" and angry.reason == "angry"
    phish = decide(u("login here", "other", guard_in=frozenset({"phishing_link"})), ctx(),
                   BotSettings(), NOW)  # fmt: skip
    assert phish.reason == "phishing"


def test_unknown_order_number_is_not_confirmed() -> None:
    order = OrderFacts(id=5, order_number="123456789", status="shipped", currency="USD",
                       total=__import__("decimal").Decimal("10"), refunded_amount=__import__(
                           "decimal").Decimal("0"), refund_status="none", items=("boot",),
                       carrier="Cainiao", tracking_no="LP1")  # fmt: skip
    entities = (("order_number", "999999999", {}),)
    plan = decide(u("where is order 999999999", "order_status", entities=entities),
                  ctx(orders=(order,)), BotSettings(), NOW)  # fmt: skip
    assert plan.action == "ask" and plan.phrase == "order_not_found"
