from __future__ import annotations

from typing import Any

from kefu.replies import candidates, default_library
from kefu.replies.library import Library, Scenario, build_template

from .samples import SAMPLES


def _without(lang: str, *names: str) -> dict[str, Any]:
    return {k: v for k, v in SAMPLES[lang].items() if k not in names}


def test_delivery_time_without_destination_asks_for_it_first() -> None:
    sel = candidates("delivery_time", "es", _without("es", "destination"))
    assert sel.offered[0].scenario == "ask_destination"
    assert "destination" in sel.asks
    assert all("destination" not in t.required for t in sel.offered)


def test_delivery_time_with_destination_answers_and_stops_asking() -> None:
    sel = candidates("delivery_time", "zh-Hans", SAMPLES["zh-Hans"])
    assert sel.offered, sel
    assert sel.offered[0].scenario == "delivery_time"
    assert all(t.scenario != "ask_destination" for t in sel.offered)
    assert len(sel) <= 3


def test_urgent_buyer_gets_the_urgent_wording_first_and_others_do_not() -> None:
    urgent = candidates("delivery_time", "en", SAMPLES["en"], tone="urgent")
    assert urgent.offered[0].tone == "urgent"
    neutral = candidates("delivery_time", "en", SAMPLES["en"])
    assert neutral.offered[0].tone is None
    gift = candidates("delivery_time", "en", SAMPLES["en"], tone="gift_buyer")
    assert all(t.tone in (None, "gift_buyer") for t in gift.offered)


def test_price_sensitive_buyer_hears_about_the_promotion_only_if_there_is_one() -> None:
    with_promo = candidates("price_bargain", "es", SAMPLES["es"], tone="price_sensitive")
    assert with_promo.offered[0].id == "bargaining.saver.es"
    no_promo = candidates(
        "price_bargain", "es", _without("es", "promotion"), tone="price_sensitive"
    )
    assert no_promo.offered and all("promotion" not in t.required for t in no_promo.offered)
    assert "promotion" in no_promo.asks


def test_suspicious_first_timer_gets_the_careful_authenticity_reply() -> None:
    sel = candidates("authenticity", "zh-Hans", SAMPLES["zh-Hans"], tone="suspicious_first_timer")
    assert sel.offered[0].id == "authenticity.careful.zh-Hans"


def test_freight_payer_from_the_rules_engine_picks_the_matching_explanation() -> None:
    buyer = candidates("return_shipping", "en", {**SAMPLES["en"], "freight_payer": "buyer"})
    assert {t.variant for t in buyer.offered if t.scenario == "exchange_shipping"} <= {
        "buyer",
        "buyer2",
    }
    seller = candidates("return_shipping", "en", {**SAMPLES["en"], "freight_payer": "seller"})
    assert [t.variant for t in seller.offered if t.scenario == "exchange_shipping"] == ["seller"]
    unknown = candidates("return_shipping", "en", _without("en", "freight_payer"))
    assert all(t.scenario != "exchange_shipping" for t in unknown.offered)
    assert "freight_payer" in unknown.asks


def test_order_questions_ask_which_order_when_it_is_unknown() -> None:
    sel = candidates("order_status", "es", {})
    assert sel.offered[0].scenario == "ask_order"
    assert {"order_no", "tracking_no", "carrier"} <= set(sel.asks)


def _tiny_library() -> Library:
    scenario = Scenario(id="eta", intents=("delivery_time",))
    return Library(
        templates=(
            build_template(scenario=scenario, lang="en", variant="1", text="About a week."),
            build_template(
                scenario=scenario, lang="zh-Hans", variant="1", text="大约一周，请耐心等待。"
            ),
        )
    )


def test_spanish_buyer_never_gets_english_text_the_gap_is_reported() -> None:
    sel = candidates("delivery_time", "es", {}, library=_tiny_library())
    assert sel.offered == ()
    assert sel.lang_missing


def test_traditional_chinese_falls_back_to_simplified_only_when_no_traditional_exists() -> None:
    lib = _tiny_library()
    sel = candidates("delivery_time", "zh-Hant", {}, library=lib)
    assert sel.served_lang == "zh-Hans" and [t.lang for t in sel.offered] == ["zh-Hans"]
    shipped = candidates("delivery_time", "zh-Hant", SAMPLES["zh-Hant"])
    assert shipped.served_lang == "zh-Hant"
    assert all(t.lang == "zh-Hant" for t in shipped.offered)


def test_unknown_intent_offers_nothing() -> None:
    sel = candidates("weather", "en", SAMPLES["en"])
    assert sel.offered == () and sel.lang_missing


def test_limit_is_respected() -> None:
    assert len(candidates("greeting", "en", SAMPLES["en"], limit=1)) == 1
    assert len(candidates("greeting", "en", SAMPLES["en"], limit=0)) == 0


def test_search_by_shortcut_and_chinese_keyword() -> None:
    lib = default_library()
    hits = lib.search("/size", lang="zh-Hans")
    assert hits and all(t.shortcut and t.shortcut.startswith("/size") for t in hits)
    assert hits[0].shortcut == "/size"
    chinese = lib.search("运费", lang="zh-Hans")
    assert chinese and all("运费" in t.text or "运费" in (t.title or "") for t in chinese)
    spanish = lib.search("reembolso", lang="es")
    assert any(t.scenario == "refund_status" for t in spanish)
    assert lib.search("zzzz-nothing") == []
