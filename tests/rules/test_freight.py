"""Who pays shipping, leg by leg, for each case the issue lists."""

from __future__ import annotations

import pytest

from kefu.rules.decision import Status
from kefu.rules.freight import freight_payer, no_reason_case
from kefu.rules.overrides import apply_overrides
from kefu.rules.registry import get_ruleset

from .factories import cst, order

NOW = cst(2026, 5, 3)


def legs(name: str, case: str, **facts: object) -> tuple[str | None, str | None, str | None]:
    decision = freight_payer(order(name, **facts), get_ruleset(name), NOW, case)
    assert decision.status is Status.DECIDED, decision
    assert decision.legs is not None
    return decision.legs.outbound, decision.legs.return_leg, decision.legs.resend


@pytest.mark.parametrize("name", ["taobao", "tmall"])
def test_no_reason_return_of_a_free_shipped_item_buyer_pays_only_the_return(name: str) -> None:
    assert legs(name, "no_reason_free_shipping")[:2] == ("seller", "buyer")


@pytest.mark.parametrize("name", ["taobao", "tmall"])
def test_no_reason_return_of_a_not_free_shipped_item_buyer_pays_both(name: str) -> None:
    assert legs(name, "no_reason_not_free_shipping")[:2] == ("buyer", "buyer")


def test_partial_return_that_breaks_free_shipping_buyer_pays_both() -> None:
    assert legs("taobao", "partial_return_breaks_free_shipping")[:2] == ("buyer", "buyer")
    assert legs("jd", "partial_return_breaks_free_shipping")[:2] == ("buyer", "buyer")


def test_exchange_for_size_or_colour_buyer_pays_the_shipping_it_causes() -> None:
    assert legs("taobao", "exchange_size_colour") == (None, "buyer", "buyer")


@pytest.mark.parametrize("name", ["taobao", "tmall", "jd"])
def test_quality_problem_or_not_as_described_seller_pays_both_legs(name: str) -> None:
    outbound, ret, _ = legs(name, "seller_fault")
    assert (outbound, ret) == ("seller", "seller")


def test_unclear_fault_seller_pays_outbound_buyer_pays_return() -> None:
    decision = freight_payer(order(), get_ruleset("taobao"), NOW, "unclear_fault")
    assert decision.legs is not None
    assert (decision.legs.outbound, decision.legs.return_leg) == ("seller", "buyer")
    assert dict(decision.legs.decided_by) == {"outbound": "TB-FEE-02", "return_leg": "TB-FEE-02"}


def test_tmall_quality_problem_cites_the_taobao_fault_rule_for_the_outbound_leg() -> None:
    decision = freight_payer(order("tmall"), get_ruleset("tmall"), NOW, "seller_fault")
    assert decision.legs is not None and decision.legs.decided_by["outbound"] == "TB-FEE-03"


def test_jd_exchange_for_size_has_no_rule_so_a_person_decides() -> None:
    decision = freight_payer(order("jd"), get_ruleset("jd"), NOW, "exchange_size_colour")
    assert decision.status is Status.NO_RULE


def test_aliexpress_change_of_mind_buyer_returns_defect_store_returns() -> None:
    assert (
        legs("aliexpress", "no_reason_not_free_shipping", buyer_country="BR", currency="USD")[1]
        == "buyer"
    )
    assert legs("aliexpress", "seller_fault", buyer_country="BR", currency="USD")[1] == "seller"


def test_ebay_not_as_described_buyer_never_pays() -> None:
    assert legs("ebay", "seller_fault", buyer_country="US", currency="USD")[:2] == (
        "seller",
        "seller",
    )


def test_ebay_seller_policy_may_take_the_change_of_mind_return() -> None:
    generous = apply_overrides(get_ruleset("ebay"), {"EB-RET-03": {"cases": {
        "no_reason_free_shipping": {"return": "seller"},
        "no_reason_not_free_shipping": {"return": "seller"},
        "seller_fault": {"outbound": "seller", "return": "seller"}}}})  # fmt: skip
    decision = freight_payer(order("ebay", buyer_country="US", currency="USD"), generous, NOW,
                             "no_reason_not_free_shipping")  # fmt: skip
    assert decision.legs is not None and decision.legs.return_leg == "seller"


def test_eu_buyer_gets_standard_delivery_back_even_where_the_platform_says_otherwise() -> None:
    outbound, ret, _ = legs(
        "taobao", "no_reason_not_free_shipping", buyer_country="FR", currency="EUR"
    )
    assert (outbound, ret) == ("seller", "buyer")


def test_eu_trader_who_did_not_inform_pays_the_return() -> None:
    _, ret, _ = legs("own", "no_reason_not_free_shipping", buyer_country="IT", currency="EUR",
                     withdrawal_info_given=False)  # fmt: skip
    assert ret == "seller"


def test_amazon_has_no_freight_rule() -> None:
    decision = freight_payer(
        order("amazon", buyer_country="US"), get_ruleset("amazon"), NOW, "seller_fault"
    )
    assert decision.status is Status.NO_RULE
    assert "人工" in decision.explain("zh-Hans")


def test_unknown_case_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="freight case"):
        freight_payer(order(), get_ruleset("taobao"), NOW, "buyer_changed_mind")


def test_no_reason_case_follows_the_free_shipping_flag() -> None:
    assert no_reason_case(order(free_shipping=True)) == "no_reason_free_shipping"
    assert no_reason_case(order()) == "no_reason_not_free_shipping"
    assert (
        no_reason_case(order(), partial_breaks_free_shipping=True)
        == "partial_return_breaks_free_shipping"
    )


def test_freight_explanations_exist_in_every_language() -> None:
    decision = freight_payer(order(), get_ruleset("taobao"), NOW, "no_reason_free_shipping")
    assert "买家" in decision.explain("zh-Hans") and "買家" in decision.explain("zh-Hant")
    assert "comprador" in decision.explain("es") and "buyer" in decision.explain("en")
