"""The demo shows after-sales cases with deadlines (the named stories, one overdue, one at risk,
an AliExpress dispute) and a queue of scheduled follow-ups, with old history settled."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.aftersales.models import AfterSalesCase, CaseTransition
from kefu.aftersales.states import RESOLVED_STATES
from kefu.aftersales.views import sla_flag
from kefu.buyers.models import Buyer
from kefu.conversations.models import Message
from kefu.demo.generate import FOLLOWUP_HISTORY
from kefu.demo.personas import ANGRY_DAMAGED, MEXICO_WAITING
from kefu.jobs.models import Job
from kefu.orders.models import Order
from kefu.shops.models import Shop
from tests.demo.conftest import DEMO_NOW

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("demo")]


def _cases(db: Session) -> list[AfterSalesCase]:
    return list(db.scalars(select(AfterSalesCase)))


def test_open_cases_carry_deadlines_and_one_is_overdue_and_one_at_risk(db: Session) -> None:
    cases = _cases(db)
    open_cases = [c for c in cases if c.state not in RESOLVED_STATES]
    assert len(open_cases) >= 5
    flags = Counter(sla_flag(c, DEMO_NOW) for c in open_cases)
    assert flags["overdue"] >= 1 and flags["at_risk"] >= 1 and flags["ok"] >= 1
    timed = [c for c in open_cases if c.sla_due_at is not None]
    assert {c.sla_rule_id for c in timed} >= {"TB-REF-01", "ENG-02", "AE-DSP-02"}
    # The background fills the report: closed cases with outcomes across several reasons.
    closed = [c for c in cases if c.state == "closed"]
    assert len(closed) >= 10 and len({c.reason_code for c in cases}) >= 5
    assert any(c.compensation_amount > 0 for c in closed)


def test_the_named_stories_are_opened_from_their_buyers_messages(db: Session) -> None:
    for persona, case_type in (
        (ANGRY_DAMAGED, "quality_complaint"),
        (MEXICO_WAITING, "not_received"),
    ):
        buyer = db.scalars(select(Buyer).where(Buyer.external_id == persona.external_id)).one()
        (case,) = db.scalars(select(AfterSalesCase).where(AfterSalesCase.buyer_id == buyer.id))
        assert case.case_type == case_type and case.state not in RESOLVED_STATES
        assert case.message_id is not None and case.conversation_id is not None
        message = db.get(Message, case.message_id)
        assert message is not None and message.sender_kind == "buyer"
        assert message.created_at <= case.opened_at
    dispute = db.scalars(select(AfterSalesCase).where(AfterSalesCase.case_type == "dispute")).one()
    shop = db.get(Shop, dispute.shop_id)
    assert shop is not None and shop.marketplace == "aliexpress" and dispute.state == "responding"


def test_cases_happen_before_now_and_after_their_orders(db: Session) -> None:
    for case in _cases(db):
        order = db.get(Order, case.order_id)
        assert order is not None and order.paid_at is not None
        assert order.paid_at <= case.opened_at <= DEMO_NOW
    latest = db.scalar(select(CaseTransition.at).order_by(CaseTransition.at.desc()).limit(1))
    assert latest is not None and latest <= DEMO_NOW


def test_follow_ups_are_queued_for_recent_orders_and_old_history_is_settled(db: Session) -> None:
    pending = list(
        db.scalars(select(Job).where(Job.state == "pending", Job.kind.startswith("followup.")))
    )
    upcoming = [j for j in pending if j.due_at > DEMO_NOW]
    assert len(upcoming) >= 20
    kinds = Counter(j.kind for j in upcoming)
    assert kinds["followup.logistics_stalled"] >= 10 and kinds["followup.delivered_checkin"] >= 1
    assert all(j.due_at >= DEMO_NOW - FOLLOWUP_HISTORY for j in pending)
    # Orders shipped in the last two days are watched for stalled tracking.
    recent = db.scalars(
        select(Order.id).where(
            Order.status == "shipped", Order.shipped_at > DEMO_NOW - timedelta(days=2)
        )
    ).all()
    watched = {j.order_id for j in pending if j.kind == "followup.logistics_stalled"}
    assert recent and set(recent) <= watched
    cancelled = db.scalars(
        select(Job.result).where(Job.state == "cancelled", Job.kind.startswith("followup."))
    ).all()
    reasons = Counter((r or {}).get("reason", "") for r in cancelled)
    assert reasons["demo history: due before the demo shop was loaded"] >= 100
    assert reasons["order paid"] >= 1  # the order hooks' own cancellations are kept as they were
