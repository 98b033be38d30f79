from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.conversations.models import Message
from tests.factories import make_agent, make_shop


def _inbound(shop_id: int, client_id: str, text: str, buyer: str = "comprador_mx_1", lang: str = "es") -> dict:  # type: ignore[type-arg]
    return {
        "shop_id": shop_id,
        "channel": "connector",
        "buyer": {"external_id": buyer, "name": "Lucía", "language": lang, "country": "MX"},
        "client_message_id": client_id,
        "text": text,
    }


def test_the_same_inbound_message_twice_is_stored_once(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now(), marketplace="aliexpress", currency="USD")
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    body = _inbound(shop.id, "ae-msg-00000001", "Hola, ¿dónde está mi pedido? Ya pasaron 20 días")
    first = client.post("/api/v1/messages/inbound", json=body, headers=agent.headers)
    second = client.post("/api/v1/messages/inbound", json=body, headers=agent.headers)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["message"] == second.json()["message"]
    assert second.json()["duplicate"] is True
    assert db.scalar(select(func.count()).select_from(Message)) == 1


def test_messages_from_one_buyer_share_a_conversation_and_count_unread(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    a = client.post("/api/v1/messages/inbound", json=_inbound(shop.id, "tb-msg-0000001", "在吗", "爱爬山的猫", "zh-Hans"), headers=agent.headers).json()
    b = client.post("/api/v1/messages/inbound", json=_inbound(shop.id, "tb-msg-0000002", "这双登山鞋防水吗", "爱爬山的猫", "zh-Hans"), headers=agent.headers).json()
    assert a["conversation_id"] == b["conversation_id"]
    conv = client.get(f"/api/v1/conversations/{a['conversation_id']}", headers=agent.headers).json()
    assert conv["unread_count"] == 2 and conv["waiting_since"] is not None
    reply = client.post(
        f"/api/v1/conversations/{a['conversation_id']}/messages", json={"text": "亲，这款是防水的哦"}, headers=agent.headers
    )
    assert reply.status_code == 201
    conv = client.get(f"/api/v1/conversations/{a['conversation_id']}", headers=agent.headers).json()
    assert conv["waiting_since"] is None and conv["first_response_at"] is not None


def test_search_finds_chinese_words_in_traditional_and_simplified(client: TestClient, db: Session, clock: FixedClock) -> None:
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    r = client.post("/api/v1/messages/inbound", json=_inbound(shop.id, "tw-msg-0000001", "請問這雙登山鞋會不會磨腳", "台北小陳", "zh-Hant"), headers=agent.headers)
    client.post("/api/v1/messages/inbound", json=_inbound(shop.id, "es-msg-0000001", "¿Tienen talla 39 en azul?", "juan_cl"), headers=agent.headers)
    conv_id = r.json()["conversation_id"]
    for query in ("登山鞋", "磨脚", "登山"):
        found = client.get("/api/v1/conversations", params={"q": query}, headers=agent.headers).json()
        assert [c["id"] for c in found["items"]] == [conv_id], query
    found = client.get("/api/v1/conversations", params={"q": "talla azul"}, headers=agent.headers).json()
    assert len(found["items"]) == 1 and found["items"][0]["id"] != conv_id


def test_inbound_for_another_shop_is_not_found(client: TestClient, db: Session, clock: FixedClock) -> None:
    mine, theirs = make_shop(db, clock.now()), make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [mine])
    db.commit()
    r = client.post("/api/v1/messages/inbound", json=_inbound(theirs.id, "x-msg-00000001", "hola"), headers=agent.headers)
    assert r.status_code == 404
    assert db.scalar(select(func.count()).select_from(Message)) == 0
