"""What the engine knows about one order: plain frozen values, built by the service from the
database or by a test by hand. Every time must be timezone-aware.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from decimal import Decimal
from types import MappingProxyType

from kefu.rules.schema import CATEGORIES, EVENTS, LOGISTICS, REFUND_KINDS
from kefu.rules.timecalc import check_aware


def _frozen_map(value: Mapping[str, datetime] | None = None) -> Mapping[str, datetime]:
    return MappingProxyType(dict(value or {}))


@dataclass(frozen=True)
class ItemFacts:
    title: str
    paid_amount: Decimal
    categories: frozenset[str] = frozenset({"other"})
    # None: follow the order's free-shipping flag.
    free_shipping: bool | None = None
    # The buyer explicitly confirmed "no 7-day return" at purchase (CN-LAW-02 b).
    confirmed_no_return_at_purchase: bool = False
    # The listing's own 7-day flag; honoured only when the law allows it (TB-7D-02/03).
    listing_supports_no_reason: bool | None = None
    # None: nobody has looked yet; the answer is then given on condition that the goods are intact.
    intact: bool | None = None
    sku: str = ""

    def __post_init__(self) -> None:
        unknown = self.categories - CATEGORIES
        if unknown:
            raise ValueError(f"unknown item categories: {sorted(unknown)}")


@dataclass(frozen=True)
class OrderFacts:
    marketplace: str
    currency: str
    paid_amount: Decimal
    created_at: datetime
    buyer_country: str | None = None
    buyer_timezone: str | None = None
    items: tuple[ItemFacts, ...] = ()
    paid_at: datetime | None = None
    promised_ship_by: datetime | None = None
    shipped_at: datetime | None = None
    signed_at: datetime | None = None
    confirmed_at: datetime | None = None
    # Deadlines the platform itself shows on the order, keyed like the timers (ENG-02).
    platform_deadlines: Mapping[str, datetime] = field(default_factory=_frozen_map)
    # After-sale and case moments: refund_requested, dispute_opened, return_received, ...
    events: Mapping[str, datetime] = field(default_factory=_frozen_map)
    free_shipping: bool = False
    logistics: str = "express"
    site: str | None = None
    refund_kind: str | None = None
    refund_open: bool = False
    presale_days: int | None = None
    flags: frozenset[str] = frozenset()
    # EU-CRD-02 / EU-CRD-05: did the trader tell the consumer about the right of withdrawal?
    withdrawal_info_given: bool = True
    # AliExpress: the delivery time the seller promised, in days from shipping.
    promised_delivery_days: int | None = None
    # A penalty the seller promised for late shipment ("晚发必赔"), per order.
    seller_promised_late_penalty: Decimal | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, datetime):
                check_aware(value, f.name)
        for name, value in {**self.platform_deadlines, **self.events}.items():
            check_aware(value, name)
        unknown = set(self.events) - EVENTS
        if unknown:
            raise ValueError(f"unknown order events: {sorted(unknown)}")
        if self.logistics not in LOGISTICS:
            raise ValueError(f"unknown logistics type {self.logistics!r}")
        if self.refund_kind is not None and self.refund_kind not in REFUND_KINDS:
            raise ValueError(f"unknown refund kind {self.refund_kind!r}")
        object.__setattr__(self, "platform_deadlines", _frozen_map(self.platform_deadlines))
        object.__setattr__(self, "events", _frozen_map(self.events))

    def event(self, name: str) -> datetime | None:
        """The moment `name` happened, or None when it has not (yet)."""
        first_class = {
            "created": self.created_at,
            "paid": self.paid_at,
            "shipped": self.shipped_at,
            "signed": self.signed_at,
            "confirmed": self.confirmed_at,
        }
        if name in first_class:
            return first_class[name]
        return self.events.get(name)

    def categories(self) -> frozenset[str]:
        found: set[str] = set()
        for item in self.items:
            found |= item.categories
        return frozenset(found)
