"""Orders: creation, the lifecycle (through the transition table), payments, refunds, shipments,
tracking events and reviews. Every change is stamped and audited in the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from kefu.api.scope import scoped
from kefu.audit import service as audit
from kefu.auth.principal import Principal
from kefu.buyers.models import Buyer
from kefu.errors import Conflict, IllegalTransition, NotFound, ValidationFailed
from kefu.followups.service import on_order_changed, on_review_added
from kefu.orders.models import (
    Order,
    OrderItem,
    OrderTransition,
    Payment,
    Review,
    Shipment,
    ShipmentEvent,
)
from kefu.orders.schemas import (
    OrderCreate,
    OrderUpdate,
    PaymentIn,
    RefundIn,
    ReviewIn,
    ShipmentEventIn,
    ShipmentIn,
)
from kefu.orders.states import PAID_STATES, STAMP_COLUMN, check_transition

CENT = Decimal("0.01")

_ORDER_DETAIL = (
    selectinload(Order.items),
    selectinload(Order.payments),
    selectinload(Order.shipments).selectinload(Shipment.events),
    selectinload(Order.transitions),
)


def access_order(db: Session, principal: Principal, order_id: int) -> Order:
    order = db.get(Order, order_id, options=list(_ORDER_DETAIL))
    if order is None or order.shop_id not in principal.shop_ids:
        raise NotFound(f"order {order_id} not found")
    return order


def access_order_by_ref(db: Session, principal: Principal, ref: str) -> Order:
    """An order by its id or its order number (what an agent types)."""
    if ref.isdigit():
        order = db.get(Order, int(ref))
        if order is not None and order.shop_id in principal.shop_ids:
            return access_order(db, principal, order.id)
    found = db.scalars(
        select(Order.id).where(Order.order_number == ref, Order.shop_id.in_(principal.shop_ids))
    ).all()
    if len(found) == 1:
        return access_order(db, principal, found[0])
    if len(found) > 1:
        raise Conflict(f"order number {ref!r} exists in several of your shops; use the order id")
    raise NotFound(f"order {ref!r} not found")


def get_order(db: Session, order_id: int) -> Order:
    """Unscoped load for system code that has already authorised the call (scheduler, bot)."""
    order = db.get(Order, order_id, options=list(_ORDER_DETAIL))
    if order is None:
        raise NotFound(f"order {order_id} not found")
    return order


def order_query(
    principal: Principal,
    *,
    shop_id: int | None,
    status: str | None,
    buyer_id: int | None,
    q: str | None,
) -> Select[tuple[Order]]:
    query = scoped(select(Order), Order.shop_id, principal, shop_id).order_by(
        Order.placed_at.desc(), Order.id.desc()
    )
    if status:
        query = query.where(Order.status == status)
    if buyer_id:
        query = query.where(Order.buyer_id == buyer_id)
    if q:
        query = query.where(Order.order_number == q)
    return query


def orders_of_buyer(db: Session, buyer_id: int, limit: int = 50) -> list[Order]:
    return list(
        db.scalars(
            select(Order)
            .where(Order.buyer_id == buyer_id)
            .order_by(Order.placed_at.desc())
            .limit(limit)
        )
    )


def do_create_order(
    db: Session, data: OrderCreate, now: datetime, *, actor: str, user_id: int | None = None
) -> Order:
    buyer = db.get(Buyer, data.buyer_id)
    if buyer is None or buyer.shop_id != data.shop_id:
        raise NotFound(f"buyer {data.buyer_id} not found in shop {data.shop_id}")
    exists = db.scalar(
        select(Order.id).where(
            Order.shop_id == data.shop_id, Order.order_number == data.order_number
        )
    )
    if exists is not None:
        raise Conflict(f"order number {data.order_number!r} already exists in shop {data.shop_id}")
    items_total = sum((i.unit_price * i.quantity for i in data.items), Decimal("0")).quantize(CENT)
    total = (items_total + data.shipping_fee - data.discount).quantize(CENT)
    if total < 0:
        raise ValidationFailed("the discount is larger than the order's amount")
    placed_at = data.placed_at or now
    order = Order(
        shop_id=data.shop_id,
        buyer_id=data.buyer_id,
        order_number=data.order_number,
        status="created",
        refund_status="none",
        currency=data.currency,
        items_total=items_total,
        shipping_fee=data.shipping_fee,
        discount=data.discount,
        total=total,
        refunded_amount=Decimal("0"),
        free_shipping=data.free_shipping,
        ship_by=data.ship_by,
        promised_ship_by=data.promised_ship_by,
        placed_at=placed_at,
        shipping_address=data.shipping_address.model_dump(),
        buyer_note=data.buyer_note,
        seller_note="",
        source=actor if actor in ("import", "demo") else "api",
        updated_at=now,
    )
    order.items = [OrderItem(**item.model_dump()) for item in data.items]
    order.transitions = [
        OrderTransition(from_status=None, to_status="created", at=placed_at, actor=actor, reason="")
    ]
    order.payments, order.shipments = [], []
    db.add(order)
    db.flush()
    on_order_changed(db, order, now)  # C9: follow-ups are scheduled in the same transaction
    audit.record(
        db,
        at=now,
        action="order.create",
        entity="order",
        entity_id=order.id,
        user_id=user_id,
        shop_id=order.shop_id,
        changes={"order_number": order.order_number, "total": total},
        actor_kind="user" if user_id else actor,
    )
    return order


def do_transition(
    db: Session,
    order: Order,
    target: str,
    *,
    at: datetime,
    actor: str,
    now: datetime,
    reason: str = "",
    user_id: int | None = None,
) -> Order:
    """Move an order along its lifecycle; the only code that changes `order.status`."""
    check_transition(order.status, target)
    previous = order.transitions[-1].at if order.transitions else order.placed_at
    if at < previous:
        raise IllegalTransition(
            f"order {order.order_number}: {target} at {at.isoformat()} is before the previous step "
            f"({previous.isoformat()})"
        )
    order.transitions.append(
        OrderTransition(
            from_status=order.status, to_status=target, at=at, actor=actor, reason=reason
        )
    )
    setattr(order, STAMP_COLUMN[target], at)
    if target == "refunded":
        order.refund_status = "full"
        order.refunded_amount = order.total
    audit.record(
        db,
        at=now,
        action="order.transition",
        entity="order",
        entity_id=order.id,
        user_id=user_id,
        shop_id=order.shop_id,
        changes={"status": [order.status, target], "reason": reason},
        actor_kind="user" if user_id else actor,
    )
    order.status = target
    order.updated_at = now
    on_order_changed(db, order, now)  # C9: reschedule or cancel follow-ups for the new state
    db.flush()
    return order


def do_update_order(
    db: Session, principal: Principal, order_id: int, data: OrderUpdate, now: datetime
) -> Order:
    order = access_order(db, principal, order_id)
    updates = data.model_dump(exclude_unset=True)
    changes = audit.diff(order, updates)
    for key, value in updates.items():
        setattr(order, key, value)
    if changes:
        order.updated_at = now
        audit.record(
            db,
            at=now,
            action="order.update",
            entity="order",
            entity_id=order.id,
            user_id=principal.user_id,
            shop_id=order.shop_id,
            changes=changes,
        )
    return order


def do_add_payment(
    db: Session,
    order: Order,
    data: PaymentIn,
    *,
    actor: str,
    now: datetime,
    user_id: int | None = None,
) -> Payment:
    if order.status not in {"created", *PAID_STATES}:
        raise IllegalTransition(
            f"order {order.order_number} is {order.status}; it takes no payment"
        )
    payment = Payment(
        paid_at=data.paid_at,
        channel=data.channel,
        amount=data.amount,
        currency=order.currency,
        reference=data.reference,
    )
    order.payments.append(payment)
    paid = sum((p.amount for p in order.payments), Decimal("0"))
    if order.status == "created" and paid >= order.total:
        do_transition(db, order, "paid", at=data.paid_at, actor=actor, now=now, user_id=user_id)
    db.flush()
    return payment


def do_refund(
    db: Session,
    order: Order,
    data: RefundIn,
    *,
    actor: str,
    now: datetime,
    user_id: int | None = None,
) -> Order:
    if order.status not in PAID_STATES:
        raise IllegalTransition(f"order {order.order_number} is {order.status}; nothing to refund")
    new_total = order.refunded_amount + data.amount
    if new_total > order.total:
        raise ValidationFailed(
            f"refund of {data.amount} would exceed the order total {order.total} "
            f"(already refunded {order.refunded_amount})"
        )
    at = data.at or now
    if new_total == order.total:
        return do_transition(
            db, order, "refunded", at=at, actor=actor, now=now, reason=data.reason, user_id=user_id
        )
    order.refunded_amount = new_total
    order.refund_status = "partial"
    order.updated_at = now
    audit.record(
        db,
        at=now,
        action="order.partial_refund",
        entity="order",
        entity_id=order.id,
        user_id=user_id,
        shop_id=order.shop_id,
        changes={"amount": data.amount, "reason": data.reason},
        actor_kind="user" if user_id else actor,
    )
    return order


def do_add_shipment(
    db: Session,
    order: Order,
    data: ShipmentIn,
    *,
    actor: str,
    now: datetime,
    user_id: int | None = None,
) -> Shipment:
    if order.status not in ("paid", "shipped"):
        raise IllegalTransition(
            f"order {order.order_number} is {order.status}; only a paid order can be shipped"
        )
    shipment = Shipment(
        carrier=data.carrier, tracking_number=data.tracking_number, shipped_at=data.shipped_at
    )
    shipment.events = []
    order.shipments.append(shipment)
    if order.status == "paid":
        do_transition(
            db, order, "shipped", at=data.shipped_at, actor=actor, now=now, user_id=user_id
        )
    db.flush()
    return shipment


def access_shipment(db: Session, principal: Principal, shipment_id: int) -> Shipment:
    shipment = db.get(Shipment, shipment_id)
    if shipment is None:
        raise NotFound(f"shipment {shipment_id} not found")
    access_order(db, principal, shipment.order_id)
    return shipment


def do_add_tracking_event(
    db: Session, shipment: Shipment, data: ShipmentEventIn, *, actor: str, now: datetime
) -> ShipmentEvent:
    event = ShipmentEvent(
        at=data.at, location=data.location, description=data.description, code=data.code
    )
    shipment.events.append(event)
    if data.code == "delivered" and shipment.delivered_at is None:
        shipment.delivered_at = data.at
        order = shipment.order
        if order.status == "shipped":
            do_transition(db, order, "delivered", at=data.at, actor=actor, now=now)
    db.flush()
    return event


def do_add_review(
    db: Session,
    data: ReviewIn,
    *,
    shop_id: int,
    actor: str,
    now: datetime,
    user_id: int | None = None,
) -> Review:
    order = db.get(Order, data.order_id)
    if order is None or order.shop_id != shop_id:
        raise NotFound(f"order {data.order_id} not found")
    if order.status not in ("delivered", "confirmed", "reviewed"):
        raise IllegalTransition(
            f"order {order.order_number} is {order.status}; it cannot be reviewed yet"
        )
    created = data.created_at or now
    review = Review(
        shop_id=order.shop_id,
        order_id=order.id,
        buyer_id=order.buyer_id,
        product_id=data.product_id,
        rating=data.rating,
        text=data.text,
        lang=data.lang,
        created_at=created,
    )
    db.add(review)
    if order.status == "confirmed":
        do_transition(db, order, "reviewed", at=created, actor=actor, now=now, user_id=user_id)
    db.flush()
    on_review_added(db, review, now)  # C9: thanks for a good review, alert for a bad one
    return review


def access_review(db: Session, principal: Principal, review_id: int) -> Review:
    review = db.get(Review, review_id)
    if review is None or review.shop_id not in principal.shop_ids:
        raise NotFound(f"review {review_id} not found")
    return review


def review_query(
    principal: Principal, *, shop_id: int | None, max_rating: int | None, product_id: int | None
) -> Select[tuple[Review]]:
    query = scoped(select(Review), Review.shop_id, principal, shop_id).order_by(
        Review.created_at.desc()
    )
    if max_rating:
        query = query.where(Review.rating <= max_rating)
    if product_id:
        query = query.where(Review.product_id == product_id)
    return query


def do_reply_review(
    db: Session, principal: Principal, review_id: int, reply_text: str, now: datetime
) -> Review:
    """A public reply to a review: everyone can read it, so the guard checks it like any reply."""
    from kefu.errors import GuardBlocked
    from kefu.guard import check
    from kefu.shops.service import get_shop

    review = access_review(db, principal, review_id)
    shop = get_shop(db, review.shop_id)
    result = check(reply_text, "out", shop.marketplace, review.lang, principal.ui_lang)
    if result.blocked:
        raise GuardBlocked(
            "not published: "
            + "; ".join(f.reason for f in result.findings if f.severity == "block"),
            findings=[f.as_dict() for f in result.findings],
        )
    review.reply_text = reply_text
    review.replied_at = now
    audit.record(
        db,
        at=now,
        action="review.reply",
        entity="review",
        entity_id=review.id,
        user_id=principal.user_id,
        shop_id=review.shop_id,
        changes={"reply_text": reply_text},
    )
    return review
