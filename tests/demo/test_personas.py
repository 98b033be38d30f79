"""The named buyers tests and docs refer to exist with the story their profile promises."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.buyers.models import Buyer
from kefu.conversations.models import Conversation, Message
from kefu.demo.personas import (
    ANGRY_DAMAGED,
    GIFT_BUYER,
    MEXICO_WAITING,
    PERSONAS,
    PRICE_SENSITIVE_STUDENT,
    RESELLER,
    SUSPICIOUS_FIRST_TIMER,
    Persona,
)
from kefu.orders.models import Order
from kefu.shops.models import Shop

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("demo")]


def buyer_of(db: Session, persona: Persona) -> Buyer:
    shop = db.scalar(select(Shop).where(Shop.marketplace == persona.shop))
    assert shop is not None
    buyer = db.scalar(
        select(Buyer).where(Buyer.shop_id == shop.id, Buyer.external_id == persona.external_id)
    )
    assert buyer is not None, persona.key
    return buyer


def orders_of(db: Session, buyer: Buyer) -> list[Order]:
    return list(db.scalars(select(Order).where(Order.buyer_id == buyer.id)))


def chats_of(db: Session, buyer: Buyer) -> list[Conversation]:
    return list(db.scalars(select(Conversation).where(Conversation.buyer_id == buyer.id)))


def texts(db: Session, chat: Conversation) -> list[str]:
    query = select(Message.text).where(Message.conversation_id == chat.id).order_by(Message.id)
    return list(db.scalars(query))


def test_every_persona_is_a_buyer_with_its_identity(db: Session) -> None:
    for persona in PERSONAS:
        buyer = buyer_of(db, persona)
        assert (buyer.name, buyer.country, buyer.language, buyer.timezone) == (
            persona.name,
            persona.country,
            persona.language,
            persona.timezone,
        )
        assert set(persona.tags) <= set(buyer.tags)


def test_price_sensitive_student_bargains_and_has_an_unpaid_order(db: Session) -> None:
    buyer = buyer_of(db, PRICE_SENSITIVE_STUDENT)
    assert "created" in {o.status for o in orders_of(db, buyer)}
    (chat,) = chats_of(db, buyer)
    assert "便宜" in texts(db, chat)[0]


def test_suspicious_first_timer_asked_but_never_bought(db: Session) -> None:
    buyer = buyer_of(db, SUSPICIOUS_FIRST_TIMER)
    assert orders_of(db, buyer) == []
    (chat,) = chats_of(db, buyer)
    assert chat.stage == "pre_sale" and "legit" in texts(db, chat)[0]


def test_reseller_orders_in_bulk_again_and_again(db: Session) -> None:
    orders = orders_of(db, buyer_of(db, RESELLER))
    assert len(orders) >= 12
    assert all(sum(i.quantity for i in o.items) >= 10 for o in orders)


def test_gift_buyer_asks_for_no_price_slip(db: Session) -> None:
    buyer = buyer_of(db, GIFT_BUYER)
    (order,) = orders_of(db, buyer)
    assert order.status == "paid" and "价格单" in order.buyer_note
    (chat,) = chats_of(db, buyer)
    assert "礼物" in texts(db, chat)[0]


def test_angry_buyer_waits_unanswered_about_a_damaged_delivery(db: Session) -> None:
    buyer = buyer_of(db, ANGRY_DAMAGED)
    (order,) = orders_of(db, buyer)
    assert order.status == "delivered"
    (chat,) = chats_of(db, buyer)
    assert chat.order_id == order.id and chat.status == "open" and chat.assignee_id is None
    senders = set(db.scalars(select(Message.sender_kind).where(Message.conversation_id == chat.id)))
    assert senders == {"buyer", "bot"}  # the bot handed off; no human has answered yet
    assert chat.waiting_since is not None and "划痕" in texts(db, chat)[0]


def test_mexican_buyer_waits_for_a_parcel_stuck_in_customs(db: Session) -> None:
    buyer = buyer_of(db, MEXICO_WAITING)
    (order,) = orders_of(db, buyer)
    assert order.status == "shipped"
    (shipment,) = order.shipments
    assert shipment.tracking_number.startswith("LP")
    assert shipment.events[-1].code == "exception"
    (chat,) = chats_of(db, buyer)
    assert chat.language == "es" and chat.order_id == order.id and chat.status == "open"
    first = texts(db, chat)[0]
    assert "paquete" in first and order.order_number in first
