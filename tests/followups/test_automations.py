"""Follow-up automations end to end on a real database with an injected clock: scheduled in the
order's transaction, run by the real worker, re-checking the order, the settings, the buyer's
night, the frequency cap and the opt-out before anything reaches the buyer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.conversations.models import Message
from kefu.db import transaction
from kefu.followups import service as followups
from kefu.followups.models import FollowupSend, FollowupSettings
from kefu.jobs.models import Job
from kefu.jobs.registry import default_registry
from kefu.jobs.worker import Worker
from kefu.orders import service as orders
from kefu.orders.models import Order
from kefu.orders.schemas import PaymentIn, ReviewIn, ShipmentEventIn, ShipmentIn
from kefu.runtime import Runtime
from tests.factories import make_buyer, make_order, make_shop

SQLITE_ONLY = pytest.mark.parametrize("runtime", ["sqlite"], indirect=True)


def _world(runtime: Runtime, clock: FixedClock, **buyer: Any) -> dict[str, int]:
    with transaction(runtime.sessions) as db:
        shop = make_shop(db, clock.now(), languages=["zh-Hans", "es"])
        b = make_buyer(db, clock.now(), shop, **buyer)
        order = make_order(db, clock.now(), shop, b, placed_at=clock.now())
        return {"shop": shop.id, "buyer": b.id, "order": order.id}


def _order(db: Session, ids: dict[str, int]) -> Order:
    return orders.get_order(db, ids["order"])


def _pay(runtime: Runtime, clock: FixedClock, ids: dict[str, int], hook: bool = True) -> None:
    with transaction(runtime.sessions) as db:
        order = _order(db, ids)
        if hook:
            # The order service schedules and cancels follow-ups itself (kefu/orders/service.py).
            payment = PaymentIn(paid_at=clock.now(), channel="alipay", amount=order.total)
            orders.do_add_payment(db, order, payment, actor="test", now=clock.now())
        else:
            # The race a cancel can lose: the order is paid by a path that never reached the
            # follow-up hook (say, a marketplace sync writing the row), so the reminder job stays.
            db.execute(
                update(Order).where(Order.id == order.id).values(status="paid", paid_at=clock.now())
            )


def _ship(runtime: Runtime, clock: FixedClock, ids: dict[str, int]) -> None:
    with transaction(runtime.sessions) as db:
        order = _order(db, ids)
        ship = ShipmentIn(
            carrier="SF Express", tracking_number="SF1234567890", shipped_at=clock.now()
        )
        orders.do_add_shipment(db, order, ship, actor="test", now=clock.now())


def _run(runtime: Runtime) -> int:
    return Worker(runtime, default_registry(), name="test-worker").run_until_idle()


def _jobs(runtime: Runtime, kind: str) -> list[Job]:
    with runtime.sessions() as db:
        return list(db.scalars(select(Job).where(Job.kind == f"followup.{kind}")))


def _buyer_messages(runtime: Runtime) -> list[Message]:
    with runtime.sessions() as db:
        return list(
            db.scalars(select(Message).where(Message.internal.is_(False)).order_by(Message.id))
        )


def _notes(runtime: Runtime) -> list[Message]:
    with runtime.sessions() as db:
        return list(db.scalars(select(Message).where(Message.internal.is_(True))))


def _log(runtime: Runtime) -> list[FollowupSend]:
    with runtime.sessions() as db:
        return list(db.scalars(select(FollowupSend).order_by(FollowupSend.id)))


def test_unpaid_reminder_goes_once_before_auto_close_in_the_buyers_language(
    runtime: Runtime, clock: FixedClock
) -> None:
    ids = _world(runtime, clock)  # placed 16:00 Shanghai; Taobao closes unpaid orders after 24 h
    (job,) = _jobs(runtime, "payment_reminder")
    assert job.due_at == clock.now() + timedelta(minutes=60)
    assert _run(runtime) == 0  # not due yet
    clock.advance(timedelta(minutes=60))
    assert _run(runtime) == 1
    (message,) = _buyer_messages(runtime)
    assert message.sender_kind == "bot" and message.text.startswith("亲，")
    assert "防水登山鞋" in message.text or "3000000" in message.text
    clock.advance(timedelta(hours=3))
    assert _run(runtime) == 0 and len(_buyer_messages(runtime)) == 1  # once
    assert [r.outcome for r in _log(runtime)] == ["sent"]
    with runtime.sessions() as db:
        assert _order(db, ids).status == "created"


def test_unpaid_reminder_not_sent_when_the_order_is_paid_after_scheduling(
    runtime: Runtime, clock: FixedClock
) -> None:
    """Runs on PostgreSQL too. Paid without the hook firing (the race a cancel can lose): the
    handler itself re-reads the order at send time and sends nothing."""
    ids = _world(runtime, clock)
    clock.advance(timedelta(minutes=20))
    _pay(runtime, clock, ids, hook=False)
    clock.advance(timedelta(minutes=40))
    assert _run(runtime) == 1
    assert _buyer_messages(runtime) == []
    (row,) = _log(runtime)
    assert row.outcome == "skipped" and "paid" in row.reason
    (job,) = _jobs(runtime, "payment_reminder")
    assert job.state == "done" and job.result == {"outcome": "skipped", "reason": row.reason}


@SQLITE_ONLY
def test_paying_cancels_the_reminder_and_sends_the_payment_notice(
    runtime: Runtime, clock: FixedClock
) -> None:
    ids = _world(runtime, clock, language="es", timezone="Europe/Madrid", country="ES")
    clock.advance(timedelta(minutes=5))
    _pay(runtime, clock, ids)
    (reminder,) = _jobs(runtime, "payment_reminder")
    assert reminder.state == "cancelled"
    with transaction(runtime.sessions) as db:  # the payment notice needs a ship-by date
        _order(db, ids).ship_by = clock.now() + timedelta(hours=48)
    _run(runtime)
    (message,) = _buyer_messages(runtime)
    assert message.text.startswith("Hola") and "pago" in message.text


@SQLITE_ONLY
def test_quiet_hours_defer_to_the_buyers_morning_in_mexico_city(
    runtime: Runtime, clock: FixedClock
) -> None:
    clock.current = datetime(2026, 7, 2, 3, 0, tzinfo=UTC)  # 21:00 in Mexico City (UTC-6)
    _world(runtime, clock, language="es", timezone="America/Mexico_City", country="MX")
    (job,) = _jobs(runtime, "payment_reminder")
    assert job.due_at == datetime(2026, 7, 2, 15, 0, tzinfo=UTC)  # 09:00 local


@SQLITE_ONLY
def test_a_job_that_falls_due_at_night_is_deferred_not_sent(
    runtime: Runtime, clock: FixedClock
) -> None:
    clock.current = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)  # 18:00 Shanghai
    ids = _world(runtime, clock)
    _pay(runtime, clock, ids)
    with transaction(runtime.sessions) as db:
        _order(db, ids).ship_by = clock.now() + timedelta(hours=48)
    clock.advance(timedelta(hours=4))  # 22:00 Shanghai: the notice waits for the morning
    _run(runtime)
    assert _buyer_messages(runtime) == []
    (job,) = _jobs(runtime, "payment_received")
    assert job.state == "pending" and job.attempts == 0
    assert job.due_at == datetime(2026, 5, 2, 1, 0, tzinfo=UTC)
    clock.current = job.due_at
    _run(runtime)
    assert len(_buyer_messages(runtime)) == 1


@SQLITE_ONLY
def test_turning_an_automation_off_stops_jobs_already_queued(
    runtime: Runtime, clock: FixedClock
) -> None:
    _world(runtime, clock)
    with transaction(runtime.sessions) as db:
        shop_id = db.scalars(select(Job.shop_id)).one()
        db.add(
            FollowupSettings(
                shop_id=shop_id,
                updated_at=clock.now(),
                overrides={"automations": {"payment_reminder": {"enabled": False}}},
            )
        )
    clock.advance(timedelta(hours=1))
    _run(runtime)
    assert _buyer_messages(runtime) == []
    assert "turned off" in _log(runtime)[0].reason


@SQLITE_ONLY
def test_the_frequency_cap_spans_all_automations_for_one_buyer(
    runtime: Runtime, clock: FixedClock
) -> None:
    with transaction(runtime.sessions) as db:
        shop = make_shop(db, clock.now())
        db.add(
            FollowupSettings(
                shop_id=shop.id,
                updated_at=clock.now(),
                overrides={"frequency_cap": {"max_messages": 2, "window_hours": 24}},
            )
        )
        buyer = make_buyer(db, clock.now(), shop)
        for _ in range(3):
            make_order(db, clock.now(), shop, buyer, placed_at=clock.now())
    clock.advance(timedelta(hours=1))
    _run(runtime)
    assert len(_buyer_messages(runtime)) == 2
    # The cap frees up 24 h after the first send, after the third order auto-closes: its
    # reminder is dropped with the reason, never sent late.
    skipped = [r for r in _log(runtime) if r.outcome == "skipped"]
    assert len(skipped) == 1 and skipped[0].reason.startswith("frequency cap")
    assert all(j.state == "done" for j in _jobs(runtime, "payment_reminder"))


@SQLITE_ONLY
def test_opted_out_buyers_get_order_notices_but_no_review_requests(
    runtime: Runtime, clock: FixedClock
) -> None:
    ids = _world(runtime, clock, language="es", timezone="Europe/Madrid", country="ES")
    with transaction(runtime.sessions) as db:
        buyer = db.get(followups.Buyer, ids["buyer"])
        assert buyer is not None
        buyer.marketing_opt_out = True
    _pay(runtime, clock, ids)
    clock.advance(timedelta(hours=2))
    _ship(runtime, clock, ids)
    _run(runtime)
    texts = [m.text for m in _buyer_messages(runtime)]
    assert any("SF1234567890" in t for t in texts)  # the shipping notice is a notice: sent
    with transaction(runtime.sessions) as db:
        order = _order(db, ids)
        orders.do_transition(db, order, "confirmed", at=clock.now(), actor="test", now=clock.now())
    clock.advance(timedelta(days=2, hours=1))
    _run(runtime)
    assert len(_buyer_messages(runtime)) == len(texts)
    assert _log(runtime)[-1].reason == "the buyer opted out of marketing messages"


@SQLITE_ONLY
def test_stalled_tracking_tells_the_buyer_and_flags_a_not_received_check(
    runtime: Runtime, clock: FixedClock
) -> None:
    ids = _world(runtime, clock, language="es", timezone="Europe/Madrid", country="ES")
    _pay(runtime, clock, ids)
    _ship(runtime, clock, ids)
    clock.advance(timedelta(days=2))
    with transaction(runtime.sessions) as db:
        shipment = _order(db, ids).shipments[0]
        orders.do_add_tracking_event(
            db,
            shipment,
            ShipmentEventIn(
                at=clock.now(),
                location="Shenzhen",
                description="Salida del centro de clasificación",
            ),
            actor="test",
            now=clock.now(),
        )
    (job,) = _jobs(runtime, "logistics_stalled")
    clock.current = job.due_at  # 5 days after shipping; tracking moved on day 2
    _run(runtime)
    (job,) = _jobs(runtime, "logistics_stalled")
    assert job.state == "pending" and job.due_at == datetime(2026, 5, 8, 8, 0, tzinfo=UTC)
    clock.current = job.due_at
    _run(runtime)
    (note,) = _notes(runtime)
    assert "物流停滞" in note.text and "not-received" in note.text
    assert "Salida del centro" in _buyer_messages(runtime)[-1].text


@SQLITE_ONLY
def test_a_bad_review_alerts_the_agent_with_a_draft_and_a_good_one_is_thanked(
    runtime: Runtime, clock: FixedClock
) -> None:
    ids = _world(runtime, clock, language="es", timezone="Europe/Madrid", country="ES")
    _pay(runtime, clock, ids)
    _ship(runtime, clock, ids)
    with transaction(runtime.sessions) as db:
        order = _order(db, ids)
        orders.do_transition(db, order, "delivered", at=clock.now(), actor="test", now=clock.now())
        orders.do_add_review(
            db,
            ReviewIn(order_id=order.id, rating=1, text="Llegó roto"),
            shop_id=ids["shop"],
            actor="test",
            now=clock.now(),
        )
    before = len(_buyer_messages(runtime))
    _run(runtime)
    (note,) = _notes(runtime)
    assert "Llegó roto" in note.text and "Hola" in note.text  # the Spanish draft for the agent
    assert len(_buyer_messages(runtime)) == before  # nothing reached the buyer
    with transaction(runtime.sessions) as db:
        other = make_order(
            db,
            clock.now(),
            db.get(followups.Shop, ids["shop"]),
            db.get(followups.Buyer, ids["buyer"]),
            placed_at=clock.now(),
        )
        orders.do_add_payment(
            db,
            other,
            PaymentIn(paid_at=clock.now(), channel="card", amount=Decimal(other.total)),
            actor="t",
            now=clock.now(),
        )
        orders.do_add_shipment(
            db,
            other,
            ShipmentIn(carrier="SF", tracking_number="SF99990000", shipped_at=clock.now()),
            actor="t",
            now=clock.now(),
        )
        orders.do_transition(db, other, "delivered", at=clock.now(), actor="t", now=clock.now())
        orders.do_add_review(
            db,
            ReviewIn(order_id=other.id, rating=5, text="¡Genial!"),
            shop_id=ids["shop"],
            actor="test",
            now=clock.now(),
        )
    clock.advance(timedelta(hours=1))
    _run(runtime)
    assert "gracias" in _buyer_messages(runtime)[-1].text.lower()


@SQLITE_ONLY
def test_key_customers_get_a_holiday_greeting_at_ten_in_their_own_zone(
    runtime: Runtime, clock: FixedClock
) -> None:
    clock.current = datetime(2026, 9, 23, 0, 5, tzinfo=UTC)
    with transaction(runtime.sessions) as db:
        shop = make_shop(db, clock.now(), languages=["zh-Hans", "en", "es"])
        vip = make_buyer(db, clock.now(), shop)
        vip.tags = ["vip"]
        make_buyer(db, clock.now(), shop)  # an ordinary buyer: no greeting
        us = make_buyer(
            db, clock.now(), shop, country="US", language="en", timezone="America/New_York"
        )
        us.tags = ["key_customer"]
        followups.ensure_planner(db, clock.now())
    _run(runtime)
    (job,) = _jobs(runtime, "holiday_greeting")  # Mid-Autumn, 25 Sep 2026, 10:00 Shanghai
    assert job.buyer_id == vip.id and job.due_at == datetime(2026, 9, 25, 2, 0, tzinfo=UTC)
    clock.current = job.due_at
    _run(runtime)
    assert "中秋节快乐" in _buyer_messages(runtime)[-1].text
    clock.current = datetime(2026, 11, 24, 0, 5, tzinfo=UTC)
    with transaction(runtime.sessions) as db:
        followups.ensure_planner(db, clock.now())
    _run(runtime)
    (thanks,) = [j for j in _jobs(runtime, "holiday_greeting") if j.buyer_id == us.id]
    assert thanks.due_at == datetime(2026, 11, 26, 15, 0, tzinfo=UTC)  # 10:00 EST
    clock.current = thanks.due_at
    _run(runtime)
    assert "Happy Thanksgiving" in _buyer_messages(runtime)[-1].text
