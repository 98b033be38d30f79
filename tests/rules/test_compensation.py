"""Counterfeit and fraud damages, JD improper-listing and missing-gift compensation, AE disputes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kefu.rules.compensation import (
    capped_compensation,
    counterfeit_compensation,
    missing_gift_compensation,
)
from kefu.rules.decision import Status
from kefu.rules.disputes import dispute_window
from kefu.rules.errors import RuleUnknown
from kefu.rules.overrides import apply_overrides
from kefu.rules.registry import get_ruleset

from .factories import cst, order

NOW = cst(2026, 6, 1)
JD_STANDARD_NOW = cst(2026, 7, 1)  # JD标准 (JD-DM-01, JD-GIFT-01) takes effect 2026-06-15


def test_jd_standard_rules_are_not_in_force_before_their_effective_date() -> None:
    with pytest.raises(RuleUnknown, match="not yet in force"):
        capped_compensation(order("jd"), get_ruleset("jd"), NOW, "JD-DM-01")


AE = get_ruleset("aliexpress")


@pytest.mark.parametrize(
    "price,total", [("100", "600.00"), ("1000", "4000.00"), ("166.67", "666.68")]
)
def test_fraud_gives_the_price_back_plus_three_times_at_least_500(price: str, total: str) -> None:
    decision = counterfeit_compensation(order(), get_ruleset("taobao"), NOW, price=Decimal(price))
    assert decision.answer == "refund_plus_damages"
    assert decision.amount is not None and decision.amount.value == Decimal(total)
    assert decision.rules[0].rule_id == "CN-LAW-09"


@pytest.mark.parametrize("price,loss,total", [("50", None, "1050.00"), ("500", None, "5500.00"),
                                              ("50", "2000", "6050.00")])  # fmt: skip
def test_unsafe_food_gives_ten_times_or_three_times_the_loss_at_least_1000(
    price: str, loss: str | None, total: str
) -> None:
    decision = counterfeit_compensation(order("jd"), get_ruleset("jd"), NOW, price=Decimal(price),
                                        food=True, loss=Decimal(loss) if loss else None)  # fmt: skip
    assert decision.amount is not None and decision.amount.value == Decimal(total)
    assert decision.rules[0].rule_id == "CN-LAW-10"


def test_a_shops_own_higher_promise_binds_on_taobao() -> None:
    promising = apply_overrides(
        get_ruleset("taobao"), {"TB-FAKE-01": {"shop_promise_multiple": "10"}}
    )
    decision = counterfeit_compensation(order(), promising, NOW, price=Decimal("1000"))
    assert decision.amount is not None and decision.amount.value == Decimal("11000.00")
    assert "10" in decision.explain("zh-Hans")


def test_on_jd_the_platform_amount_applies_and_the_excess_is_negotiated() -> None:
    promising = apply_overrides(get_ruleset("jd"), {"JD-DIS-07": {"shop_promise_multiple": "10"}})
    decision = counterfeit_compensation(order("jd"), promising, NOW, price=Decimal("1000"))
    assert decision.amount is not None and decision.amount.value == Decimal("4000.00")
    assert any(r.key == "fake.promise_excess_negotiable" for r in decision.reasons)


def test_cross_border_counterfeit_is_a_refund_with_shipping() -> None:
    facts = order("aliexpress", buyer_country="BR", currency="USD")
    decision = counterfeit_compensation(facts, AE, NOW)
    assert decision.answer == "refund" and decision.needs_confirmation


def test_no_rule_for_counterfeits_on_amazon() -> None:
    facts = order("amazon", buyer_country="US", currency="USD")
    assert counterfeit_compensation(facts, get_ruleset("amazon"), NOW).status is Status.NO_RULE


@pytest.mark.parametrize("paid,expected", [("500", "50.00"), ("5000", "200")])
def test_jd_improper_listing_is_10_percent_capped_at_200(paid: str, expected: str) -> None:
    facts = order("jd", paid_amount=Decimal(paid))
    decision = capped_compensation(facts, get_ruleset("jd"), JD_STANDARD_NOW, "JD-DM-01")
    assert decision.amount is not None and decision.amount.value == Decimal(expected)


def test_jd_missing_gift_with_a_sku_is_capped_at_30_percent_of_the_main_item() -> None:
    jd = get_ruleset("jd")
    cheap = missing_gift_compensation(
        jd, JD_STANDARD_NOW, main_price=Decimal("1000"), gift_price=Decimal("99"), has_sku=True
    )
    dear = missing_gift_compensation(
        jd, JD_STANDARD_NOW, main_price=Decimal("100"), gift_price=Decimal("99"), has_sku=True
    )
    assert cheap.amount is not None and cheap.amount.value == Decimal("99.00")
    assert dear.amount is not None and dear.amount.value == Decimal("30.00")


def test_jd_missing_gift_without_a_sku_or_value_is_at_least_500_beans() -> None:
    decision = missing_gift_compensation(get_ruleset("jd"), JD_STANDARD_NOW, main_price=Decimal("80"),
                                         gift_price=None, has_sku=False)  # fmt: skip
    assert decision.answer == "beans" and decision.amount is not None
    assert decision.amount.value == Decimal("40.00")


def test_aliexpress_dispute_opens_on_day_11_and_closes_15_days_after_the_promise() -> None:
    facts = order("aliexpress", buyer_country="BR", currency="USD", shipped_at=cst(2026, 6, 1, 10),
                  promised_delivery_days=30)  # fmt: skip
    decision = dispute_window(facts, AE, cst(2026, 6, 5))
    opens, closes = decision.deadlines
    assert decision.answer == "not_yet_open"
    assert opens.at == cst(2026, 6, 11, 10) and closes.at == cst(2026, 7, 16, 10)
    assert dispute_window(facts, AE, cst(2026, 6, 12)).answer == "open"
    assert dispute_window(facts, AE, cst(2026, 7, 17)).answer == "closed"


def test_aliexpress_confirmation_of_receipt_brings_the_close_forward() -> None:
    facts = order("aliexpress", buyer_country="BR", currency="USD", shipped_at=cst(2026, 6, 1, 10),
                  promised_delivery_days=30, confirmed_at=cst(2026, 6, 20, 8))  # fmt: skip
    assert dispute_window(facts, AE, cst(2026, 6, 21)).deadlines[1].at == cst(2026, 7, 5, 8)


def test_aliexpress_short_promise_opens_the_dispute_at_once() -> None:
    facts = order("aliexpress", buyer_country="BR", currency="USD", shipped_at=cst(2026, 6, 1, 10),
                  promised_delivery_days=3)  # fmt: skip
    assert dispute_window(facts, AE, cst(2026, 6, 1, 11)).answer == "open"


def test_aliexpress_dispute_window_needs_the_promise_or_a_confirmation() -> None:
    facts = order("aliexpress", buyer_country="BR", currency="USD", shipped_at=cst(2026, 6, 1, 10))
    decision = dispute_window(facts, AE, cst(2026, 6, 2))
    assert decision.status is Status.UNDECIDED and decision.missing == ("promised_delivery_days",)
