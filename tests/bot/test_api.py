"""The bot through HTTP on a real database: widget and connector messages are answered once, with a
durable bot.reply job behind them; the workbench's suggestions, the buyer card's profile and the
shop's bot settings endpoints."""

from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.bot.models import BotDecision
from kefu.bot.service import JOB_DELAY, JOB_KIND
from kefu.catalog.schemas import KnowledgeIn, VariantIn
from kefu.clock import FixedClock
from kefu.conversations.models import Conversation, Message
from kefu.jobs.models import Job
from kefu.jobs.worker import Worker
from kefu.runtime import Runtime
from kefu.shops.models import Shop
from kefu.widget import service as widget
from kefu.widget.tokens import Visitor
from tests.factories import make_agent, make_buyer, make_product, make_shop
from tests.web.helpers import buyer_says, visit

SUGGESTIONS_TARGET_MS = 100.0


def _boot(db: Session, clock: FixedClock, shop: Shop) -> None:
    make_product(
        db, clock.now(), shop,
        title={"zh-Hans": "云峰 防水登山鞋", "en": "Cloudpeak Waterproof Boot",
               "es": "Cloudpeak bota impermeable"},
        variants=[VariantIn(sku="CP-42", color="棕色", size="42", price=Decimal("399.00"), stock=5)],
        knowledge={
            "zh-Hans": KnowledgeIn(material="磨砂牛皮鞋面,防水透湿内衬", care="软毛刷清洁,阴凉处晾干"),
            "es": KnowledgeIn(material="Corte de nobuk con forro impermeable y transpirable",
                              care="Cepillar y secar a la sombra"),
        },
    )  # fmt: skip


def _widget_texts(client: TestClient, token: str, conversation_id: int) -> list[tuple[str, str]]:
    rows = client.get(
        f"/api/v1/widget/conversations/{conversation_id}/messages", headers={"X-Kefu-Buyer": token}
    ).json()
    return [(m["sender"], m["text"]) for m in rows]


def _count(db: Session, model: type[object], *where: object) -> int:
    db.rollback()  # see the app's latest commits
    return int(db.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def test_widget_buyer_gets_bot_answers_in_chinese_and_spanish_backed_by_a_job(
    client: TestClient, db: Session, clock: FixedClock, runtime: Runtime
) -> None:
    shop = make_shop(db, clock.now(), languages=["zh-Hans", "es"])
    _boot(db, clock, shop)
    db.commit()
    zh = visit(client, shop.slug, "zh-Hans")
    sent = buyer_says(client, zh, "在吗", "w-bot-zh-0001")
    said = _widget_texts(client, zh, sent["conversation_id"])
    assert said[0] == ("buyer", "在吗") and said[1][0] == "bot" and "亲" in said[1][1]

    es = visit(client, shop.slug, "es")
    sent = buyer_says(client, es, "¿De qué material es la bota Cloudpeak?", "w-bot-es-0001", "es")
    said = _widget_texts(client, es, sent["conversation_id"])
    assert said[-1][0] == "bot"
    assert "Corte de nobuk con forro impermeable y transpirable" in said[-1][1]

    # Each buyer message has its bot.reply job; the fast path answered, so the job is a no-op.
    assert _count(db, Job, Job.kind == JOB_KIND) == 2
    before = _count(db, Message)
    clock.advance(JOB_DELAY + timedelta(seconds=1))
    assert Worker(runtime).run_until_idle() == 2
    assert _count(db, Message) == before
    assert _count(db, BotDecision) == 2
    outcomes = {
        j.result.get("outcome") for j in db.scalars(select(Job).where(Job.kind == JOB_KIND))
    }
    assert outcomes == {"already_handled"}


def test_a_crash_between_the_message_and_the_bot_is_covered_by_the_job(
    client: TestClient, db: Session, clock: FixedClock, runtime: Runtime
) -> None:
    shop = make_shop(db, clock.now())
    buyer = make_buyer(db, clock.now(), shop)
    db.commit()
    # The widget service stores the message and its job in one transaction; the process "dies"
    # before the in-process answer runs.
    with runtime.sessions() as writing:
        message, _ = widget.do_send(writing, Visitor(shop_id=shop.id, buyer_id=buyer.id),
                                    text="你好,在吗?", client_message_id="w-crash-0001",
                                    now=clock.now())  # fmt: skip
        writing.commit()
        message_id = message.id
    assert _count(db, BotDecision) == 0
    worker = Worker(runtime)
    assert worker.run_until_idle() == 0  # not due yet: the fast path gets its chance first
    clock.advance(JOB_DELAY + timedelta(seconds=1))
    assert worker.run_until_idle() == 1
    assert _count(db, BotDecision, BotDecision.message_id == message_id) == 1
    assert _count(db, Message, Message.sender_kind == "bot") == 1
    assert worker.run_until_idle() == 0
    assert _count(db, Message, Message.sender_kind == "bot") == 1


def test_connector_message_is_answered_once_and_a_retry_adds_nothing(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), marketplace="aliexpress", currency="USD",
                     languages=["en", "es"], timezone="UTC")  # fmt: skip
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    body = {"shop_id": shop.id, "channel": "connector", "client_message_id": "ae-bot-000001",
            "buyer": {"external_id": "ae_buyer_1", "name": "Lucía", "language": "es",
                      "country": "MX"},
            "text": "Quiero hablar con una persona, por favor"}  # fmt: skip
    first = client.post("/api/v1/messages/inbound", json=body, headers=agent.headers)
    again = client.post("/api/v1/messages/inbound", json=body, headers=agent.headers)
    assert (first.status_code, again.status_code) == (201, 200)
    decision = db.scalar(select(BotDecision))
    assert decision is not None and decision.handed_off and decision.reason == "asked_for_person"
    assert _count(db, BotDecision) == 1 and _count(db, Job, Job.kind == JOB_KIND) == 1
    note = db.scalar(select(Message).where(Message.internal.is_(True)))
    assert note is not None and "asked for a person" in note.text
    assert 1 <= len(note.meta["bot"]["drafts"]) <= 3


def test_suggestions_for_the_latest_buyer_message_with_knowledge(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    # Human first: the bot only drafts; the agent asks for suggestions beside the composer.
    shop = make_shop(db, clock.now(), settings={"bot": {"mode": "human_first"}})
    _boot(db, clock, shop)
    agent = make_agent(db, clock.now(), [shop])
    other = make_agent(db, clock.now(), [make_shop(db, clock.now())])
    db.commit()
    token = visit(client, shop.slug)
    sent = buyer_says(client, token, "云峰登山鞋是什么材质的?", "w-sugg-0001")
    assert [s for s, _ in _widget_texts(client, token, sent["conversation_id"])] == ["buyer"]
    url = f"/api/v1/conversations/{sent['conversation_id']}/suggestions"
    first = client.get(url, headers=agent.headers)
    assert first.status_code == 200, first.text
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        body = client.get(url, headers=agent.headers).json()
        timings.append((time.perf_counter() - started) * 1000)
    print(f"\nsuggestions over HTTP: best {min(timings):.1f} ms, worst {max(timings):.1f} ms "
          f"(target {SUGGESTIONS_TARGET_MS:.0f} ms from arrival)")  # fmt: skip
    assert body["message_id"] == sent["message"]["id"] and body["intent"] == "product_info"
    assert 1 <= len(body["suggestions"]) <= 3
    top = body["suggestions"][0]
    assert top["knowledge"]["material"] == "磨砂牛皮鞋面,防水透湿内衬"
    assert "磨砂牛皮鞋面" in top["text"]
    assert client.get(url, headers=other.headers).status_code == 404


def test_buyer_profile_card_shows_leanings_with_evidence_and_hints(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now(), settings={"bot": {"mode": "off"}})
    agent = make_agent(db, clock.now(), [shop])
    db.commit()
    token = visit(client, shop.slug)
    buyer_says(client, token, "太贵了,有优惠券吗?", "w-prof-0001")
    buyer_says(client, token, "是送给我爸的生日礼物", "w-prof-0002")
    db.rollback()
    conversation = db.scalar(select(Conversation).where(Conversation.shop_id == shop.id))
    assert conversation is not None
    card = client.get(f"/api/v1/buyers/{conversation.buyer_id}/profile", headers=agent.headers)
    assert card.status_code == 200, card.text
    traits = {t["dimension"]: t for t in card.json()["traits"]}
    assert traits["price"]["value"] == "price_sensitive"
    assert "太贵了,有优惠券吗?" in traits["price"]["evidence"][0]
    assert traits["price"]["hint"]
    assert traits["purpose"]["value"] is not None and traits["purpose"]["evidence"]
    assert traits["quality"]["value"] is None  # no evidence, no guess
    assert card.json()["tone"] in ("price_sensitive", "gift_buyer")


def test_bot_settings_are_read_by_agents_and_written_by_supervisors(
    client: TestClient, db: Session, clock: FixedClock
) -> None:
    shop = make_shop(db, clock.now())
    agent = make_agent(db, clock.now(), [shop])
    boss = make_agent(db, clock.now(), [shop], role="supervisor")
    db.commit()
    url = f"/api/v1/shops/{shop.id}/bot-settings"
    got = client.get(url, headers=agent.headers)
    assert got.status_code == 200 and got.json()["mode"] == "bot_first"
    wanted = {"mode": "bot_off_hours", "thresholds": {"return_refund": 0.9},
              "promotion": {"zh-Hans": "满300减20", "es": "20 % de descuento desde 300"}}  # fmt: skip
    assert client.put(url, json=wanted, headers=agent.headers).status_code == 403
    put = client.put(url, json=wanted, headers=boss.headers)
    assert put.status_code == 200, put.text
    again = client.get(url, headers=agent.headers).json()
    assert again["mode"] == "bot_off_hours" and again["thresholds"] == {"return_refund": 0.9}
    assert again["promotion"]["es"] == "20 % de descuento desde 300"
    bad = client.put(url, json={"thresholds": {"no_such_intent": 0.5}}, headers=boss.headers)
    assert bad.status_code == 422
    stranger = make_agent(db, clock.now(), [make_shop(db, clock.now())], role="supervisor")
    db.commit()
    assert client.get(url, headers=stranger.headers).status_code in (403, 404)
