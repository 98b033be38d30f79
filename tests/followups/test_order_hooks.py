"""The order services schedule follow-ups in the same transaction as the change that causes them."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.jobs.models import Job
from kefu.orders.schemas import PaymentIn
from kefu.orders.service import do_add_payment
from tests.factories import make_buyer, make_order, make_shop


def _jobs(db: Session) -> dict[str, str]:
    return {job.kind: job.state for job in db.scalars(select(Job))}


def test_a_new_unpaid_order_gets_one_payment_reminder_and_payment_cancels_it(
    db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now())
    buyer = make_buyer(db, clock.now(), shop)
    order = make_order(db, clock.now(), shop, buyer)
    reminders = [k for k in _jobs(db) if "payment_reminder" in k]
    assert len(reminders) == 1
    assert _jobs(db)[reminders[0]] == "pending"
    clock.advance(timedelta(minutes=10))
    do_add_payment(
        db,
        order,
        PaymentIn(paid_at=clock.now(), channel="alipay", amount=Decimal("399.00")),
        actor="test",
        now=clock.now(),
    )
    states = _jobs(db)
    assert states[reminders[0]] == "cancelled"
    assert any("payment_received" in kind and state == "pending" for kind, state in states.items())


def test_an_order_imported_long_after_it_was_placed_schedules_nothing(
    db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now())
    buyer = make_buyer(db, clock.now(), shop)
    make_order(db, clock.now(), shop, buyer, placed_at=clock.now() - timedelta(days=30))
    assert _jobs(db) == {}
