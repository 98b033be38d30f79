"""evaluate_order: everything that applies to one order now, for several marketplaces."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from kefu.rules.decision import Status
from kefu.rules.evaluate import evaluate_order
from kefu.rules.registry import get_ruleset

from .factories import BERLIN, cst, item, order


def test_a_signed_taobao_order_lists_return_ship_by_timers_and_freight() -> None:
    facts = order(
        shipped_at=cst(2026, 4, 29, 18), signed_at=cst(2026, 5, 1, 15, 20), free_shipping=True
    )
    result = evaluate_order(facts, get_ruleset("taobao"), cst(2026, 5, 3))
    topics = {d.topic for d in result}
    assert {"no_reason_return", "ship_by", "deadline", "freight_payer"} <= topics
    keys = [d.key for d, _ in result.deadlines()]
    assert keys.index("ship_by") < keys.index("no_reason_return")  # sorted by time
    assert "auto_confirm" in keys
    freight = {d.answer: d.legs for d in result.topic("freight_payer")}
    assert freight["no_reason_free_shipping"].return_leg == "buyer"  # type: ignore[union-attr]
    assert "late_shipment_compensation" not in topics


def test_an_unsigned_order_says_it_cannot_decide_the_return_yet() -> None:
    facts = order(shipped_at=cst(2026, 4, 29, 18))
    result = evaluate_order(facts, get_ruleset("taobao"), cst(2026, 5, 1))
    ret = result.topic("no_reason_return")[0]
    assert ret.status is Status.UNDECIDED and ret.missing == ("signed_at",)


def test_a_late_order_shows_the_compensation() -> None:
    facts = order(shipped_at=cst(2026, 5, 2))
    result = evaluate_order(facts, get_ruleset("taobao"), cst(2026, 5, 3))
    late = result.topic("late_shipment_compensation")[0]
    assert late.amount is not None and late.amount.value == Decimal("9.95")


def test_an_aliexpress_order_includes_the_dispute_window() -> None:
    facts = order("aliexpress", buyer_country="BR", currency="USD", shipped_at=cst(2026, 6, 1),
                  promised_delivery_days=45)  # fmt: skip
    result = evaluate_order(facts, get_ruleset("aliexpress"), cst(2026, 6, 3))
    assert result.topic("dispute_window")[0].answer == "not_yet_open"


def test_an_eu_buyer_of_an_own_store_gets_the_withdrawal_deadline() -> None:
    facts = order("own", buyer_country="DE", currency="EUR", signed_at=datetime(2026, 5, 4, 9, tzinfo=BERLIN),
                  items=(item("Rucksack", "80", "bags"),))  # fmt: skip
    result = evaluate_order(facts, get_ruleset("own"), datetime(2026, 5, 5, tzinfo=BERLIN))
    eu = result.topic("eu_withdrawal")[0]
    assert eu.answer == "eligible" and eu.deadlines[0].at == datetime(2026, 5, 19, tzinfo=BERLIN)
    own = result.topic("no_reason_return")[0]
    assert own.status is Status.UNDECIDED  # the store's own window is not configured


def test_every_decision_serialises_to_json_ready_data() -> None:
    import json

    facts = order(shipped_at=cst(2026, 5, 2), signed_at=cst(2026, 5, 3))
    for decision in evaluate_order(facts, get_ruleset("taobao"), cst(2026, 5, 4)):
        data = decision.to_dict()
        json.dumps(data, ensure_ascii=False)
        for rule in data["rules"]:
            assert rule["rule_id"] and rule["version"] and rule["source"]
