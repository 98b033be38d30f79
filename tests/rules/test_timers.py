"""Timer rules: auto-close, auto-confirm, refund timeouts, JD business-window hours, eBay business
days, Amazon per-site response times, review windows and the EU refund clock.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kefu.rules.decision import Status
from kefu.rules.registry import get_ruleset
from kefu.rules.timers import deadline_for, timer_deadlines

from .factories import BERLIN, NEW_YORK, cst, item, order

TAOBAO = get_ruleset("taobao")
JD = get_ruleset("jd")


def at(facts: object, name: str, key: str, now: datetime) -> datetime:
    decision = deadline_for(facts, get_ruleset(name), now, key)  # type: ignore[arg-type]
    assert decision.status is Status.DECIDED, decision
    return decision.deadlines[0].at


def test_unpaid_order_closes_24_hours_after_creation_estimated() -> None:
    facts = order(paid_at=None)
    decision = deadline_for(facts, TAOBAO, cst(2026, 4, 28, 12), "auto_close")
    assert decision.deadlines[0].at == cst(2026, 4, 29, 9, 50)
    assert decision.deadlines[0].estimated and decision.needs_confirmation


def test_paid_order_has_no_auto_close() -> None:
    decision = deadline_for(order(), TAOBAO, cst(2026, 4, 28, 12), "auto_close")
    assert decision.status is Status.NOT_APPLICABLE


def test_the_orders_own_close_time_wins() -> None:
    facts = order(paid_at=None, platform_deadlines={"auto_close": cst(2026, 4, 28, 10, 5)})
    decision = deadline_for(facts, TAOBAO, cst(2026, 4, 28, 10), "auto_close")
    assert decision.deadlines[0].at == cst(2026, 4, 28, 10, 5) and not decision.estimated


@pytest.mark.parametrize("logistics,days", [("express", 10), ("surface", 30), ("virtual", 3),
                                            ("overseas_direct", 20)])  # fmt: skip
def test_auto_confirm_counts_from_shipping_by_logistics_type(logistics: str, days: int) -> None:
    facts = order(shipped_at=cst(2026, 5, 1, 9), logistics=logistics)
    assert at(facts, "taobao", "auto_confirm", cst(2026, 5, 2)) == cst(2026, 5, 1 + days, 9) if days < 30 \
        else at(facts, "taobao", "auto_confirm", cst(2026, 5, 2)) == cst(2026, 5, 31, 9)  # fmt: skip


def test_auto_confirm_is_paused_while_a_refund_is_open() -> None:
    facts = order(shipped_at=cst(2026, 5, 1, 9), refund_open=True, refund_kind="return_and_refund",
                  events={"refund_requested": cst(2026, 5, 3)})  # fmt: skip
    decision = deadline_for(facts, TAOBAO, cst(2026, 5, 20), "auto_confirm")
    assert decision.answer == "paused" and not decision.deadlines[0].passed


def test_confirmed_orders_have_no_auto_confirm_timer() -> None:
    facts = order(shipped_at=cst(2026, 5, 1), confirmed_at=cst(2026, 5, 4))
    assert (
        deadline_for(facts, TAOBAO, cst(2026, 5, 5), "auto_confirm").status is Status.NOT_APPLICABLE
    )


def test_unshipped_refund_request_is_granted_after_24_hours_of_silence() -> None:
    facts = order(
        refund_kind="unshipped_full_refund", events={"refund_requested": cst(2026, 4, 28, 20)}
    )
    decision = deadline_for(facts, TAOBAO, cst(2026, 4, 29), "refund_unshipped_response")
    assert decision.deadlines[0].at == cst(2026, 4, 29, 20)
    assert decision.deadlines[0].consequence == "refund_granted_automatically"
    assert "自动退款" in decision.explain("zh-Hans")


def test_shipping_within_the_refund_window_stops_the_timer() -> None:
    facts = order(refund_kind="unshipped_full_refund", shipped_at=cst(2026, 4, 28, 22),
                  events={"refund_requested": cst(2026, 4, 28, 20)})  # fmt: skip
    decision = deadline_for(facts, TAOBAO, cst(2026, 4, 29), "refund_unshipped_response")
    assert decision.status is Status.NOT_APPLICABLE


def test_not_received_refund_request_36_hours() -> None:
    facts = order(shipped_at=cst(2026, 4, 29), refund_kind="not_received_refund_only",
                  events={"refund_requested": cst(2026, 5, 6, 8)})  # fmt: skip
    assert at(facts, "taobao", "refund_not_received_response", cst(2026, 5, 6, 9)) == cst(
        2026, 5, 7, 20
    )


def test_review_window_is_15_days_after_the_trade_succeeds() -> None:
    facts = order(shipped_at=cst(2026, 4, 29), confirmed_at=cst(2026, 5, 5, 12))
    assert at(facts, "taobao", "review_window", cst(2026, 5, 6)) == cst(2026, 5, 20, 12)


@pytest.mark.parametrize(
    "notified,due",
    [((10, 0), (1, 14, 0)), ((14, 1), (2, 9, 1)), ((7, 30), (1, 13, 0)), ((19, 0), (2, 13, 0))],
)
def test_jd_supplementary_evidence_counts_only_09_to_18(
    notified: tuple[int, int], due: tuple[int, int, int]
) -> None:
    # JD-DIS-04 worked examples: notified 10:00 → 14:00; notified 14:01 → 09:01 next day.
    facts = order("jd", events={"evidence_requested": cst(2026, 6, 1, *notified)})
    day, hour, minute = due
    assert at(facts, "jd", "jd_supplementary_evidence", cst(2026, 6, 1, 20)) == cst(
        2026, 6, day, hour, minute
    )


def test_jd_window_hours_run_on_weekends_too() -> None:
    facts = order("jd", events={"evidence_requested": cst(2026, 6, 6, 17)})  # a Saturday
    assert at(facts, "jd", "jd_supplementary_evidence", cst(2026, 6, 6, 18)) == cst(2026, 6, 7, 12)


def test_jd_seller_dispute_response_24_hours() -> None:
    facts = order("jd", events={"dispute_opened": cst(2026, 6, 1, 9)})
    assert at(facts, "jd", "jd_seller_dispute_response", cst(2026, 6, 1, 10)) == cst(2026, 6, 2, 9)


def test_jd_category_deadlines_follow_the_items() -> None:
    phone = order("jd", signed_at=cst(2026, 7, 1, 15), items=(item("手机", "3999", "3c_portable"),))
    keys = {d.deadlines[0].key for d in timer_deadlines(phone, JD, cst(2026, 7, 2))}
    assert "flaw_report_3c_portable" in keys and "flaw_report_3c_fixed" not in keys
    shoes = order("jd", signed_at=cst(2026, 7, 1, 15), items=(item("跑鞋", "499", "shoes"),))
    assert at(shoes, "jd", "quality_exchange_window", cst(2026, 7, 2)) == cst(2026, 7, 17)
    assert at(shoes, "jd", "warranty_shoes", cst(2026, 7, 2)) == cst(2026, 10, 30)


def test_jd_category_deadlines_do_not_exist_before_the_standard_takes_effect() -> None:
    phone = order("jd", signed_at=cst(2026, 6, 1, 15), items=(item("手机", "3999", "3c_portable"),))
    keys = {d.deadlines[0].key for d in timer_deadlines(phone, JD, cst(2026, 6, 2))}
    assert "flaw_report_3c_portable" not in keys


def test_ebay_seller_answers_within_3_business_days_skipping_the_weekend() -> None:
    friday = datetime(2026, 6, 5, 15, tzinfo=NEW_YORK)
    facts = order("ebay", buyer_country="US", currency="USD", events={"return_opened": friday})
    decision = deadline_for(facts, get_ruleset("ebay"), friday, "return_seller_response")
    assert decision.deadlines[0].at == datetime(2026, 6, 10, 15, tzinfo=NEW_YORK)
    assert decision.deadlines[0].estimated  # holidays are not known, the platform shows its own


def test_ebay_not_received_report_window_30_days_after_estimated_delivery() -> None:
    est = datetime(2026, 3, 1, 20, tzinfo=NEW_YORK)
    facts = order(
        "ebay", buyer_country="US", currency="USD", events={"estimated_delivery_max": est}
    )
    assert at(facts, "ebay", "inr_report_window", est) == datetime(2026, 3, 31, 20, tzinfo=NEW_YORK)


@pytest.mark.parametrize("site,hours", [("US", 72), ("AU", 48)])
def test_amazon_information_request_depends_on_the_site(site: str, hours: int) -> None:
    asked = datetime(2026, 6, 1, 9, tzinfo=ZoneInfo("America/Los_Angeles"))
    facts = order("amazon", site=site, buyer_country=site, currency="USD",
                  events={"claim_info_requested": asked})  # fmt: skip
    due = at(facts, "amazon", "atoz_seller_response", asked)
    assert (due - asked).total_seconds() == hours * 3600


def test_amazon_a_to_z_claim_window() -> None:
    est = datetime(2026, 6, 10, 12, tzinfo=ZoneInfo("America/Los_Angeles"))
    facts = order("amazon", site="US", buyer_country="US", currency="USD",
                  events={"estimated_delivery_max": est})  # fmt: skip
    assert at(facts, "amazon", "atoz_claim_opens", est) == datetime(
        2026, 6, 13, 12, tzinfo=est.tzinfo
    )
    assert at(facts, "amazon", "atoz_claim_deadline", est) == datetime(
        2026, 9, 8, 12, tzinfo=est.tzinfo
    )


def test_aliexpress_seller_answers_a_dispute_within_5_days() -> None:
    facts = order(
        "aliexpress",
        buyer_country="BR",
        currency="USD",
        events={"dispute_opened": cst(2026, 6, 1, 8)},
    )
    decision = deadline_for(
        facts, get_ruleset("aliexpress"), cst(2026, 6, 2), "ae_dispute_response"
    )
    assert decision.deadlines[0].at == cst(2026, 6, 6, 8)
    assert decision.deadlines[0].consequence == "buyer_request_executed"


def test_eu_refund_clock_runs_in_the_buyers_zone() -> None:
    notified = datetime(2026, 10, 20, 9, tzinfo=BERLIN)
    facts = order(
        "own", buyer_country="DE", currency="EUR", events={"withdrawal_notified": notified}
    )
    decision = deadline_for(facts, get_ruleset("own"), notified, "eu_refund")
    assert decision.deadlines[0].at == datetime(
        2026, 11, 3, 9, tzinfo=BERLIN
    )  # across the October change
    assert decision.deadlines[0].zone == "Europe/Berlin"


def test_chinese_law_refund_after_return_applies_to_every_chinese_platform() -> None:
    facts = order("jd", events={"return_received": cst(2026, 6, 1, 12)})
    assert at(facts, "jd", "refund_after_return", cst(2026, 6, 1, 13)) == cst(2026, 6, 8, 12)


def test_an_unknown_deadline_key_has_no_rule() -> None:
    assert deadline_for(order(), TAOBAO, cst(2026, 5, 1), "moon_phase").status is Status.NO_RULE


def test_a_passed_timer_is_marked_passed() -> None:
    facts = order(paid_at=None)
    decision = deadline_for(facts, TAOBAO, cst(2026, 4, 30), "auto_close")
    assert decision.answer == "passed" and decision.deadlines[0].passed
