"""What the rules engine says about a case: its after-sale moments replayed from its transitions,
the order's facts with those moments, the deadlines and freight payer shown on the case, and the
SLA the seller must beat in the current state.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from kefu.aftersales.models import AfterSalesCase
from kefu.aftersales.reasons import freight_case, reason_file
from kefu.aftersales.sla import Sla, case_sla
from kefu.aftersales.states import ENTRY_EVENTS, INITIAL_STATE, RESOLVED_STATES, refund_kind
from kefu.buyers.models import Buyer
from kefu.orders import service as orders
from kefu.orders.models import Order
from kefu.rules.evaluate import evaluate_order
from kefu.rules.facts import OrderFacts
from kefu.rules.freight import freight_payer
from kefu.rules.service import facts_for_order, ruleset_for_shop
from kefu.shops.models import Shop
from kefu.shops.service import get_shop


def case_events(case: AfterSalesCase) -> dict[str, datetime]:
    """The after-sale moments this case has stamped, replayed from its transitions.

    A rejected request the buyer edits goes back to review: that is a new request (TB-REF-01),
    so its clock restarts and the rejection no longer stops it.
    """
    table = ENTRY_EVENTS[case.case_type]
    events: dict[str, datetime] = {}
    for move in case.transitions:
        if move.from_state == "rejected" and move.to_state in ("seller_reviewing", "investigating"):
            for name in table.get("rejected", ()):
                events.pop(name, None)
            for name in table.get(INITIAL_STATE[case.case_type], ()):
                events[name] = move.at
            continue
        for name in table.get(move.to_state, ()):
            events.setdefault(name, move.at)
    return events


def _case_facts(db: Session, case: AfterSalesCase, order: Order, shop: Shop) -> OrderFacts:
    buyer = db.get(Buyer, order.buyer_id)
    base = facts_for_order(order, shop, buyer)
    kind = refund_kind(case.case_type, order.shipped_at is not None)
    return dataclasses.replace(
        base,
        events={**base.events, **case_events(case)},
        refund_kind=kind,
        refund_open=kind is not None and case.state not in RESOLVED_STATES,
    )


def alert_lead(shop: Shop) -> timedelta:
    """How long before a platform timeout the assignee and supervisors are alerted."""
    settings = (shop.settings or {}).get("aftersales", {})
    hours: Any = settings.get("sla_alert_lead_hours") if isinstance(settings, dict) else None
    if not isinstance(hours, int | float) or isinstance(hours, bool) or hours <= 0:
        hours = reason_file().sla.alert_lead_hours
    return timedelta(hours=float(hours))


def evaluate_case(db: Session, case: AfterSalesCase, now: datetime) -> tuple[Sla, dict[str, Any]]:
    """The case's SLA and what the rules engine says about it: the deadlines running from the
    case's own moments (and the return window), and who pays each shipping leg."""
    order = orders.get_order(db, case.order_id)
    shop = get_shop(db, case.shop_id)
    facts = _case_facts(db, case, order, shop)
    ruleset = ruleset_for_shop(db, shop)
    result = evaluate_order(facts, ruleset, now)
    pairs = result.deadlines()
    sla = case_sla(
        case.case_type,
        case.state,
        pairs,
        platform_due_at=case.platform_due_at,
        lead=alert_lead(shop),
        now=now,
    )
    own = set(case_events(case))
    shown_topics = {"no_reason_return", "eu_withdrawal", "dispute_window"}
    deadlines = []
    for deadline, decision in pairs:
        if deadline.counts_from not in own and decision.topic not in shown_topics:
            continue
        ref = next((r for r in decision.rules if r.rule_id == deadline.rule_id), None)
        deadlines.append(
            {
                "key": deadline.key,
                "at": deadline.at,
                "actor": deadline.actor,
                "counts_from": deadline.counts_from,
                "consequence": deadline.consequence,
                "rule_id": deadline.rule_id,
                "source": ref.source if ref else "",
                "version": ref.version if ref else None,
                "estimated": deadline.estimated,
                "from_platform": deadline.from_platform,
                "passed": deadline.passed,
                "paused": deadline.paused,
            }
        )
    fcase = freight_case(case.case_type, case.reason_code, free_shipping=order.free_shipping)
    freight = freight_payer(facts, ruleset, now, fcase).to_dict()
    rules = {
        "ruleset": result.ruleset,
        "evaluated_at": now,
        "deadlines": deadlines,
        "freight_case": fcase,
        "freight_payer": freight,
    }
    return sla, rules
