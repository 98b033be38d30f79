"""The /api/v1/cases contract: open from a message in one call, list with filters, timeline,
transitions that refuse illegal moves, outcomes that keep the order right, shop isolation."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.audit.models import AuditEntry
from kefu.clock import FixedClock
from kefu.orders.models import Order
from tests.aftersales.world import build_world, two_items
from tests.factories import make_agent


def _fresh_order(db: Session, order_id: int) -> Order | None:
    db.rollback()  # end the test session's read snapshot (SQLite WAL) ...
    db.expire_all()  # ... and forget what it loaded (the factory does not expire on commit)
    order = db.get(Order, order_id)
    db.commit()  # SQLite begins IMMEDIATE: an open test transaction would block the next request
    return order


def test_a_case_opens_from_a_buyer_message_with_the_order_taken_from_the_conversation(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), delivered=True, items=two_items())
    boots = w.order.items[0]
    r = client.post(
        "/api/v1/cases",
        headers=w.agent.headers,
        json={
            "case_type": "return_refund",
            "reason_code": "quality",
            "message_id": w.message.id,
            "items": [{"order_item_id": boots.id, "quantity": 1}],
            "description": "鞋底开胶",
        },
    )
    assert r.status_code == 201, r.text
    case = r.json()
    assert (case["order_id"], case["conversation_id"], case["buyer_id"]) == (
        w.order.id,
        w.conversation.id,
        w.buyer.id,
    )
    assert case["state"] == "requested" and case["assignee_id"] == w.agent.user.id
    assert case["items"] == [
        {
            "order_item_id": boots.id,
            "product_id": None,
            "title": "防水登山鞋 42码",
            "sku": "BOOT-42",
            "quantity": 1,
        }
    ]
    assert case["reason_label"] == "质量问题"
    assert case["allowed_moves"] == ["seller_reviewing", "withdrawn"]
    assert case["rules"]["freight_payer"]["legs"]["return"] == "seller"
    assert case["timeline"][0]["summary"] == "— → requested"
    audit = db.scalars(
        select(AuditEntry.action).where(AuditEntry.entity == "aftersales_case")
    ).all()
    assert audit == ["case.open"]


def test_asking_for_more_than_was_ordered_is_refused_with_the_item_named(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), delivered=True, items=two_items())
    socks = w.order.items[1]
    r = client.post(
        "/api/v1/cases",
        headers=w.agent.headers,
        json={
            "case_type": "exchange",
            "reason_code": "size",
            "order_id": w.order.id,
            "items": [{"order_item_id": socks.id, "quantity": 3}],
        },
    )
    assert r.status_code == 422
    assert "速干袜 三双装: 3 requested but only 1 ordered" in r.json()["error"]["message"]
    r = client.post(
        "/api/v1/cases",
        headers=w.agent.headers,
        json={"case_type": "exchange", "reason_code": "没有这个理由", "order_id": w.order.id},
    )
    assert r.status_code == 422 and "unknown reason code" in r.json()["error"]["message"]


def test_moves_follow_the_table_and_an_illegal_one_says_what_is_allowed(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), delivered=True, complaint="Me llegó otro modelo")
    case_id = client.post(
        "/api/v1/cases",
        headers=w.agent.headers,
        json={
            "case_type": "resend",
            "reason_code": "wrong_item",
            "message_id": w.message.id,
        },
    ).json()["id"]
    r = client.post(
        f"/api/v1/cases/{case_id}/transitions", headers=w.agent.headers, json={"to": "resent"}
    )
    assert r.status_code == 409
    assert r.json()["error"]["message"] == (
        "a resend case in state 'requested' cannot move to 'resent'; allowed: seller_reviewing, withdrawn"
    )
    for state in ("seller_reviewing", "approved", "resent", "closed"):
        clock.advance(timedelta(minutes=10))
        r = client.post(
            f"/api/v1/cases/{case_id}/transitions",
            headers=w.agent.headers,
            json={"to": state, "note": f"→ {state}"},
        )
        assert r.status_code == 200, r.text
    body = client.get(f"/api/v1/cases/{case_id}", headers=w.agent.headers).json()
    assert [e["data"]["to"] for e in body["timeline"]] == [
        "requested",
        "seller_reviewing",
        "approved",
        "resent",
        "closed",
    ]
    assert body["closed_at"] is not None and body["allowed_moves"] == []
    moves = db.scalars(select(AuditEntry).where(AuditEntry.action == "case.transition")).all()
    assert [m.changes["state"] for m in moves][-1] == ["resent", "closed"]


def test_a_partial_then_final_refund_updates_the_order(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), delivered=True)
    case_id = client.post(
        "/api/v1/cases",
        headers=w.agent.headers,
        json={
            "case_type": "quality_complaint",
            "reason_code": "quality",
            "message_id": w.message.id,
        },
    ).json()["id"]
    r = client.post(
        f"/api/v1/cases/{case_id}/outcomes",
        headers=w.agent.headers,
        json={"kind": "refund", "amount": "100.00", "note": "部分退款，买家保留商品"},
    )
    assert r.status_code == 201, r.text
    assert r.json()["refunded_amount"] == "100.00"
    order = _fresh_order(db, w.order.id)
    assert order is not None
    assert (order.refund_status, order.refunded_amount, order.status) == (
        "partial",
        Decimal("100.00"),
        "delivered",
    )
    r = client.post(
        f"/api/v1/cases/{case_id}/outcomes",
        headers=w.agent.headers,
        json={"kind": "refund", "amount": str(order.total - Decimal("100.00"))},
    )
    assert r.status_code == 201, r.text
    order = _fresh_order(db, w.order.id)
    assert order is not None and (order.status, order.refund_status) == ("refunded", "full")
    r = client.post(
        f"/api/v1/cases/{case_id}/outcomes",
        headers=w.agent.headers,
        json={"kind": "refund", "amount": "1.00"},
    )
    assert r.status_code == 409  # nothing left to refund on a refunded order
    r = client.post(
        f"/api/v1/cases/{case_id}/outcomes",
        headers=w.agent.headers,
        json={"kind": "compensation", "amount": "20.00", "currency": "USD"},
    )
    assert r.status_code == 422 and "paid in CNY" in r.json()["error"]["message"]


def test_resend_and_ruling_outcomes_are_kept_on_the_timeline(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(
        db,
        clock.now(),
        marketplace="aliexpress",
        currency="USD",
        delivered=True,
        complaint="The parcel never arrived",
    )
    case_id = client.post(
        "/api/v1/cases",
        headers=w.agent.headers,
        json={
            "case_type": "dispute",
            "reason_code": "not_received",
            "conversation_id": w.conversation.id,
        },
    ).json()["id"]
    client.post(
        f"/api/v1/cases/{case_id}/outcomes",
        headers=w.agent.headers,
        json={"kind": "resend", "carrier": "Cainiao", "tracking_number": "LP00123456789CN"},
    )
    r = client.post(
        f"/api/v1/cases/{case_id}/outcomes",
        headers=w.agent.headers,
        json={"kind": "ruling", "ruling": "seller_favoured"},
    )
    body = r.json()
    assert body["ruling"] == "seller_favoured"
    kinds = [e["summary"] for e in body["timeline"] if e["kind"] == "outcome"]
    assert kinds == ["resend: Cainiao LP00123456789CN", "ruling: seller_favoured"]
    r = client.post(
        f"/api/v1/cases/{case_id}/outcomes",
        headers=w.agent.headers,
        json={"kind": "resend", "carrier": "Cainiao"},
    )
    assert r.status_code == 422


def test_another_shops_case_is_not_found(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    mine = build_world(db, clock.now(), delivered=True)
    theirs = build_world(db, clock.now(), delivered=True)
    case_id = client.post(
        "/api/v1/cases",
        headers=theirs.agent.headers,
        json={
            "case_type": "return_refund",
            "reason_code": "size",
            "message_id": theirs.message.id,
        },
    ).json()["id"]
    h = mine.agent.headers
    assert client.get(f"/api/v1/cases/{case_id}", headers=h).status_code == 404
    assert (
        client.post(
            f"/api/v1/cases/{case_id}/transitions", headers=h, json={"to": "seller_reviewing"}
        ).status_code
        == 404
    )
    assert (
        client.post(
            f"/api/v1/cases/{case_id}/outcomes",
            headers=h,
            json={"kind": "refund", "amount": "1.00"},
        ).status_code
        == 404
    )
    assert client.get("/api/v1/cases", headers=h).json()["total"] == 0
    assert client.get(f"/api/v1/cases?shop_id={theirs.shop.id}", headers=h).status_code == 404
    # nor can a case be opened on their message or order
    r = client.post(
        "/api/v1/cases",
        headers=h,
        json={
            "case_type": "refund_only",
            "reason_code": "quality",
            "message_id": theirs.message.id,
        },
    )
    assert r.status_code == 404
    r = client.post(
        "/api/v1/cases",
        headers=h,
        json={"case_type": "refund_only", "reason_code": "quality", "order_id": theirs.order.id},
    )
    assert r.status_code == 404


def test_the_list_filters_by_type_state_assignee_product_and_overdue(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    w = build_world(db, clock.now(), shipped=True)
    other_agent = make_agent(db, clock.now(), [w.shop])
    db.commit()
    h = w.agent.headers

    def open_case(case_type: str, reason: str, **extra: object) -> int:
        body = {"case_type": case_type, "reason_code": reason, "message_id": w.message.id, **extra}
        r = client.post("/api/v1/cases", headers=h, json=body)
        assert r.status_code == 201, r.text
        return int(r.json()["id"])

    nr = open_case("not_received", "not_received")  # 36 h clock
    ex = open_case("exchange", "size", assignee_id=other_agent.user.id)
    cb = open_case(
        "chargeback",
        "unauthorized_payment",
        platform_due_at=(clock.now() + timedelta(days=10)).isoformat(),
    )

    def ids(query: str) -> list[int]:
        r = client.get(f"/api/v1/cases?{query}", headers=h)
        assert r.status_code == 200, r.text
        return [c["id"] for c in r.json()["items"]]

    assert ids("type=exchange") == [ex]
    assert ids("state=opened") == [cb]
    assert ids("assignee=me") == [nr, cb]  # the most urgent deadline first
    assert ids(f"assignee={other_agent.user.id}") == [ex]
    assert ids("overdue=true") == []
    clock.advance(timedelta(hours=37))
    assert ids("overdue=true") == [nr]
    flags = {
        c["id"]: c["sla_status"] for c in client.get("/api/v1/cases", headers=h).json()["items"]
    }
    assert flags == {nr: "overdue", ex: "none", cb: "ok"}
    assert set(ids("overdue=false")) == {ex, cb}
    assert client.get("/api/v1/cases?type=纠纷", headers=h).status_code == 422
    product_id = w.order.items[0].product_id
    assert product_id is None  # the factory's order lines carry no catalogue product
    assert ids("product_id=999999") == []


def test_the_order_is_inferred_only_when_the_buyer_has_exactly_one_paid_order(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    from kefu.conversations import service as conversations
    from tests.factories import make_order

    w = build_world(db, clock.now(), delivered=True, complaint="Quiero devolver las botas")
    loose = conversations.do_create_conversation(
        db, {"shop_id": w.shop.id, "buyer_id": w.buyer.id, "channel": "widget"}, clock.now()
    )
    unpaid = make_order(db, clock.now(), w.shop, w.buyer)  # never paid: not a candidate
    db.commit()
    body = {
        "case_type": "return_refund",
        "reason_code": "changed_mind",
        "conversation_id": loose.id,
    }
    r = client.post("/api/v1/cases", headers=w.agent.headers, json=body)
    assert r.status_code == 201, r.text
    assert r.json()["order_id"] == w.order.id
    r = client.post("/api/v1/cases", headers=w.agent.headers, json={**body, "order_id": unpaid.id})
    assert r.status_code == 409 and "nothing was paid" in r.json()["error"]["message"]

    second = build_world(db, clock.now(), delivered=True)  # another shop
    other = make_order(db, clock.now(), w.shop, w.buyer)
    from kefu.orders import service as orders
    from kefu.orders.schemas import PaymentIn

    orders.do_add_payment(db, other, PaymentIn(paid_at=clock.now(), channel="alipay",
                                               amount=other.total), actor="test", now=clock.now())  # fmt: skip
    db.commit()
    r = client.post("/api/v1/cases", headers=w.agent.headers, json=body)
    assert r.status_code == 422
    assert set(r.json()["error"]["details"]["candidates"]) == {w.order.id, other.id}
    r = client.post("/api/v1/cases", headers=w.agent.headers,
                    json={**body, "order_id": second.order.id})  # fmt: skip
    assert r.status_code == 404


def test_reason_labels_follow_the_agents_language(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    from kefu.auth.models import User

    w = build_world(db, clock.now(), marketplace="aliexpress", currency="USD", delivered=True,
                    complaint="Llegó roto el paquete")  # fmt: skip
    user = db.get(User, w.agent.user.id)
    assert user is not None
    user.ui_lang = "es"
    db.commit()
    r = client.post("/api/v1/cases", headers=w.agent.headers, json={
        "case_type": "quality_complaint", "reason_code": "damaged_in_transit",
        "message_id": w.message.id})  # fmt: skip
    assert r.json()["reason_label"] == "Dañado durante el envío"
