"""Gather what the bot may say from the shop's data: the buyer's orders with tracking and the rules
engine's deadlines, the shop's products with knowledge files, the conversation so far. Reads only.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kefu.bot.facts import BotContext, KnowledgeFacts, OrderFacts, ProductFacts, Turn
from kefu.bot.models import BotDecision
from kefu.bot.text import traditional
from kefu.buyers.models import Buyer
from kefu.catalog.models import Product, ProductKnowledge
from kefu.conversations.models import Conversation, Message
from kefu.orders.models import Order, Shipment
from kefu.replies.formatting import TrackingEvent
from kefu.rules.decision import Status
from kefu.rules.service import evaluate_stored_order
from kefu.shops.models import Shop

# Orders in these states can still raise a question the rules engine answers.
_EVALUATED = ("created", "paid", "shipped", "delivered", "confirmed", "refunded", "reviewed")
MAX_ORDERS = 8
HISTORY = 30


def order_facts(db: Session, order: Order, now: datetime) -> OrderFacts:
    shipment: Shipment | None = order.shipments[-1] if order.shipments else None
    last = shipment.events[-1] if shipment is not None and shipment.events else None
    event = (
        TrackingEvent(description=last.description, at=last.at, location=last.location or None)
        if last is not None
        else None
    )
    ship_by = ship_rule = return_at = return_rule = None
    eligible: bool | None = None
    freight: dict[str, tuple[str, str]] = {}
    if order.status in _EVALUATED:
        rules = evaluate_stored_order(db, order, now)
        for decision in rules.decisions:
            if decision.topic == "ship_by" and decision.status is Status.DECIDED:
                for d in decision.deadlines:
                    if d.key == "ship_by" and not d.estimated:
                        ship_by, ship_rule = d.at, d.rule_id
            elif decision.topic == "no_reason_return" and not decision.needs_confirmation:
                if decision.status is Status.DECIDED:
                    eligible = decision.answer == "eligible"
                    for d in decision.deadlines:
                        if d.key == "no_reason_return" and not d.estimated and not d.passed:
                            return_at, return_rule = d.at, d.rule_id
            elif decision.topic == "freight_payer" and decision.status is Status.DECIDED:
                legs = decision.legs
                if legs is not None and legs.return_leg and not decision.needs_confirmation:
                    freight[decision.answer] = (
                        legs.return_leg,
                        legs.decided_by.get("return_leg", ""),
                    )
    return OrderFacts(
        id=order.id,
        order_number=order.order_number,
        status=order.status,
        currency=order.currency,
        total=order.total,
        refunded_amount=order.refunded_amount,
        refund_status=order.refund_status,
        items=tuple(i.title for i in order.items),
        product_ids=tuple(i.product_id for i in order.items if i.product_id is not None),
        carrier=shipment.carrier if shipment else None,
        tracking_no=shipment.tracking_number if shipment else None,
        last_event=event,
        delivered=bool(order.delivered_at or (shipment and shipment.delivered_at)),
        ship_by=ship_by,
        ship_by_rule=ship_rule,
        return_deadline=return_at,
        return_rule=return_rule,
        return_eligible=eligible,
        freight=freight,
    )


# Product knowledge changes rarely and is read on every message: cache it per shop, keyed by the
# newest update time so an edit is seen on the next message.
_PRODUCTS: dict[int, tuple[Any, tuple[ProductFacts, ...]]] = {}
_LOCK = threading.Lock()


def _knowledge(row: ProductKnowledge) -> KnowledgeFacts:
    return KnowledgeFacts(
        lang=row.lang,
        material=row.material,
        care=row.care,
        fit_notes=row.fit_notes,
        size_chart=tuple(dict(r) for r in row.size_chart or ()),
    )


def _traditional_copy(k: KnowledgeFacts) -> KnowledgeFacts:
    return KnowledgeFacts(
        lang="zh-Hant",
        material=traditional(k.material),
        care=traditional(k.care),
        fit_notes=traditional(k.fit_notes),
        size_chart=tuple(
            {key: traditional(v) if isinstance(v, str) else v for key, v in row.items()}
            for row in k.size_chart
        ),
    )


def product_facts(db: Session, shop_id: int) -> tuple[ProductFacts, ...]:
    stamp = db.execute(
        select(
            func.count(Product.id),
            func.max(Product.updated_at),
            func.max(ProductKnowledge.updated_at),
        )
        .select_from(Product)
        .outerjoin(ProductKnowledge, ProductKnowledge.product_id == Product.id)
        .where(Product.shop_id == shop_id)
    ).one()
    key = tuple(stamp)
    with _LOCK:
        cached = _PRODUCTS.get(shop_id)
    if cached is not None and cached[0] == key:
        return cached[1]
    rows = db.scalars(
        select(Product)
        .where(Product.shop_id == shop_id, Product.status == "listed")
        .options(selectinload(Product.knowledge), selectinload(Product.variants))
        .order_by(Product.id)
    ).all()
    facts: list[ProductFacts] = []
    for p in rows:
        knowledge = {k.lang: _knowledge(k) for k in p.knowledge}
        if "zh-Hant" not in knowledge and "zh-Hans" in knowledge:
            knowledge["zh-Hant"] = _traditional_copy(knowledge["zh-Hans"])
        facts.append(
            ProductFacts(
                id=p.id,
                code=p.code,
                titles=dict(p.title),
                knowledge=knowledge,
                variants=tuple((v.size, v.color, v.stock) for v in p.variants),
            )
        )
    result = tuple(facts)
    with _LOCK:
        _PRODUCTS[shop_id] = (key, result)
    return result


def history_of(db: Session, conversation: Conversation, before_id: int) -> tuple[Turn, ...]:
    messages = db.scalars(
        select(Message)
        .where(
            Message.conversation_id == conversation.id,
            Message.id < before_id,
            Message.internal.is_(False),
        )
        .order_by(Message.id.desc())
        .limit(HISTORY)
    ).all()
    decisions = db.scalars(
        select(BotDecision)
        .where(BotDecision.conversation_id == conversation.id, BotDecision.message_id < before_id)
        .order_by(BotDecision.message_id.desc())
        .limit(HISTORY)
    ).all()
    turns: list[tuple[int, int, Turn]] = [
        (m.id, 0, Turn(sender=m.sender_kind, text=m.text)) for m in messages
    ]
    turns += [
        (
            d.message_id,
            1,
            Turn(sender="bot_decision", text=d.reason, intent=d.intent, action=d.action),
        )
        for d in decisions
    ]
    turns.sort(key=lambda t: (t[0], t[1]))
    return tuple(t[2] for t in turns)


def remembered_slots(db: Session, conversation: Conversation, before_id: int) -> dict[str, str]:
    slots: dict[str, str] = {}
    for row in db.scalars(
        select(BotDecision.slots)
        .where(BotDecision.conversation_id == conversation.id, BotDecision.message_id < before_id)
        .order_by(BotDecision.message_id)
    ):
        slots.update(row or {})
    return slots


def build_context(
    db: Session,
    shop: Shop,
    conversation: Conversation,
    buyer: Buyer,
    message_id: int,
    now: datetime,
    tone: str | None,
) -> BotContext:
    orders = db.scalars(
        select(Order)
        .where(Order.buyer_id == buyer.id, Order.shop_id == shop.id)
        .options(
            selectinload(Order.shipments).selectinload(Shipment.events),
            selectinload(Order.items),
            selectinload(Order.payments),
        )
        .order_by(Order.placed_at.desc())
        .limit(MAX_ORDERS)
    ).all()
    return BotContext(
        shop_name=shop.name,
        shop_tz=shop.timezone,
        marketplace=shop.marketplace,
        buyer_name=buyer.name or buyer.nickname or "",
        buyer_tz=buyer.timezone or shop.timezone,
        orders=tuple(order_facts(db, o, now) for o in orders),
        linked_order_id=conversation.order_id,
        products=product_facts(db, shop.id),
        history=history_of(db, conversation, message_id),
        tone=tone,
        remembered=remembered_slots(db, conversation, message_id),
    )
