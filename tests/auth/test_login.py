from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from kefu.auth.models import User
from kefu.clock import FixedClock
from tests.factories import PASSWORD, make_agent, make_shop


def test_passwords_are_stored_as_argon2_hashes(db: Session, clock: FixedClock) -> None:
    agent = make_agent(db, clock.now(), [make_shop(db, clock.now())])
    stored = db.get(User, agent.user.id)
    assert stored is not None
    assert stored.password_hash.startswith("$argon2id$") and PASSWORD not in stored.password_hash


def test_browser_login_then_csrf_is_required_for_changes(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop], email="xiaomei@example.com")
    db.commit()
    r = client.post("/api/v1/auth/login", json={"email": "XiaoMei@example.com", "password": PASSWORD})
    assert r.status_code == 200, r.text
    csrf = r.json()["csrf_token"]
    assert client.get("/api/v1/auth/me").json()["shop_ids"] == [shop.id]
    refused = client.put("/api/v1/auth/me/presence", json={"presence": "online"})
    assert refused.status_code == 403 and "CSRF" in refused.json()["error"]["message"]
    ok = client.put("/api/v1/auth/me/presence", json={"presence": "online"}, headers={"X-CSRF-Token": csrf})
    assert ok.status_code == 200 and ok.json()["presence"] == "online"
    assert client.post("/api/v1/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 204
    assert client.get("/api/v1/auth/me").status_code == 401
    assert agent.user.id


def test_failed_logins_are_throttled(client: TestClient, db: Session, clock: FixedClock) -> None:
    make_agent(db, clock.now(), [make_shop(db, clock.now())], email="laowang@example.com")
    db.commit()
    codes = [client.post("/api/v1/auth/login", json={"email": "laowang@example.com", "password": "wrong-password"}).status_code for _ in range(11)]
    assert codes[:10] == [401] * 10
    assert codes[10] == 429
    # Even the right password waits out the minute.
    assert client.post("/api/v1/auth/login", json={"email": "laowang@example.com", "password": PASSWORD}).status_code == 429
    from datetime import timedelta

    clock.advance(timedelta(minutes=2))
    assert client.post("/api/v1/auth/login", json={"email": "laowang@example.com", "password": PASSWORD}).status_code == 200


def test_only_admins_create_users(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop])
    admin = make_agent(db, clock.now(), [shop], role="admin")
    db.commit()
    body = {"email": "new@example.com", "name": "新同事", "password": "long-enough-pw", "role": "agent", "shop_ids": [shop.id]}
    assert client.post("/api/v1/users", json=body, headers=agent.headers).status_code == 403
    assert client.post("/api/v1/users", json=body, headers=admin.headers).status_code == 201
    assert client.post("/api/v1/users", json=body, headers=admin.headers).status_code == 409
