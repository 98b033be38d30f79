"""The widget API: a buyer's messages are stored once, and a buyer token opens only its own
conversation and never shows internal notes."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.clock import FixedClock
from kefu.conversations.models import Conversation, Message
from kefu.widget.tokens import Visitor, make_buyer_token, read_buyer_token
from tests.factories import make_agent, make_shop
from tests.web.helpers import buyer_says, login, visit

# These tests count and list exactly what buyer and agent wrote: the bot (which answers widget
# messages by default, tests/bot/) is switched off for their shops.
BOT_OFF = {"bot": {"mode": "off"}}


def test_a_resent_widget_message_is_stored_once(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), settings=BOT_OFF)
    db.commit()
    token = visit(client, shop.slug)
    first = client.post(
        "/api/v1/widget/messages",
        json={"client_message_id": "w-0001-abcdef", "text": "请问这双鞋防水吗？"},
        headers={"X-Kefu-Buyer": token},
    )
    again = client.post(
        "/api/v1/widget/messages",
        json={"client_message_id": "w-0001-abcdef", "text": "请问这双鞋防水吗？"},
        headers={"X-Kefu-Buyer": token},
    )
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["duplicate"] is True
    assert first.json()["message"]["id"] == again.json()["message"]["id"]
    assert db.scalar(select(func.count()).select_from(Message)) == 1
    conversation = db.scalar(select(Conversation))
    assert conversation is not None and conversation.channel == "widget"
    assert conversation.unread_count == 1


def test_a_buyer_token_cannot_read_another_buyers_conversation(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now())
    db.commit()
    alice, bob = visit(client, shop.slug, "es"), visit(client, shop.slug, "en")
    sent = buyer_says(client, alice, "¿Tienen la talla 38?", "w-alice-0001", "es")
    conversation_id = sent["conversation_id"]
    own = client.get(
        f"/api/v1/widget/conversations/{conversation_id}/messages",
        headers={"X-Kefu-Buyer": alice},
    )
    assert own.status_code == 200 and own.json()[0]["text"] == "¿Tienen la talla 38?"
    stolen = client.get(
        f"/api/v1/widget/conversations/{conversation_id}/messages",
        headers={"X-Kefu-Buyer": bob},
    )
    assert stolen.status_code == 404
    # Re-using Alice's client id from Bob's token must not hand him her message either.
    reuse = client.post(
        "/api/v1/widget/messages",
        json={"client_message_id": "w-alice-0001", "text": "hola"},
        headers={"X-Kefu-Buyer": bob},
    )
    assert reuse.status_code == 404
    forged = alice[:-3] + ("AAA" if not alice.endswith("AAA") else "BBB")
    assert (
        client.get("/api/v1/widget/conversation", headers={"X-Kefu-Buyer": forged}).status_code
        == 401
    )


def test_tokens_signed_with_another_key_are_refused() -> None:
    token = make_buyer_token("key-one", Visitor(shop_id=1, buyer_id=2))
    assert read_buyer_token("key-one", token) == Visitor(shop_id=1, buyer_id=2)
    assert read_buyer_token("key-two", token) is None
    assert read_buyer_token("key-one", "not-a-token") is None


def test_the_widget_never_shows_internal_notes(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), settings=BOT_OFF)
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    token = visit(client, shop.slug)
    conversation_id = buyer_says(client, token, "在吗？", "w-note-0001")["conversation_id"]
    note = client.post(
        f"/api/v1/conversations/{conversation_id}/messages",
        json={"text": "这位买家上次投诉过物流，注意语气", "internal": True},
        headers=agent.headers,
    )
    reply = client.post(
        f"/api/v1/conversations/{conversation_id}/messages",
        json={"text": "在的，亲，请问有什么可以帮您？"},
        headers=agent.headers,
    )
    assert note.status_code == reply.status_code == 201
    seen = client.get(
        f"/api/v1/widget/conversations/{conversation_id}/messages",
        headers={"X-Kefu-Buyer": token},
    ).json()
    assert [m["text"] for m in seen] == ["在吗？", "在的，亲，请问有什么可以帮您？"]
    assert all("meta" not in m and "internal" not in m for m in seen)
    assert seen[1]["client_message_id"] is None and seen[1]["sender"] == "agent"
    _ = login  # (the agent used its API token here)


def test_the_widget_page_is_served_per_shop_with_every_language(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), name="<b>山野</b> Outdoor")
    db.commit()
    page = client.get(f"/widget/{shop.slug}")
    assert page.status_code == 200
    assert "<b>山野</b>" not in page.text and "&lt;b&gt;山野&lt;/b&gt;" in page.text
    strings = json.loads(page.text.split('id="kw-i18n">', 1)[1].split("</script>", 1)[0])
    placeholders = {lang: strings[lang]["placeholder"] for lang in strings}
    assert placeholders == {
        "zh-Hans": "请输入消息…",
        "zh-Hant": "請輸入訊息…",
        "en": "Type a message…",
        "es": "Escribe un mensaje…",
    }
    assert "frame-ancestors" not in page.headers["content-security-policy"]
    assert client.get("/widget/no-such-shop").status_code == 404
    embed = client.get("/widget.js")
    assert embed.status_code == 200 and "data-shop" in embed.text
