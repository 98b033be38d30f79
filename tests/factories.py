"""Small factories: each test builds the little world it needs through the real services."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from kefu.auth import service as auth
from kefu.auth.models import User
from kefu.buyers.models import Buyer
from kefu.buyers.schemas import BuyerCreate
from kefu.buyers.service import do_create_buyer
from kefu.catalog.models import Product
from kefu.catalog.schemas import KnowledgeIn, ProductCreate, VariantIn
from kefu.catalog.service import do_create_product
from kefu.orders.models import Order
from kefu.orders.schemas import ItemIn, OrderCreate
from kefu.orders.service import do_create_order
from kefu.shops.models import Shop
from kefu.shops.schemas import ShopCreate
from kefu.shops.service import do_create_shop

_seq = itertools.count(1)
PASSWORD = "correct-horse-battery"


def make_shop(db: Session, now: datetime, **overrides: Any) -> Shop:
    n = next(_seq)
    data: dict[str, Any] = {
        "name": f"山野户外{n}号店",
        "slug": f"shop-{n}",
        "marketplace": "taobao",
        "currency": "CNY",
        "timezone": "Asia/Shanghai",
        "languages": ["zh-Hans"],
    }
    settings = overrides.pop("settings", None)
    data.update(overrides)
    shop = do_create_shop(db, ShopCreate(**data), now)
    if settings is not None:
        shop.settings = settings
    return shop


@dataclass
class Agent:
    user: User
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def make_agent(db: Session, now: datetime, shops: list[Shop], role: str = "agent", **overrides: Any) -> Agent:
    n = next(_seq)
    user = auth.do_create_user(
        db,
        email=overrides.pop("email", f"agent{n}@example.com"),
        name=overrides.pop("name", f"小美{n}"),
        password=overrides.pop("password", PASSWORD),
        role=role,
        shop_ids=[s.id for s in shops],
        now=now,
        **overrides,
    )
    token, _ = auth.do_create_api_token(db, user, "tests", now)
    return Agent(user=user, token=token)


def make_buyer(db: Session, now: datetime, shop: Shop, **overrides: Any) -> Buyer:
    n = next(_seq)
    data: dict[str, Any] = {
        "shop_id": shop.id,
        "external_id": f"tb_buyer_{n}",
        "name": "王小明",
        "nickname": f"登山的小王{n}",
        "country": "CN",
        "language": "zh-Hans",
        "timezone": "Asia/Shanghai",
    }
    data.update(overrides)
    return do_create_buyer(db, BuyerCreate(**data), now)


def make_product(db: Session, now: datetime, shop: Shop, **overrides: Any) -> Product:
    n = next(_seq)
    data: dict[str, Any] = {
        "shop_id": shop.id,
        "code": f"BOOT-{n}",
        "title": {"zh-Hans": "防水登山鞋", "en": "Waterproof hiking boot", "es": "Bota de montaña impermeable"},
        "category": "footwear",
        "price": Decimal("399.00"),
        "currency": shop.currency,
        "variants": [VariantIn(sku=f"BOOT-{n}-42", color="棕色", size="42", price=Decimal("399.00"), stock=5)],
        "knowledge": {"zh-Hans": KnowledgeIn(material="鞋面为磨砂牛皮，内衬防水透气膜")},
    }
    data.update(overrides)
    return do_create_product(db, ProductCreate(**data), now)


def make_order(db: Session, now: datetime, shop: Shop, buyer: Buyer, **overrides: Any) -> Order:
    n = next(_seq)
    data: dict[str, Any] = {
        "shop_id": shop.id,
        "buyer_id": buyer.id,
        "order_number": f"{3000000000000000000 + n}",
        "currency": shop.currency,
        "items": [ItemIn(title="防水登山鞋 42码", sku="BOOT-42", quantity=1, unit_price=Decimal("399.00"))],
        "placed_at": now,
    }
    data.update(overrides)
    return do_create_order(db, OrderCreate(**data), now, actor="test")
