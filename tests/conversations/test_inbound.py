from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.conversations.models import Message
from tests.factories import make_agent, make_shop


def _inbound(
    shop_id: int, client_id: str, text: str, buyer: str = "comprador_mx_1", lang: str = "es"
) -> dict:  # type: ignore[type-arg]
    return {
        "shop_id": shop_id,
        "channel": "connector",
        "buyer": {"external_id": buyer, "name": "Lucía", "language": lang, "country": "MX"},
        "client_message_id": client_id,
        "text": text,
    }


def test_the_same_inbound_message_twice_is_stored_once(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), marketplace="aliexpress", currency="USD")
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    body = _inbound(shop.id, "ae-msg-00000001", "Hola, ¿dónde está mi pedido? Ya pasaron 20 días")
    first = client.post("/api/v1/messages/inbound", json=body, headers=agent.headers)
    second = client.post("/api/v1/messages/inbound", json=body, headers=agent.headers)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["message"] == second.json()["message"]
    assert second.json()["duplicate"] is True
    assert db.scalar(select(func.count()).select_from(Message).where(Message.sender_kind == "buyer")) == 1


def test_messages_from_one_buyer_share_a_conversation_and_count_unread(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    # The bot stays out of this one: it is about the inbox's own bookkeeping.
    shop = make_shop(db, clock.now(), settings={"bot": {"mode": "off"}})
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    a = client.post(
        "/api/v1/messages/inbound",
        json=_inbound(shop.id, "tb-msg-0000001", "在吗", "爱爬山的猫", "zh-Hans"),
        headers=agent.headers,
    ).json()
    b = client.post(
        "/api/v1/messages/inbound",
        json=_inbound(shop.id, "tb-msg-0000002", "这双登山鞋防水吗", "爱爬山的猫", "zh-Hans"),
        headers=agent.headers,
    ).json()
    assert a["conversation_id"] == b["conversation_id"]
    conv = client.get(f"/api/v1/conversations/{a['conversation_id']}", headers=agent.headers).json()
    assert conv["unread_count"] == 2 and conv["waiting_since"] is not None
    reply = client.post(
        f"/api/v1/conversations/{a['conversation_id']}/messages",
        json={"text": "亲，这款是防水的哦"},
        headers=agent.headers,
    )
    assert reply.status_code == 201
    conv = client.get(f"/api/v1/conversations/{a['conversation_id']}", headers=agent.headers).json()
    assert conv["waiting_since"] is None and conv["first_response_at"] is not None


def test_search_finds_chinese_words_in_traditional_and_simplified(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    r = client.post(
        "/api/v1/messages/inbound",
        json=_inbound(shop.id, "tw-msg-0000001", "請問這雙登山鞋會不會磨腳", "台北小陳", "zh-Hant"),
        headers=agent.headers,
    )
    client.post(
        "/api/v1/messages/inbound",
        json=_inbound(shop.id, "es-msg-0000001", "¿Tienen talla 39 en azul?", "juan_cl"),
        headers=agent.headers,
    )
    conv_id = r.json()["conversation_id"]
    for query in ("登山鞋", "磨脚", "登山"):
        found = client.get(
            "/api/v1/conversations", params={"q": query}, headers=agent.headers
        ).json()
        assert [c["id"] for c in found["items"]] == [conv_id], query
    found = client.get(
        "/api/v1/conversations", params={"q": "talla azul"}, headers=agent.headers
    ).json()
    assert len(found["items"]) == 1 and found["items"][0]["id"] != conv_id


def test_inbound_for_another_shop_is_not_found(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    mine, theirs = make_shop(db, clock.now()), make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [mine])
    db.commit()
    r = client.post(
        "/api/v1/messages/inbound",
        json=_inbound(theirs.id, "x-msg-00000001", "hola"),
        headers=agent.headers,
    )
    assert r.status_code == 404
    assert db.scalar(select(func.count()).select_from(Message)) == 0


def test_the_guard_stops_an_agent_reply_that_steers_off_platform(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), marketplace="jd")
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    conv = client.post(
        "/api/v1/messages/inbound",
        json=_inbound(shop.id, "jd-msg-0000001", "能便宜点吗", "京东买家", "zh-Hans"),
        headers=agent.headers,
    ).json()
    url = f"/api/v1/conversations/{conv['conversation_id']}/messages"
    r = client.post(
        url, json={"text": "亲，加我V信 kefu 138 0013 8000，给你全网最低价"}, headers=agent.headers
    )
    assert r.status_code == 422
    body = r.json()["error"]
    assert body["code"] == "guard_blocked"
    assert {f["category"] for f in body["details"]["findings"]} >= {"off_platform"}
    # Asking for an override changes nothing while the shop does not allow it.
    r = client.post(
        url,
        json={"text": "加我V信 kefu 138 0013 8000", "guard_override": True},
        headers=agent.headers,
    )
    assert r.status_code == 422
    assert (
        db.scalar(select(func.count()).select_from(Message).where(Message.sender_kind == "agent"))
        == 0
    )
    # Internal notes never reach the buyer and are not checked.
    r = client.post(
        url, json={"text": "这个买家之前要过V信", "internal": True}, headers=agent.headers
    )
    assert r.status_code == 201


def test_a_phishing_link_from_a_buyer_is_stored_and_flagged(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    text = "你的店铺违规了，请马上登录 http://taobao-security-check.xyz/login 处理"
    r = client.post(
        "/api/v1/messages/inbound",
        json=_inbound(shop.id, "tb-phish-00001", text, "陌生人", "zh-Hans"),
        headers=agent.headers,
    )
    assert r.status_code == 201
    findings = r.json()["message"]["meta"]["guard"]
    assert any(f["category"].startswith("phishing") for f in findings)


def test_an_allowed_override_is_sent_and_audited(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    from kefu.audit.models import AuditEntry

    shop = make_shop(db, clock.now(), marketplace="aliexpress", currency="USD")
    shop.settings = {"guard_agent_override": True}
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    conv = client.post(
        "/api/v1/messages/inbound",
        json=_inbound(shop.id, "ae-msg-0000077", "¿Es original?"),
        headers=agent.headers,
    ).json()
    url = f"/api/v1/conversations/{conv['conversation_id']}/messages"
    text = "Sí, es 100% original garantizado"
    assert client.post(url, json={"text": text}, headers=agent.headers).status_code == 422
    r = client.post(url, json={"text": text, "guard_override": True}, headers=agent.headers)
    assert r.status_code == 201
    assert r.json()["meta"]["guard"]
    actions = db.scalars(select(AuditEntry.action)).all()
    assert "guard.override" in actions
