"""A small after-sales world: a shop, its agent and supervisor, a buyer with a paid (and maybe
shipped) order and a conversation in which the buyer complains."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from kefu.auth.principal import Principal
from kefu.buyers.models import Buyer
from kefu.conversations import service as conversations
from kefu.conversations.models import Conversation, Message
from kefu.orders import service as orders
from kefu.orders.models import Order
from kefu.orders.schemas import ItemIn, PaymentIn, ShipmentEventIn, ShipmentIn
from kefu.shops.models import Shop
from tests.factories import Agent, make_agent, make_buyer, make_order, make_shop


@dataclass
class World:
    shop: Shop
    agent: Agent
    supervisor: Agent
    buyer: Buyer
    order: Order
    conversation: Conversation
    message: Message

    @property
    def principal(self) -> Principal:
        return Principal(
            user_id=self.agent.user.id,
            name=self.agent.user.name,
            email=self.agent.user.email,
            role="agent",
            shop_ids=frozenset({self.shop.id}),
        )


def build_world(
    db: Session,
    now: datetime,
    *,
    marketplace: str = "taobao",
    currency: str = "CNY",
    shipped: bool = False,
    delivered: bool = False,
    complaint: str = "鞋子开胶了，我要退货退款",
    carrier: str = "中通快递",
    items: list[ItemIn] | None = None,
    shop_settings: dict[str, Any] | None = None,
    buyer_overrides: dict[str, Any] | None = None,
) -> World:
    """Order placed and paid two days before `now`; shipped a day before; delivered an hour before."""
    shop = make_shop(db, now, marketplace=marketplace, currency=currency)
    if shop_settings:
        shop.settings = {**(shop.settings or {}), **shop_settings}
    agent = make_agent(db, now, [shop])
    supervisor = make_agent(db, now, [shop], role="supervisor")
    buyer = make_buyer(db, now, shop, **(buyer_overrides or {}))
    placed = now - timedelta(days=2)
    extra: dict[str, Any] = {"placed_at": placed, "currency": currency}
    if items is not None:
        extra["items"] = items
    order = make_order(db, now, shop, buyer, **extra)
    orders.do_add_payment(
        db,
        order,
        PaymentIn(paid_at=placed + timedelta(minutes=5), channel="alipay", amount=order.total),
        actor="test",
        now=now,
    )
    if shipped or delivered:
        shipment = orders.do_add_shipment(
            db,
            order,
            ShipmentIn(
                carrier=carrier,
                tracking_number=f"ZT{order.id:08d}",
                shipped_at=now - timedelta(days=1),
            ),
            actor="test",
            now=now,
        )
        if delivered:
            orders.do_add_tracking_event(
                db,
                shipment,
                ShipmentEventIn(
                    at=now - timedelta(hours=1), description="已签收", code="delivered"
                ),
                actor="test",
                now=now,
            )
    conversation = conversations.do_create_conversation(
        db,
        {
            "shop_id": shop.id,
            "buyer_id": buyer.id,
            "channel": "connector",
            "stage": "after_sale",
            "order_id": order.id,
        },
        now,
    )
    message, _ = conversations.do_add_buyer_message(
        db,
        conversation,
        text=complaint,
        client_message_id=f"c-{order.id}-1",
        now=now,
        lang="zh-Hans",
    )
    db.commit()
    return World(shop, agent, supervisor, buyer, order, conversation, message)


def two_items() -> list[ItemIn]:
    return [
        ItemIn(title="防水登山鞋 42码", sku="BOOT-42", quantity=2, unit_price=Decimal("399.00")),
        ItemIn(title="速干袜 三双装", sku="SOCK-3", quantity=1, unit_price=Decimal("59.00")),
    ]
