"""Small builders for the engine's input: each test states only the facts it cares about."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from kefu.rules.facts import ItemFacts, OrderFacts

CST = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def cst(*args: int) -> datetime:
    return datetime(*args, tzinfo=CST)  # type: ignore[misc]


def item(title: str = "连衣裙", price: str = "199.00", *categories: str, **kw: Any) -> ItemFacts:
    return ItemFacts(
        title=title,
        paid_amount=Decimal(price),
        categories=frozenset(categories or ("clothing",)),
        **kw,
    )


def order(marketplace: str = "taobao", **kw: Any) -> OrderFacts:
    base: dict[str, Any] = {
        "marketplace": marketplace,
        "currency": "CNY",
        "paid_amount": Decimal("199.00"),
        "created_at": cst(2026, 4, 28, 9, 50),
        "paid_at": cst(2026, 4, 28, 10, 0),
        "buyer_country": "CN",
        "items": (item(),),
    }
    base.update(kw)
    return OrderFacts(**base)
