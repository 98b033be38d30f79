"""Load the demo shops into a database: plan the world from a seed (kefu/demo/plan.py), then
replay it through the domain services so demo rows obey the same rules as real ones.

Three things have no service yet and are written directly: the platform's own deadline fields on
an order (`auto_close_at`, `auto_confirm_at`, which imports would carry), a review's shop reply
(the reply endpoint sets the columns in the router), and a shipment's earlier scans: the tracking
service flushes per event, so a scan history is appended as a batch and only its last event (the
one that may deliver the order) goes through `do_add_tracking_event`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.aftersales.schemas import CaseOpen, OutcomeIn
from kefu.aftersales.service import do_open_case, do_record_outcome, do_transition_case
from kefu.auth.principal import Principal
from kefu.auth.service import do_create_user
from kefu.buyers.models import Buyer
from kefu.buyers.schemas import BuyerCreate
from kefu.buyers.service import do_create_buyer
from kefu.catalog.models import Product, ProductKnowledge, ProductVariant
from kefu.catalog.schemas import KnowledgeIn, ProductCreate, VariantIn
from kefu.catalog.service import do_create_product
from kefu.clock import require_aware
from kefu.conversations.models import Conversation, Message
from kefu.conversations.schemas import ConversationUpdate
from kefu.conversations.service import (
    do_add_buyer_message,
    do_add_outgoing_message,
    do_create_conversation,
    do_update_conversation,
)
from kefu.demo.content import load_content
from kefu.demo.personas import DEMO_PASSWORD, DEMO_USERS, PERSONAS, DemoUser, Persona
from kefu.demo.plan import DemoPlan, plan_demo
from kefu.demo.timeline import Move, Pay, PlannedOrder, Rate, Refund, Ship
from kefu.followups.service import do_cancel_due_before
from kefu.orders.models import Order, Payment, Review, Shipment, ShipmentEvent
from kefu.orders.schemas import (
    AddressIn,
    ItemIn,
    OrderCreate,
    PaymentIn,
    RefundIn,
    ReviewIn,
    ShipmentEventIn,
    ShipmentIn,
)
from kefu.orders.service import (
    do_add_payment,
    do_add_review,
    do_add_shipment,
    do_add_tracking_event,
    do_create_order,
    do_refund,
    do_transition,
)
from kefu.orders.states import ORDER_STATUSES
from kefu.replies.service import do_seed_shop_library
from kefu.shops.models import Shop
from kefu.shops.schemas import ShopCreate
from kefu.shops.service import do_create_shop

__all__ = [
    "DEMO_PASSWORD",
    "DEMO_USERS",
    "PERSONAS",
    "DemoSummary",
    "DemoUser",
    "Persona",
    "load_demo",
]

ACTOR: Final[str] = "demo"
# Follow-ups due within this window before `now` stay queued for the worker; older ones are
# history (see `_Loader.settle_followups`).
FOLLOWUP_HISTORY: Final[timedelta] = timedelta(hours=6)


@dataclass(frozen=True)
class DemoSummary:
    """What a load put into the database, counted back from the tables afterwards."""

    shops: int
    users: int
    products: int
    variants: int
    knowledge_files: int
    buyers: int
    orders: int
    orders_by_status: dict[str, int]
    partial_refunds: int
    payments: int
    shipments: int
    tracking_events: int
    reviews: int
    review_replies: int
    conversations: int
    messages: int
    seconds: float
    cpu_seconds: float
    shop_ids: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        states = ", ".join(f"{k} {v}" for k, v in self.orders_by_status.items())
        return (
            f"demo loaded in {self.seconds:.1f} s: {self.shops} shops, {self.users} users, "
            f"{self.products} products ({self.variants} variants, {self.knowledge_files} knowledge "
            f"files), {self.buyers} buyers, {self.orders} orders ({states}; partial refunds "
            f"{self.partial_refunds}), {self.payments} payments, {self.shipments} shipments, "
            f"{self.tracking_events} tracking events, {self.reviews} reviews "
            f"({self.review_replies} replied), {self.conversations} conversations, "
            f"{self.messages} messages ({self.cpu_seconds:.1f} s CPU)"
        )


class _Loader:
    def __init__(self, db: Session, plan: DemoPlan) -> None:
        self.db = db
        self.plan = plan
        self.now = plan.now
        self.shops: dict[str, Shop] = {}
        self.users: dict[str, int] = {}
        self.products: dict[str, Product] = {}
        self.variants: dict[str, ProductVariant] = {}
        self.buyers: dict[tuple[str, str], Buyer] = {}
        self.orders: dict[tuple[str, str], Order] = {}
        # (shop, order number) -> the buyer's first message in the chat about that order
        self.first_buyer_message: dict[tuple[str, str], int] = {}

    def shops_and_users(self) -> None:
        content = load_content()
        opened = self.now - timedelta(days=730)
        for key, shop_def in content.shops.shops.items():
            data = ShopCreate(
                name=shop_def.name,
                slug=shop_def.slug,
                marketplace=shop_def.marketplace,
                currency=shop_def.currency,
                timezone=shop_def.timezone,
                languages=shop_def.languages,
            )
            self.shops[key] = do_create_shop(self.db, data, now=opened)
            # The shop's quick replies: the shipped library in its languages, as a new shop gets.
            do_seed_shop_library(self.db, self.shops[key], opened)
        hired = self.now - timedelta(days=400)
        for user in DEMO_USERS:
            created = do_create_user(
                self.db,
                email=user.email,
                name=user.name,
                password=DEMO_PASSWORD,
                role=user.role,
                shop_ids=[self.shops[s].id for s in user.shops],
                now=hired,
                ui_lang=user.ui_lang,
            )
            self.users[user.email] = created.id

    def catalogue(self) -> None:
        listed = self.now - timedelta(days=700)
        for planned in self.plan.products:
            data = ProductCreate(
                shop_id=self.shops[planned.shop].id,
                code=planned.code,
                title=planned.title,
                category=planned.category,
                price=planned.price,
                currency=planned.currency,
                variants=[
                    VariantIn(sku=v.sku, color=v.color, size=v.size, price=v.price, stock=v.stock)
                    for v in planned.variants
                ],
                knowledge={
                    lang: KnowledgeIn(**knowledge) for lang, knowledge in planned.knowledge.items()
                },
            )
            product = do_create_product(self.db, data, now=listed)
            self.products[planned.code] = product
            for variant in product.variants:
                self.variants[variant.sku] = variant

    def buyers_(self) -> None:
        for planned in self.plan.buyers:
            data = BuyerCreate(
                shop_id=self.shops[planned.shop].id,
                external_id=planned.external_id,
                name=planned.name,
                nickname=planned.nickname,
                country=planned.country,
                language=planned.language,
                timezone=planned.timezone,
                email=planned.email,
                phone=planned.phone,
                contacts=planned.contacts,
                tags=list(planned.tags),
                notes=planned.notes,
            )
            buyer = do_create_buyer(self.db, data, now=planned.created_at)
            self.buyers[(planned.shop, planned.external_id)] = buyer

    def order(self, planned: PlannedOrder) -> None:
        db = self.db
        shop = self.shops[planned.shop]
        items = []
        for line in planned.lines:
            variant = self.variants[line.sku]
            items.append(
                ItemIn(
                    product_id=variant.product_id,
                    variant_id=variant.id,
                    title=line.title,
                    sku=line.sku,
                    category=line.category,
                    quantity=line.quantity,
                    unit_price=line.unit_price,
                )
            )
        data = OrderCreate(
            shop_id=shop.id,
            buyer_id=self.buyers[(planned.shop, planned.buyer)].id,
            order_number=planned.number,
            currency=planned.currency,
            items=items,
            shipping_fee=planned.shipping_fee,
            discount=planned.discount,
            free_shipping=planned.free_shipping,
            placed_at=planned.placed_at,
            ship_by=planned.ship_by,
            shipping_address=AddressIn(**planned.address),
            buyer_note=planned.buyer_note,
        )
        order = do_create_order(db, data, planned.placed_at, actor=ACTOR)
        # Platform deadline fields: no service sets them (imports will); see the module docstring.
        order.auto_close_at = planned.auto_close_at
        order.auto_confirm_at = planned.auto_confirm_at
        for action in planned.actions:
            if isinstance(action, Pay):
                payment = PaymentIn(
                    paid_at=action.at,
                    channel=action.channel,
                    amount=order.total,
                    reference=action.reference,
                )
                do_add_payment(db, order, payment, actor=ACTOR, now=action.at)
            elif isinstance(action, Ship):
                shipment = do_add_shipment(
                    db,
                    order,
                    ShipmentIn(
                        carrier=action.carrier_name,
                        tracking_number=action.tracking_number,
                        shipped_at=action.at,
                    ),
                    actor=ACTOR,
                    now=action.at,
                )
                for number, event in enumerate(action.events, start=1):
                    scan = ShipmentEventIn(
                        at=event.at,
                        location=event.location,
                        description=event.description,
                        code=event.code,
                    )
                    if number < len(action.events) and event.code != "delivered":
                        # The service flushes once per event; a carrier's scan history arrives
                        # as a batch, so all but the last are appended in one go (see docstring).
                        shipment.events.append(
                            ShipmentEvent(
                                at=scan.at,
                                location=scan.location,
                                description=scan.description,
                                code=scan.code,
                            )
                        )
                        continue
                    do_add_tracking_event(db, shipment, scan, actor=ACTOR, now=event.at)
            elif isinstance(action, Move):
                do_transition(
                    db,
                    order,
                    action.target,
                    at=action.at,
                    actor=action.actor,
                    now=action.at,
                    reason=action.reason,
                )
            elif isinstance(action, Refund):
                do_refund(
                    db,
                    order,
                    RefundIn(amount=action.amount, at=action.at, reason=action.reason),
                    actor=ACTOR,
                    now=action.at,
                )
            elif isinstance(action, Rate):
                review = do_add_review(
                    db,
                    ReviewIn(
                        order_id=order.id,
                        product_id=self.products[action.product_code].id,
                        rating=action.rating,
                        text=action.text,
                        lang=action.lang,
                        created_at=action.at,
                    ),
                    shop_id=shop.id,
                    actor=ACTOR,
                    now=action.at,
                )
                if action.reply is not None:  # no service for replies yet; see the docstring
                    review.reply_text = action.reply
                    review.replied_at = action.reply_at
        self.orders[(planned.shop, planned.number)] = order

    def conversations(self) -> None:
        db = self.db
        for index, planned in enumerate(self.plan.conversations, start=1):
            shop = self.shops[planned.shop]
            buyer = self.buyers[(planned.shop, planned.buyer)]
            order = (
                self.orders[(planned.shop, planned.order_number)] if planned.order_number else None
            )
            first = planned.messages[0].at
            assignee = self.users[planned.assignee] if planned.assignee else None
            conversation = do_create_conversation(
                db,
                {
                    "shop_id": shop.id,
                    "buyer_id": buyer.id,
                    "channel": planned.channel,
                    "stage": planned.stage,
                    "order_id": order.id if order else None,
                    "subject": planned.subject,
                    "language": planned.language,
                    "assignee_id": assignee,
                },
                first,
            )
            for turn, message in enumerate(planned.messages, start=1):
                if message.sender == "buyer":
                    stored, _ = do_add_buyer_message(
                        db,
                        conversation,
                        text=message.text,
                        client_message_id=f"demo-{planned.shop}-{index:04d}-{turn:02d}",
                        now=message.at,
                        lang=planned.language,
                    )
                    if planned.order_number:
                        key = (planned.shop, planned.order_number)
                        self.first_buyer_message.setdefault(key, stored.id)
                else:
                    do_add_outgoing_message(
                        db,
                        conversation,
                        text=message.text,
                        sender_kind=message.sender,
                        now=message.at,
                        user_id=assignee if message.sender == "agent" else None,
                        meta={"demo_script": planned.script, "intent": planned.intent},
                    )
            if planned.end in ("resolved", "waiting") and assignee is not None:
                user = next(u for u in DEMO_USERS if u.email == planned.assignee)
                principal = Principal(
                    user_id=assignee,
                    name=user.name,
                    email=user.email,
                    role=user.role,
                    shop_ids=frozenset({shop.id}),
                    ui_lang=user.ui_lang,
                )
                closed_at = planned.messages[-1].at + timedelta(minutes=2)
                do_update_conversation(
                    db,
                    principal,
                    conversation,
                    ConversationUpdate(status=planned.end),
                    min(closed_at, self.now),
                )

    def cases(self) -> None:
        """Open and work the planned cases through the after-sales service, at their own times."""
        db = self.db
        users = {u.email: u for u in DEMO_USERS}
        for planned in self.plan.cases:
            shop = self.shops[planned.shop]
            order = self.orders[(planned.shop, planned.order_number)]
            user = users[planned.agent]
            principal = Principal(
                user_id=self.users[user.email],
                name=user.name,
                email=user.email,
                role=user.role,
                shop_ids=frozenset({shop.id}),
                ui_lang=user.ui_lang,
            )
            message_id = (
                self.first_buyer_message.get((planned.shop, planned.order_number))
                if planned.from_chat
                else None
            )
            anchor = {"message_id": message_id} if message_id else {"order_id": order.id}
            case = do_open_case(
                db,
                principal,
                CaseOpen(
                    case_type=planned.case_type,
                    reason_code=planned.reason,
                    description=planned.description,
                    **anchor,
                ),
                now=planned.opened_at,
            )
            for move in planned.moves:
                do_transition_case(
                    db,
                    case,
                    move.to,
                    now=move.at,
                    user_id=principal.user_id,
                    note=move.note,
                    platform_due_at=move.platform_due_at,
                )
                outcome = planned.outcome
                if outcome is not None and move.to == planned.outcome_after:
                    do_record_outcome(
                        db,
                        case,
                        OutcomeIn(
                            kind=outcome.kind,
                            amount=outcome.amount,
                            carrier=outcome.carrier,
                            tracking_number=outcome.tracking_number,
                            at=outcome.at,
                        ),
                        now=outcome.at,
                        user_id=principal.user_id,
                    )

    def settle_followups(self) -> int:
        """The orders were replayed as they happened, so their follow-ups were scheduled then.
        What fell due long before `now` would have run back then; sending it now would reach
        buyers late and out of context, so it is cancelled with that reason. Later ones stay
        queued (the shop's worker sends them), which is the queue the demo shows."""
        return do_cancel_due_before(
            self.db,
            before=self.now - FOLLOWUP_HISTORY,
            now=self.now,
            reason="demo history: due before the demo shop was loaded",
        )


def _count(db: Session, model: type[object]) -> int:
    return int(db.scalar(select(func.count()).select_from(model)) or 0)


def summarise(
    db: Session, seconds: float, cpu_seconds: float, shop_ids: dict[str, int] | None = None
) -> DemoSummary:
    by_status = dict(db.execute(select(Order.status, func.count()).group_by(Order.status)).all())
    return DemoSummary(
        shops=_count(db, Shop),
        users=len(DEMO_USERS),
        products=_count(db, Product),
        variants=_count(db, ProductVariant),
        knowledge_files=_count(db, ProductKnowledge),
        buyers=_count(db, Buyer),
        orders=_count(db, Order),
        orders_by_status={s: int(by_status.get(s, 0)) for s in ORDER_STATUSES},
        partial_refunds=int(
            db.scalar(select(func.count()).where(Order.refund_status == "partial")) or 0
        ),
        payments=_count(db, Payment),
        shipments=_count(db, Shipment),
        tracking_events=_count(db, ShipmentEvent),
        reviews=_count(db, Review),
        review_replies=int(
            db.scalar(select(func.count()).where(Review.reply_text.is_not(None))) or 0
        ),
        conversations=_count(db, Conversation),
        messages=_count(db, Message),
        seconds=round(seconds, 2),
        cpu_seconds=round(cpu_seconds, 2),
        shop_ids=shop_ids or {},
    )


def load_demo(db: Session, *, now: datetime, seed: int = 7) -> DemoSummary:
    """Create the demo shops, staff, catalogue, buyers, orders, reviews and chats in `db`.

    Everything happens in the caller's transaction (nothing is committed here); times are counted
    back from `now`, and the same `seed` and `now` always give the same data.
    """
    require_aware(now, "now")
    started, cpu_started = time.perf_counter(), time.process_time()
    plan = plan_demo(now=now, seed=seed)
    loader = _Loader(db, plan)
    loader.shops_and_users()
    loader.catalogue()
    loader.buyers_()
    for planned in sorted(plan.orders, key=lambda o: o.placed_at):
        loader.order(planned)
    loader.conversations()
    loader.cases()
    loader.settle_followups()
    db.flush()
    shop_ids = {key: shop.id for key, shop in loader.shops.items()}
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return summarise(db, elapsed, cpu, shop_ids)
