"""7-day no-reason return and EU withdrawal: the worked examples of POLICIES.md and the edge cases."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from kefu.rules.decision import Status
from kefu.rules.errors import NaiveDatetime
from kefu.rules.overrides import apply_overrides
from kefu.rules.registry import get_ruleset
from kefu.rules.returns import eu_withdrawal, no_reason_return

from .factories import BERLIN, cst, item, order

TAOBAO = get_ruleset("taobao")
SIGNED = cst(2026, 5, 1, 15, 20)


@pytest.mark.parametrize("name", ["taobao", "tmall", "jd"])
def test_signed_may_1_1520_beijing_time_returns_until_may_9_midnight(name: str) -> None:
    # TB-7D-01 worked example: clock starts 05-02 00:00, last moment 05-09 00:00 CST.
    decision = no_reason_return(
        order(name, signed_at=SIGNED), get_ruleset(name), cst(2026, 5, 8, 23, 59)
    )
    assert decision.status is Status.DECIDED and decision.answer == "eligible"
    assert decision.deadlines[0].at == cst(2026, 5, 9, 0, 0)
    assert decision.deadlines[0].zone == "Asia/Shanghai"
    assert decision.rules[0].source.startswith("http")


def test_the_whole_of_may_8_is_in_time_and_may_9_midnight_is_not() -> None:
    facts = order(signed_at=SIGNED)
    assert no_reason_return(facts, TAOBAO, cst(2026, 5, 8, 23, 59, 59)).answer == "eligible"
    late = no_reason_return(facts, TAOBAO, cst(2026, 5, 9, 0, 0))
    assert late.answer == "not_eligible"
    assert late.reasons[-1].key == "return.window_passed"


def test_signing_just_before_midnight_counts_that_calendar_day() -> None:
    decision = no_reason_return(order(signed_at=cst(2026, 5, 1, 23, 59)), TAOBAO, SIGNED)
    assert decision.deadlines[0].at == cst(2026, 5, 9)


def test_a_sign_time_given_in_utc_is_counted_on_the_beijing_calendar() -> None:
    # 17:00 UTC on 05-01 is 01:00 on 05-02 in Beijing: the clock starts on 05-03.
    signed = datetime(2026, 5, 1, 17, 0, tzinfo=UTC)
    decision = no_reason_return(order(signed_at=signed), TAOBAO, SIGNED)
    assert decision.deadlines[0].at == cst(2026, 5, 10)


def test_without_a_sign_for_time_the_answer_is_cannot_decide_yet() -> None:
    decision = no_reason_return(order(shipped_at=cst(2026, 4, 29, 9)), TAOBAO, SIGNED)
    assert decision.status is Status.UNDECIDED
    assert decision.missing == ("signed_at",)
    assert not decision.deadlines
    assert "签收时间" in decision.explain("zh-Hans")
    assert "firma de entrega" in decision.explain("es")


@pytest.mark.parametrize("category", ["custom_made", "fresh_perishable", "digital_unsealed",
                                      "newspapers_periodicals"])  # fmt: skip
def test_statutory_exclusions_are_never_returnable(category: str) -> None:
    facts = order(signed_at=SIGNED, items=(item("定制刻字杯", "88", category),))
    decision = no_reason_return(facts, TAOBAO, cst(2026, 5, 2), facts.items[0])
    assert decision.answer == "not_eligible"
    assert decision.reasons[0].key == "return.excluded_category"
    assert decision.reasons[0].args["category"] == category


def test_an_excluded_item_is_decided_even_before_signing() -> None:
    facts = order(items=(item("鲜花", "59", "fresh_perishable"),))
    decision = no_reason_return(facts, TAOBAO, SIGNED, facts.items[0])
    assert decision.status is Status.DECIDED and decision.answer == "not_eligible"


def test_optional_exclusion_needs_the_buyers_confirmation_at_purchase() -> None:
    unconfirmed = item("保健品", "128", "health_hygiene_unsealed")
    confirmed = item(
        "保健品", "128", "health_hygiene_unsealed", confirmed_no_return_at_purchase=True
    )
    facts = order(signed_at=SIGNED)
    yes = no_reason_return(facts, TAOBAO, cst(2026, 5, 2), unconfirmed)
    no = no_reason_return(facts, TAOBAO, cst(2026, 5, 2), confirmed)
    assert yes.answer == "eligible"
    assert yes.reasons[0].key == "return.optional_category_not_confirmed"
    assert no.answer == "not_eligible" and no.reasons[0].key == "return.confirmed_at_purchase"


def test_a_confirmation_cannot_exclude_ordinary_goods() -> None:
    shirt = item("衬衫", "99", "clothing", confirmed_no_return_at_purchase=True)
    decision = no_reason_return(order(signed_at=SIGNED), TAOBAO, cst(2026, 5, 2), shirt)
    assert decision.answer == "eligible"
    assert decision.reasons[0].key == "return.confirmation_without_effect"


def test_a_listing_saying_no_returns_is_void_for_must_support_goods() -> None:
    shirt = item("衬衫", "99", "clothing", listing_supports_no_reason=False)
    decision = no_reason_return(order(signed_at=SIGNED), TAOBAO, cst(2026, 5, 2), shirt)
    assert decision.answer == "eligible"
    assert any(r.key == "return.listing_statement_void" for r in decision.reasons)


def test_goods_not_intact_are_not_returnable_without_reason() -> None:
    worn = item("运动鞋", "399", "shoes", intact=False)
    decision = no_reason_return(order(signed_at=SIGNED), TAOBAO, cst(2026, 5, 2), worn)
    assert decision.answer == "not_eligible"
    assert {r.rule_id for r in decision.rules} >= {"TB-7D-01", "TB-7D-04"}


def test_unknown_condition_is_stated_as_a_condition() -> None:
    decision = no_reason_return(order(signed_at=SIGNED), TAOBAO, cst(2026, 5, 2))
    assert [r.key for r in decision.reasons][-1] == "return.provided_intact"


def test_naive_now_is_rejected() -> None:
    with pytest.raises(NaiveDatetime):
        no_reason_return(order(signed_at=SIGNED), TAOBAO, datetime(2026, 5, 2))


def test_naive_facts_are_rejected() -> None:
    with pytest.raises(NaiveDatetime):
        order(signed_at=datetime(2026, 5, 1, 15, 20))


def test_own_store_without_a_configured_window_asks_for_it() -> None:
    facts = order("own", buyer_country="US", currency="USD", signed_at=SIGNED)
    decision = no_reason_return(facts, get_ruleset("own"), cst(2026, 5, 2))
    assert decision.status is Status.UNDECIDED and decision.missing == ("shop_return_window",)


def test_own_store_selling_to_china_falls_back_to_the_chinese_floor() -> None:
    facts = order("own", signed_at=SIGNED)
    decision = no_reason_return(facts, get_ruleset("own"), cst(2026, 5, 2))
    assert decision.answer == "eligible" and decision.rules[0].rule_id == "CN-LAW-04"
    assert decision.deadlines[0].at == cst(2026, 5, 9)


def test_own_store_with_a_30_day_window_counts_in_the_buyers_zone() -> None:
    shop = apply_overrides(get_ruleset("own"), {"SH-01": {"window_days": 30}})
    ny = ZoneInfo("America/New_York")
    facts = order("own", buyer_country="US", buyer_timezone="America/New_York", currency="USD",
                  signed_at=datetime(2026, 3, 1, 12, tzinfo=ny))  # fmt: skip
    decision = no_reason_return(facts, shop, datetime(2026, 3, 5, tzinfo=ny))
    assert decision.deadlines[0].at == datetime(
        2026, 4, 1, tzinfo=ny
    )  # across the March DST change


def test_amazon_has_no_no_reason_rule_here() -> None:
    facts = order("amazon", buyer_country="US", currency="USD", signed_at=SIGNED)
    assert no_reason_return(facts, get_ruleset("amazon"), cst(2026, 5, 2)).status is Status.NO_RULE


# --- EU withdrawal (EU-CRD-01/02/06) ---------------------------------------------------------


def _eu_order(**kw: object) -> object:
    base = {
        "buyer_country": "DE",
        "currency": "EUR",
        "signed_at": datetime(2026, 3, 20, 18, tzinfo=BERLIN),
    }
    base.update(kw)
    return order("own", **base)


def test_eu_buyer_has_14_days_from_possession_in_their_own_zone() -> None:
    decision = eu_withdrawal(_eu_order(), get_ruleset("own"), datetime(2026, 3, 25, tzinfo=BERLIN))  # type: ignore[arg-type]
    assert decision.answer == "eligible"
    # possession 03-20 → days 03-21..04-03 → ends 04-04 00:00 Berlin, after the 03-29 DST change
    assert decision.deadlines[0].at == datetime(2026, 4, 4, tzinfo=BERLIN)
    assert decision.deadlines[0].at.utcoffset().total_seconds() == 7200  # type: ignore[union-attr]


def test_eu_withdrawal_applies_on_chinese_marketplaces_too() -> None:
    facts = order("aliexpress", buyer_country="ES", currency="EUR",
                  signed_at=datetime(2026, 6, 1, 10, tzinfo=ZoneInfo("Europe/Madrid")))  # fmt: skip
    decision = eu_withdrawal(facts, get_ruleset("aliexpress"), cst(2026, 6, 2))
    assert decision.deadlines[0].at == datetime(2026, 6, 16, tzinfo=ZoneInfo("Europe/Madrid"))
    assert "desistir" in decision.explain("es")


def test_missing_withdrawal_information_extends_by_twelve_months() -> None:
    facts = _eu_order(withdrawal_info_given=False)
    decision = eu_withdrawal(facts, get_ruleset("own"), datetime(2026, 5, 1, tzinfo=BERLIN))  # type: ignore[arg-type]
    assert decision.deadlines[0].at == datetime(2027, 4, 4, tzinfo=BERLIN)
    assert "EU-CRD-02" in {r.rule_id for r in decision.rules}


def test_eu_exceptions_are_the_closed_list() -> None:
    sealed = item("口红", "20", "health_hygiene_unsealed")
    decision = eu_withdrawal(
        _eu_order(), get_ruleset("own"), datetime(2026, 3, 21, tzinfo=BERLIN), sealed
    )  # type: ignore[arg-type]
    assert decision.answer == "not_eligible"
    sale_item = item("Jacket", "20", "clothing")
    assert (
        eu_withdrawal(
            _eu_order(), get_ruleset("own"), datetime(2026, 3, 21, tzinfo=BERLIN), sale_item
        ).answer
        == "eligible"
    )  # type: ignore[arg-type]


def test_used_goods_can_still_be_withdrawn_in_the_eu() -> None:
    used = item("Jacket", "20", "clothing", intact=False)
    decision = eu_withdrawal(
        _eu_order(), get_ruleset("own"), datetime(2026, 3, 21, tzinfo=BERLIN), used
    )  # type: ignore[arg-type]
    assert decision.answer == "eligible"
    assert any(r.key == "eu.diminished_value" for r in decision.reasons)


def test_eu_withdrawal_does_not_apply_outside_the_eu() -> None:
    decision = eu_withdrawal(order(signed_at=SIGNED), TAOBAO, cst(2026, 5, 2))
    assert decision.status is Status.NOT_APPLICABLE


def test_eu_withdrawal_without_possession_cannot_be_decided() -> None:
    decision = eu_withdrawal(_eu_order(signed_at=None), get_ruleset("own"), cst(2026, 5, 2))  # type: ignore[arg-type]
    assert decision.status is Status.UNDECIDED and decision.missing == ("signed_at",)
