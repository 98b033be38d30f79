"""Gather what the bot may say from the shop's data: the buyer's orders with tracking and the rules
engine's deadlines, the shop's products with knowledge files, the conversation so far. Reads only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kefu.bot.cache import LOCK, remember, scoped
from kefu.bot.facts import BotContext, KnowledgeFacts, OrderFacts, ProductFacts, Turn
from kefu.bot.models import BotDecision
from kefu.bot.text import traditional
from kefu.buyers.models import Buyer
from kefu.catalog.models import Product, ProductKnowledge
from kefu.conversations.models import Conversation, Message
from kefu.orders.models import Order, OrderItem, Shipment, ShipmentEvent
from kefu.replies.formatting import TrackingEvent
from kefu.rules.decision import Status
from kefu.rules.service import evaluate_stored_order
from kefu.shops.models import Shop

# Orders in these states can still raise a question the rules engine answers.
_EVALUATED = ("created", "paid", "shipped", "delivered", "confirmed", "refunded", "reviewed")
MAX_ORDERS = 8
HISTORY = 30


@dataclass(frozen=True)
class _RuleFacts:
    ship_by: datetime | None = None
    ship_by_rule: str | None = None
    return_deadline: datetime | None = None
    return_rule: str | None = None
    return_eligible: bool | None = None
    freight: tuple[tuple[str, tuple[str, str]], ...] = ()


# The rules engine's answers for an order change only when the order changes or the clock crosses
# one of its deadlines. Cache them per order, keyed by what the evaluation reads, and reuse them
# until the next deadline (at most RULES_TTL, so a shop's rule override is seen soon enough):
# a buyer's follow-up questions in the same chat then cost no evaluation.
RULES_TTL = timedelta(minutes=5)
_RULES_MAX = 4096


@dataclass(frozen=True)
class OrderRow:
    """One order as the bot reads it: plain columns, its shipments and items (no ORM objects)."""

    id: int
    order_number: str
    status: str
    currency: str
    total: Decimal
    refunded_amount: Decimal
    refund_status: str
    updated_at: datetime
    delivered_at: datetime | None
    # (id, carrier, tracking number, shipped_at, delivered_at), oldest first.
    shipments: tuple[tuple[int, str, str, datetime, datetime | None], ...] = ()
    # (title, product id)
    items: tuple[tuple[str, int | None], ...] = ()

    @property
    def rules_key(self) -> tuple[object, ...]:
        return (self.updated_at, self.status, self.refund_status,
                tuple((sh[0], sh[3], sh[4]) for sh in self.shipments))  # fmt: skip


def _evaluate(db: Session, row: OrderRow, now: datetime) -> _RuleFacts:
    order = db.get(Order, row.id)
    assert order is not None
    ship_by = ship_rule = return_at = return_rule = None
    eligible: bool | None = None
    freight: dict[str, tuple[str, str]] = {}
    horizon = now + RULES_TTL
    rules = evaluate_stored_order(db, order, now)
    for decision in rules.decisions:
        for d in decision.deadlines:
            if now < d.at < horizon:
                horizon = d.at
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
                freight[decision.answer] = (legs.return_leg, legs.decided_by.get("return_leg", ""))
    facts = _RuleFacts(ship_by, ship_rule, return_at, return_rule, eligible, tuple(freight.items()))
    remember(scoped(db, "rules"), row.id, (row.rules_key, now, horizon, facts), _RULES_MAX)
    return facts


def rule_facts(db: Session, row: OrderRow, now: datetime) -> _RuleFacts:
    """The rules engine's answers for the order, from the cache while they still hold."""
    with LOCK:
        cached: tuple[tuple[object, ...], datetime, datetime, _RuleFacts] | None = scoped(
            db, "rules"
        ).get(row.id)
    if cached is not None:
        key, since, until, facts = cached
        if key == row.rules_key and since <= now < until:
            return facts
    return _evaluate(db, row, now)


def last_events(db: Session, shipment_ids: list[int]) -> dict[int, TrackingEvent]:
    found: dict[int, TrackingEvent] = {}
    if not shipment_ids:
        return found
    for ev in db.execute(
        select(ShipmentEvent.shipment_id, ShipmentEvent.description, ShipmentEvent.at,
               ShipmentEvent.location)
        .where(ShipmentEvent.shipment_id.in_(shipment_ids))
        .order_by(ShipmentEvent.at, ShipmentEvent.id)
    ):  # fmt: skip
        found[ev.shipment_id] = TrackingEvent(description=ev.description, at=ev.at,
                                              location=ev.location or None)  # fmt: skip
    return found


def order_facts(
    db: Session, row: OrderRow, now: datetime, *, rules: bool = True,
    events: dict[int, TrackingEvent] | None = None,
) -> OrderFacts:  # fmt: skip
    """What the bot may say about an order. With rules=False (the message is not about an order)
    the rules engine is not asked."""
    shipment = row.shipments[-1] if row.shipments else None
    event = (events or {}).get(shipment[0]) if shipment is not None else None
    r = rule_facts(db, row, now) if rules and row.status in _EVALUATED else _RuleFacts()
    return OrderFacts(
        id=row.id,
        order_number=row.order_number,
        status=row.status,
        currency=row.currency,
        total=row.total,
        refunded_amount=row.refunded_amount,
        refund_status=row.refund_status,
        items=tuple(title for title, _ in row.items),
        product_ids=tuple(pid for _, pid in row.items if pid is not None),
        carrier=shipment[1] if shipment else None,
        tracking_no=shipment[2] if shipment else None,
        last_event=event,
        delivered=bool(row.delivered_at or (shipment and shipment[4])),
        ship_by=r.ship_by,
        ship_by_rule=r.ship_by_rule,
        return_deadline=r.return_deadline,
        return_rule=r.return_rule,
        return_eligible=r.return_eligible,
        freight=dict(r.freight),
    )


# Product knowledge changes rarely and is read on every message: cache it per shop, keyed by the
# newest update time so an edit is seen on the next message.


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
    with LOCK:
        cached: tuple[tuple[object, ...], tuple[ProductFacts, ...]] | None = scoped(
            db, "products"
        ).get(shop_id)
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
    remember(scoped(db, "products"), shop_id, (key, result), 1024)
    return result


def history_of(db: Session, conversation: Conversation, before_id: int) -> tuple[
        tuple[Turn, ...], dict[str, str]]:  # fmt: skip
    """The conversation's last turns (messages and the bot's decisions, in order) and the slots
    the bot remembered from earlier buyer messages."""
    messages = db.execute(
        select(Message.id, Message.sender_kind, Message.text)
        .where(
            Message.conversation_id == conversation.id,
            Message.id < before_id,
            Message.internal.is_(False),
        )
        .order_by(Message.id.desc())
        .limit(HISTORY)
    ).all()
    decisions = db.execute(
        select(BotDecision.message_id, BotDecision.reason, BotDecision.intent, BotDecision.action,
               BotDecision.slots)
        .where(BotDecision.conversation_id == conversation.id, BotDecision.message_id < before_id)
        .order_by(BotDecision.message_id)
    ).all()  # fmt: skip
    slots: dict[str, str] = {}
    for d in decisions:
        slots.update(d.slots or {})
    turns: list[tuple[int, int, Turn]] = [
        (m.id, 0, Turn(sender=m.sender_kind, text=m.text)) for m in messages
    ]
    turns += [
        (d.message_id, 1, Turn(sender="bot_decision", text=d.reason, intent=d.intent,
                               action=d.action))
        for d in decisions[-HISTORY:]
    ]  # fmt: skip
    turns.sort(key=lambda t: (t[0], t[1]))
    return tuple(t[2] for t in turns), slots


def recent_orders(db: Session, shop: Shop, buyer: Buyer) -> list[OrderRow]:
    """The buyer's newest orders in this shop, read as plain rows in three small queries."""
    rows = db.execute(
        select(Order.id, Order.order_number, Order.status, Order.currency, Order.total,
               Order.refunded_amount, Order.refund_status, Order.updated_at, Order.delivered_at)
        .where(Order.buyer_id == buyer.id, Order.shop_id == shop.id)
        .order_by(Order.placed_at.desc())
        .limit(MAX_ORDERS)
    ).all()  # fmt: skip
    if not rows:
        return []
    ids = [r.id for r in rows]
    shipments: dict[int, list[tuple[int, str, str, datetime, datetime | None]]] = {}
    for sh in db.execute(
        select(Shipment.order_id, Shipment.id, Shipment.carrier, Shipment.tracking_number,
               Shipment.shipped_at, Shipment.delivered_at)
        .where(Shipment.order_id.in_(ids))
        .order_by(Shipment.id)
    ):  # fmt: skip
        shipments.setdefault(sh.order_id, []).append(
            (sh.id, sh.carrier, sh.tracking_number, sh.shipped_at, sh.delivered_at))  # fmt: skip
    items: dict[int, list[tuple[str, int | None]]] = {}
    for it in db.execute(
        select(OrderItem.order_id, OrderItem.title, OrderItem.product_id)
        .where(OrderItem.order_id.in_(ids))
        .order_by(OrderItem.id)
    ):  # fmt: skip
        items.setdefault(it.order_id, []).append((it.title, it.product_id))
    return [
        OrderRow(r.id, r.order_number, r.status, r.currency, r.total, r.refunded_amount,
                 r.refund_status, r.updated_at, r.delivered_at,
                 tuple(shipments.get(r.id, ())), tuple(items.get(r.id, ())))
        for r in rows
    ]  # fmt: skip


def build_context(
    db: Session,
    shop: Shop,
    conversation: Conversation,
    buyer: Buyer,
    message_id: int,
    now: datetime,
    tone: str | None,
    *,
    rules: bool = True,
    orders: list[OrderRow] | None = None,
) -> BotContext:
    """Everything decide() reads. rules=False when the message's intent is not about an order:
    the rules engine is then not asked (the bot's biggest per-order cost)."""
    if orders is None:
        orders = recent_orders(db, shop, buyer)
    events = last_events(db, [o.shipments[-1][0] for o in orders if o.shipments]) if rules else {}
    history, remembered = history_of(db, conversation, message_id)
    return BotContext(
        shop_name=shop.name,
        shop_tz=shop.timezone,
        marketplace=shop.marketplace,
        buyer_name=buyer.name or buyer.nickname or "",
        buyer_tz=buyer.timezone or shop.timezone,
        orders=tuple(order_facts(db, o, now, rules=rules, events=events) for o in orders),
        linked_order_id=conversation.order_id,
        products=product_facts(db, shop.id),
        history=history,
        tone=tone,
        remembered=remembered,
    )
