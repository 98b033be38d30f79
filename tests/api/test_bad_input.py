from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.orders.models import Order
from tests.factories import make_agent, make_buyer, make_shop


def _world(db: Session, clock: FixedClock):  # type: ignore[no-untyped-def]
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop])
    buyer = make_buyer(db, clock.now(), shop)
    db.commit()
    return shop, agent, buyer


def test_malformed_json_is_a_422_with_location(client: TestClient, db: Session, clock: FixedClock) -> None:
    _shop, agent, _buyer = _world(db, clock)
    r = client.post("/api/v1/orders", content=b'{"shop_id": 1,', headers={**agent.headers, "content-type": "application/json"})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "validation_failed"


def test_wrong_types_name_the_field(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop, agent, buyer = _world(db, clock)
    body = {"shop_id": shop.id, "buyer_id": buyer.id, "order_number": "A1", "currency": "CNY", "items": [{"title": "鞋", "quantity": "很多", "unit_price": "10"}]}
    r = client.post("/api/v1/orders", json=body, headers=agent.headers)
    assert r.status_code == 422
    assert "items.0.quantity" in r.json()["error"]["message"]
    assert db.scalar(select(func.count()).select_from(Order)) == 0


def test_naive_datetimes_are_refused(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop, agent, buyer = _world(db, clock)
    body = {"shop_id": shop.id, "buyer_id": buyer.id, "order_number": "A2", "currency": "CNY", "placed_at": "2026-05-01T10:00:00",
            "items": [{"title": "鞋", "quantity": 1, "unit_price": "10"}]}
    r = client.post("/api/v1/orders", json=body, headers=agent.headers)
    assert r.status_code == 422 and "placed_at" in r.json()["error"]["message"]


def test_unknown_ids_are_404(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop, agent, _buyer = _world(db, clock)
    for path in ("/api/v1/orders/999999", "/api/v1/buyers/999999", "/api/v1/products/999999", "/api/v1/conversations/999999", f"/api/v1/shops/{shop.id + 99}"):
        r = client.get(path, headers=agent.headers)
        assert r.status_code == 404, path
        assert "not found" in r.json()["error"]["message"]


def test_a_buyer_of_another_shop_cannot_be_used_in_an_order(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop, agent, _buyer = _world(db, clock)
    other = make_shop(db, clock.now())
    foreign_buyer = make_buyer(db, clock.now(), other)
    db.commit()
    body = {"shop_id": shop.id, "buyer_id": foreign_buyer.id, "order_number": "A3", "currency": "CNY", "items": [{"title": "鞋", "quantity": 1, "unit_price": "10"}]}
    r = client.post("/api/v1/orders", json=body, headers=agent.headers)
    assert r.status_code == 404


def test_duplicate_order_number_is_a_409(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop, agent, buyer = _world(db, clock)
    body = {"shop_id": shop.id, "buyer_id": buyer.id, "order_number": "A4", "currency": "CNY", "items": [{"title": "鞋", "quantity": 1, "unit_price": "10"}]}
    assert client.post("/api/v1/orders", json=body, headers=agent.headers).status_code == 201
    r = client.post("/api/v1/orders", json=body, headers=agent.headers)
    assert r.status_code == 409 and "A4" in r.json()["error"]["message"]


def test_oversized_bodies_are_refused_before_reading(client: TestClient, db: Session, clock: FixedClock) -> None:
    _shop, agent, _buyer = _world(db, clock)
    r = client.post("/api/v1/orders", content=b"x" * 3_000_000, headers={**agent.headers, "content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "too_large"


def test_unknown_time_zone_is_refused(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop, agent, _buyer = _world(db, clock)
    r = client.post("/api/v1/buyers", json={"shop_id": shop.id, "external_id": "b1", "timezone": "Mars/Olympus"}, headers=agent.headers)
    assert r.status_code == 422 and "Mars/Olympus" in r.json()["error"]["message"]
