from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from tests.factories import make_agent, make_shop


def test_a_new_shop_starts_with_the_reply_library_in_its_languages(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    admin = make_agent(db, clock.now(), [make_shop(db, clock.now())], role="admin")
    db.commit()
    body = {
        "name": "Tienda Andina",
        "slug": "tienda-andina",
        "marketplace": "aliexpress",
        "currency": "USD",
        "timezone": "America/Santiago",
        "languages": ["es", "en"],
    }
    r = client.post("/api/v1/shops", json=body, headers=admin.headers)
    assert r.status_code == 201, r.text
    shop_id = r.json()["id"]
    found = client.get(
        "/api/v1/replies/search",
        params={"shop_id": shop_id, "q": "/", "lang": "es"},
        headers=admin.headers,
    ).json()
    assert found and all(item["lang"] == "es" for item in found)
    chinese = client.get(
        "/api/v1/replies/search",
        params={"shop_id": shop_id, "q": "/", "lang": "zh-Hans"},
        headers=admin.headers,
    ).json()
    assert chinese == []


def test_shop_updates_need_a_supervisor_and_are_validated(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop])
    boss = make_agent(db, clock.now(), [shop], role="supervisor")
    db.commit()
    assert (
        client.patch(
            f"/api/v1/shops/{shop.id}", json={"name": "新名字"}, headers=agent.headers
        ).status_code
        == 403
    )
    bad = client.patch(
        f"/api/v1/shops/{shop.id}", json={"timezone": "Asia/Beijing"}, headers=boss.headers
    )
    assert bad.status_code == 422 and "Asia/Beijing" in bad.json()["error"]["message"]
    ok = client.patch(
        f"/api/v1/shops/{shop.id}", json={"name": "山野户外·新店"}, headers=boss.headers
    )
    assert ok.status_code == 200 and ok.json()["name"] == "山野户外·新店"
