from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from tests.factories import make_agent, make_buyer, make_order, make_shop


def test_another_shops_order_is_not_found(client: TestClient, db: Session, clock: FixedClock) -> None:
    mine, theirs = make_shop(db, clock.now()), make_shop(db, clock.now(), marketplace="jd")
    agent = make_agent(db, clock.now(), [mine])
    their_order = make_order(db, clock.now(), theirs, make_buyer(db, clock.now(), theirs))
    my_order = make_order(db, clock.now(), mine, make_buyer(db, clock.now(), mine))
    db.commit()

    assert client.get(f"/api/v1/orders/{my_order.id}", headers=agent.headers).status_code == 200
    response = client.get(f"/api/v1/orders/{their_order.id}", headers=agent.headers)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    listed = client.get("/api/v1/orders", headers=agent.headers).json()
    assert [o["id"] for o in listed["items"]] == [my_order.id]
    assert client.get(f"/api/v1/orders?shop_id={theirs.id}", headers=agent.headers).status_code == 404


def test_every_api_endpoint_needs_authentication(client: TestClient) -> None:
    for path in ("/api/v1/orders", "/api/v1/shops", "/api/v1/buyers", "/api/v1/conversations", "/api/v1/products"):
        response = client.get(path)
        assert response.status_code == 401, path
        assert "log in" in response.json()["error"]["message"]


def test_a_wrong_token_is_refused(client: TestClient) -> None:
    response = client.get("/api/v1/orders", headers={"Authorization": "Bearer kefu_nope"})
    assert response.status_code == 401
