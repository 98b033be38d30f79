from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.errors import IllegalTransition
from kefu.orders.states import ORDER_STATUSES, TRANSITIONS, check_transition, path_to
from tests.factories import make_agent, make_buyer, make_order, make_shop


@given(st.lists(st.sampled_from(ORDER_STATUSES), max_size=12))
def test_only_moves_in_the_table_are_accepted(targets: list[str]) -> None:
    current = "created"
    for target in targets:
        if target in TRANSITIONS[current]:
            check_transition(current, target)
            current = target
        else:
            with pytest.raises(IllegalTransition):
                check_transition(current, target)


@pytest.mark.parametrize("status", ORDER_STATUSES)
def test_every_state_is_reachable_from_created(status: str) -> None:
    path = path_to(status)
    for current, target in itertools.pairwise(path):
        check_transition(current, target)


def test_final_states_go_nowhere() -> None:
    for final in ("closed", "refunded"):
        with pytest.raises(IllegalTransition, match="final state"):
            check_transition(final, "paid")


def test_lifecycle_over_http_stamps_each_step(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop])
    order = make_order(db, clock.now(), shop, make_buyer(db, clock.now(), shop))
    db.commit()
    h = agent.headers
    paid_at = (clock.now() + timedelta(minutes=5)).isoformat()
    r = client.post(f"/api/v1/orders/{order.id}/payments", json={"paid_at": paid_at, "channel": "alipay", "amount": "399.00"}, headers=h)
    assert r.status_code == 201, r.text
    r = client.post(
        f"/api/v1/orders/{order.id}/shipments",
        json={"carrier": "顺丰速运", "tracking_number": "SF1234567890123", "shipped_at": (clock.now() + timedelta(hours=3)).isoformat()},
        headers=h,
    )
    assert r.status_code == 201, r.text
    shipment_id = r.json()["id"]
    r = client.post(
        f"/api/v1/shipments/{shipment_id}/events",
        json={"at": (clock.now() + timedelta(days=2)).isoformat(), "location": "杭州", "description": "已签收，签收人：本人", "code": "delivered"},
        headers=h,
    )
    assert r.status_code == 201, r.text
    detail = client.get(f"/api/v1/orders/{order.id}", headers=h).json()
    assert detail["status"] == "delivered"
    assert [t["to_status"] for t in detail["transitions"]] == ["created", "paid", "shipped", "delivered"]
    assert detail["delivered_at"].startswith("2026-05-03T08:00")
    assert detail["shipments"][0]["events"][0]["description"] == "已签收，签收人：本人"


def test_illegal_transition_is_a_409_that_says_why(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop])
    order = make_order(db, clock.now(), shop, make_buyer(db, clock.now(), shop))
    db.commit()
    r = client.post(f"/api/v1/orders/{order.id}/transitions", json={"to": "shipped"}, headers=agent.headers)
    assert r.status_code == 409
    body = r.json()["error"]
    assert body["code"] == "illegal_transition"
    assert "'created' cannot move to 'shipped'" in body["message"]
    assert client.get(f"/api/v1/orders/{order.id}", headers=agent.headers).json()["status"] == "created"


def test_a_step_dated_before_the_previous_one_is_refused(db: Session, clock: FixedClock) -> None:
    from kefu.orders.service import do_transition

    shop = make_shop(db, clock.now())
    order = make_order(db, clock.now(), shop, make_buyer(db, clock.now(), shop))
    with pytest.raises(IllegalTransition, match="before the previous step"):
        do_transition(db, order, "closed", at=clock.now() - timedelta(days=1), actor="test", now=clock.now())


def test_partial_then_full_refund(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    boss = make_agent(db, clock.now(), [shop], role="supervisor")
    order = make_order(db, clock.now(), shop, make_buyer(db, clock.now(), shop))
    db.commit()
    h = boss.headers
    client.post(f"/api/v1/orders/{order.id}/payments", json={"paid_at": clock.now().isoformat(), "channel": "alipay", "amount": "399.00"}, headers=h)
    r = client.post(f"/api/v1/orders/{order.id}/refunds", json={"amount": "100.00", "reason": "少发一双鞋垫"}, headers=h)
    assert (r.json()["status"], r.json()["refund_status"]) == ("paid", "partial")
    r = client.post(f"/api/v1/orders/{order.id}/refunds", json={"amount": "300.00"}, headers=h)
    assert r.status_code == 422 and "exceed" in r.json()["error"]["message"]
    r = client.post(f"/api/v1/orders/{order.id}/refunds", json={"amount": "299.00"}, headers=h)
    assert (r.json()["status"], r.json()["refund_status"], r.json()["refunded_amount"]) == ("refunded", "full", "399.00")


def test_agents_cannot_refund(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop])
    order = make_order(db, clock.now(), shop, make_buyer(db, clock.now(), shop))
    db.commit()
    r = client.post(f"/api/v1/orders/{order.id}/refunds", json={"amount": "1.00"}, headers=agent.headers)
    assert r.status_code == 403


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.decimals(min_value="0.01", max_value="9999.99", places=2))
def test_order_totals_add_up(quantity: int, price) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from kefu.orders.schemas import ItemIn

    item = ItemIn(title="袜子", quantity=quantity, unit_price=price)
    assert (item.unit_price * item.quantity).quantize(Decimal("0.01")) == price * quantity
