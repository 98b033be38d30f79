"""What the workbench pages show, assembled from the domain services (read-only).

Each function returns plain values for one template; nothing here decides business rules.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.auth import service as auth_service
from kefu.auth.models import ShopMembership, User
from kefu.auth.principal import Principal
from kefu.buyers import service as buyers
from kefu.buyers.models import Buyer
from kefu.conversations import service as conversations
from kefu.conversations.models import Conversation, Message
from kefu.orders import service as orders
from kefu.orders.models import Order
from kefu.shops import service as shops
from kefu.shops.models import Shop

log = logging.getLogger("kefu.web")
INBOX_PAGE_SIZE = 60


@dataclass(frozen=True)
class InboxFilters:
    stage: str | None = None
    assignee: str = "all"
    status: str | None = None
    shop_id: int | None = None
    q: str | None = None

    def as_query(self) -> dict[str, str]:
        values = {
            "stage": self.stage or "",
            "assignee": self.assignee,
            "status": self.status or "",
            "shop_id": str(self.shop_id or ""),
            "q": self.q or "",
        }
        return {k: v for k, v in values.items() if v}


@dataclass(frozen=True)
class InboxRow:
    conversation: Conversation
    buyer_name: str
    shop_name: str
    preview: str
    preview_kind: str
    waiting_since: datetime | None


@dataclass
class Inbox:
    rows: list[InboxRow]
    stage_counts: dict[str, int]
    shops: list[Shop]
    error: str | None = None


def _last_messages(db: Session, ids: list[int]) -> dict[int, Message]:
    if not ids:
        return {}
    latest = (
        select(func.max(Message.id))
        .where(Message.conversation_id.in_(ids), Message.internal.is_(False))
        .group_by(Message.conversation_id)
    )
    return {m.conversation_id: m for m in db.scalars(select(Message).where(Message.id.in_(latest)))}


def inbox(db: Session, principal: Principal, filters: InboxFilters) -> Inbox:
    visible_shops = shops.list_shops(db, principal)
    query = conversations.conversation_query(
        principal,
        shop_id=filters.shop_id,
        status=filters.status,
        stage=filters.stage,
        assignee=filters.assignee if filters.assignee != "all" else None,
        q=filters.q,
    )
    found: list[Conversation] = list(db.scalars(query.limit(INBOX_PAGE_SIZE)))
    last = _last_messages(db, [c.id for c in found])
    buyer_ids = {c.buyer_id for c in found}
    names = {
        b.id: b.nickname or b.name or b.external_id
        for b in db.scalars(select(Buyer).where(Buyer.id.in_(buyer_ids)))
    }
    shop_names = {s.id: s.name for s in visible_shops}
    rows = [
        InboxRow(
            conversation=c,
            buyer_name=names.get(c.buyer_id, "?"),
            shop_name=shop_names.get(c.shop_id, ""),
            preview=(last[c.id].text if c.id in last else "")[:120],
            preview_kind=last[c.id].kind if c.id in last else "text",
            waiting_since=c.waiting_since,
        )
        for c in found
    ]
    counts_query = conversations.conversation_query(
        principal, shop_id=filters.shop_id, status=None, stage=None
    ).where(Conversation.status != "resolved")
    stage_counts: dict[str, int] = {}
    open_conversations: list[Conversation] = list(db.scalars(counts_query.limit(5000)))
    for conversation in open_conversations:
        stage_counts[conversation.stage] = stage_counts.get(conversation.stage, 0) + 1
    return Inbox(rows=rows, stage_counts=stage_counts, shops=visible_shops)


@dataclass
class OrderCard:
    order: Order
    rules: Any | None  # kefu.rules.schemas.OrderRulesOut when the rules engine could evaluate
    rules_error: bool = False


@dataclass
class ConversationView:
    conversation: Conversation
    shop: Shop
    buyer: Buyer
    messages: list[Message]
    agents: list[User]
    agent_names: dict[int, str]
    order_history: list[Order]
    current: OrderCard | None
    widget_slug: str
    variables: dict[str, str] = field(default_factory=dict)


def reply_variables(shop: Shop, agent_name: str, order: Order | None) -> dict[str, str]:
    """Text variables the quick-reply preview fills from the conversation (kefu/replies names)."""
    values = {"shop_name": shop.name, "agent_name": agent_name}
    if order is not None:
        values["order_no"] = order.order_number
        if order.items:
            values["product_name"] = order.items[0].title
            values["items"] = "、".join(f"{i.title} × {i.quantity}" for i in order.items)
        if order.shipments:
            latest = order.shipments[-1]
            values["carrier"] = latest.carrier
            values["tracking_no"] = latest.tracking_number
    return values


def shop_agents(db: Session, shop_id: int) -> list[User]:
    members = select(ShopMembership.user_id).where(ShopMembership.shop_id == shop_id)
    return list(
        db.scalars(
            select(User).where(User.id.in_(members), User.is_active.is_(True)).order_by(User.name)
        )
    )


def order_rules(db: Session, order: Order, now: datetime, lang: str) -> tuple[Any | None, bool]:
    """The rules engine's deadlines for the order card, or (None, failed) when it has none."""
    try:
        from kefu.rules import service as rules
        from kefu.rules.schemas import order_rules_out
    except ImportError:  # the rules engine is optional for the page
        return None, False
    try:
        result = rules.evaluate_stored_order(db, order, now)
        return order_rules_out(order.id, order.order_number, result, lang), False
    except Exception:  # one odd order must not take the conversation page down
        log.exception("rules evaluation failed for order %s", order.id)
        return None, True


def conversation_view(
    db: Session, principal: Principal, conversation_id: int, now: datetime
) -> ConversationView:
    conversation = conversations.access_conversation(db, principal, conversation_id)
    buyer = buyers.access_buyer(db, principal, conversation.buyer_id)
    shop = shops.access_shop(db, principal, conversation.shop_id)
    history = orders.orders_of_buyer(db, buyer.id, limit=20)
    current_order: Order | None = None
    if conversation.order_id is not None:
        current_order = orders.access_order(db, principal, conversation.order_id)
    elif history:
        current_order = history[0]
    card = None
    if current_order is not None:
        rules_out, failed = order_rules(db, current_order, now, principal.ui_lang)
        card = OrderCard(order=current_order, rules=rules_out, rules_error=failed)
    agents = shop_agents(db, shop.id)
    names = {u.id: u.name for u in auth_service.list_users(db, principal)}
    return ConversationView(
        conversation=conversation,
        shop=shop,
        buyer=buyer,
        messages=conversations.messages_of(db, conversation, include_internal=True, limit=500),
        agents=agents,
        agent_names=names,
        order_history=history,
        current=card,
        widget_slug=shop.slug,
        variables=reply_variables(shop, principal.name, current_order),
    )
