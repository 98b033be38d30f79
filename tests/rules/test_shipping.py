"""Ship-by deadline and late-shipment compensation, including "estimated" and the platform's field."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kefu.rules.decision import Status
from kefu.rules.overrides import apply_overrides
from kefu.rules.registry import get_ruleset
from kefu.rules.shipping import late_shipment_compensation, ship_by

from .factories import cst, item, order

TAOBAO = get_ruleset("taobao")
PAID = cst(2026, 4, 28, 10, 0)


def test_default_ship_by_is_48_hours_after_payment_and_estimated() -> None:
    decision = ship_by(order(), TAOBAO, cst(2026, 4, 29))
    assert decision.answer == "due"
    assert decision.deadlines[0].at == cst(2026, 4, 30, 10, 0)
    assert decision.estimated and decision.deadlines[0].estimated
    assert decision.rules[0].rule_id == "TB-SHIP-01"


def test_the_platforms_own_ship_by_wins_and_is_not_estimated() -> None:
    facts = order(
        platform_deadlines={"ship_by": cst(2026, 5, 2, 18)}, promised_ship_by=cst(2026, 4, 29)
    )
    decision = ship_by(facts, TAOBAO, cst(2026, 5, 1))
    assert decision.deadlines[0].at == cst(2026, 5, 2, 18)
    assert not decision.estimated and decision.deadlines[0].from_platform


def test_a_promise_made_to_the_buyer_sets_the_deadline() -> None:
    decision = ship_by(order(promised_ship_by=cst(2026, 4, 28, 17)), TAOBAO, cst(2026, 4, 29))
    assert decision.answer == "overdue" and decision.deadlines[0].at == cst(2026, 4, 28, 17)


def test_pre_sale_counts_the_stated_days_from_the_balance_payment() -> None:
    facts = order(presale_days=15, events={"balance_paid": cst(2026, 5, 1, 20)})
    decision = ship_by(facts, TAOBAO, cst(2026, 5, 2))
    assert decision.deadlines[0].at == cst(2026, 5, 16, 20)
    assert "TB-SHIP-08" in {r.rule_id for r in decision.rules}


def test_shipped_late_and_on_time() -> None:
    assert (
        ship_by(order(shipped_at=cst(2026, 4, 30, 9)), TAOBAO, cst(2026, 5, 1)).answer
        == "shipped_on_time"
    )
    assert (
        ship_by(order(shipped_at=cst(2026, 4, 30, 11)), TAOBAO, cst(2026, 5, 1)).answer
        == "shipped_late"
    )


def test_unpaid_orders_have_no_ship_by() -> None:
    assert ship_by(order(paid_at=None), TAOBAO, PAID).status is Status.NOT_APPLICABLE


def test_without_a_default_or_promise_the_ship_by_cannot_be_decided() -> None:
    facts = order("aliexpress", buyer_country="US", currency="USD")
    decision = ship_by(facts, get_ruleset("aliexpress"), PAID)
    assert decision.status is Status.UNDECIDED and decision.missing == ("promised_ship_by",)


@pytest.mark.parametrize(
    "price,expected",
    [("199.00", "9.95"), ("10.00", "1.00"), ("1000.00", "30.00"), ("600.00", "30.00")],
)
def test_taobao_late_shipment_is_5_percent_within_1_and_30_yuan(price: str, expected: str) -> None:
    facts = order(
        paid_amount=Decimal(price), items=(item("外套", price),), shipped_at=cst(2026, 5, 1)
    )
    decision = late_shipment_compensation(facts, TAOBAO, cst(2026, 5, 2))
    assert decision.answer == "owed"
    assert decision.amount is not None and decision.amount.value == Decimal(expected)
    assert decision.amount.currency == "CNY"
    assert decision.estimated  # no platform ship-by field
    assert decision.needs_confirmation  # TB-SHIP-06 is L until the shop confirms


def test_taobao_v3_parameters_give_the_5_yuan_minimum_on_a_30_yuan_gift() -> None:
    # POLICIES worked example for v3: a ¥30 item → 10 % = ¥3, raised to the ¥5 minimum.
    v3 = apply_overrides(TAOBAO, {"TB-SHIP-06": {"rate": "0.10", "minimum": "5", "maximum": "100"}})
    facts = order(
        paid_amount=Decimal("30"), items=(item("赠品", "30"),), shipped_at=cst(2026, 5, 1)
    )
    decision = late_shipment_compensation(facts, v3, cst(2026, 5, 2))
    assert decision.amount is not None and decision.amount.value == Decimal("5")
    assert not decision.needs_confirmation


def test_compensation_is_per_item() -> None:
    facts = order(paid_amount=Decimal("1010"), items=(item("A", "1000"), item("B", "10")),
                  shipped_at=cst(2026, 5, 1))  # fmt: skip
    decision = late_shipment_compensation(facts, TAOBAO, cst(2026, 5, 2))
    assert decision.amount is not None and decision.amount.value == Decimal("31.00")


def test_tmall_late_shipment_is_30_percent_capped_at_500() -> None:
    tmall = get_ruleset("tmall")
    small = order("tmall", items=(item("A", "100"),), shipped_at=cst(2026, 5, 1))
    big = order("tmall", items=(item("B", "3000"),), shipped_at=cst(2026, 5, 1))
    assert late_shipment_compensation(small, tmall, cst(2026, 5, 2)).amount.value == Decimal(
        "30.00"
    )  # type: ignore[union-attr]
    assert late_shipment_compensation(big, tmall, cst(2026, 5, 2)).amount.value == Decimal("500")  # type: ignore[union-attr]


def test_platform_deadline_present_means_not_estimated() -> None:
    facts = order(platform_deadlines={"ship_by": cst(2026, 4, 29)}, shipped_at=cst(2026, 4, 30))
    decision = late_shipment_compensation(facts, TAOBAO, cst(2026, 5, 1))
    assert decision.answer == "owed" and not decision.estimated


def test_a_higher_seller_promise_wins_on_taobao_but_not_on_jd() -> None:
    late = {"shipped_at": cst(2026, 5, 1), "seller_promised_late_penalty": Decimal("50")}
    tb = late_shipment_compensation(order(**late), TAOBAO, cst(2026, 5, 2))
    assert tb.amount is not None and tb.amount.value == Decimal("50")
    jd_facts = order("jd", promised_ship_by=cst(2026, 4, 29), items=(item("A", "100"),), **late)
    jd = late_shipment_compensation(jd_facts, get_ruleset("jd"), cst(2026, 5, 2))
    assert jd.amount is not None and jd.amount.value == Decimal("30.00")
    assert any(r.key == "late.promise_excess_negotiable" for r in jd.reasons)


def test_not_late_means_nothing_owed() -> None:
    decision = late_shipment_compensation(
        order(shipped_at=cst(2026, 4, 29)), TAOBAO, cst(2026, 5, 2)
    )
    assert decision.answer == "none" and decision.amount is None


def test_an_order_in_another_currency_cannot_use_yuan_limits() -> None:
    facts = order(currency="USD", shipped_at=cst(2026, 5, 1))
    decision = late_shipment_compensation(facts, TAOBAO, cst(2026, 5, 2))
    assert decision.status is Status.UNDECIDED and decision.missing == ("amount_in_CNY",)


def test_marketplaces_without_a_late_rule_say_so() -> None:
    facts = order(
        "aliexpress",
        buyer_country="US",
        promised_ship_by=cst(2026, 4, 29),
        shipped_at=cst(2026, 5, 1),
    )
    assert (
        late_shipment_compensation(facts, get_ruleset("aliexpress"), cst(2026, 5, 2)).status
        is Status.NO_RULE
    )
