"""What the bot knows when it decides: the understood message and the facts read from the shop's
data. Plain frozen values, so the decision and composition cores stay pure and testable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from kefu.replies.formatting import Money, TrackingEvent


@dataclass(frozen=True)
class Understanding:
    """One buyer message as NLU and the incoming guard see it."""

    text: str
    lang: str
    intent: str
    confidence: float
    top: tuple[tuple[str, float], ...] = ()
    abstained: bool = False
    # (kind, value, extra) for each entity NLU found.
    entities: tuple[tuple[str, str, dict[str, Any]], ...] = ()
    anger: float = 0.0
    sentiment: str = "neutral"
    guard_in: frozenset[str] = frozenset()

    def values(self, kind: str) -> list[str]:
        return [value for k, value, _ in self.entities if k == kind]


@dataclass(frozen=True)
class KnowledgeFacts:
    lang: str
    material: str = ""
    care: str = ""
    fit_notes: str = ""
    size_chart: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class ProductFacts:
    id: int
    code: str
    titles: dict[str, str]
    # lang → knowledge file; zh-Hant readers get zh-Hans converted.
    knowledge: dict[str, KnowledgeFacts]
    # (size, colour, stock) per variant.
    variants: tuple[tuple[str | None, str | None, int], ...] = ()

    def title(self, lang: str) -> str:
        if lang == "zh-Hant" and "zh-Hant" not in self.titles and "zh-Hans" in self.titles:
            from kefu.bot.text import traditional

            return traditional(self.titles["zh-Hans"])
        return self.titles.get(lang) or self.titles.get("en") or next(iter(self.titles.values()))


@dataclass(frozen=True)
class OrderFacts:
    id: int
    order_number: str
    status: str
    currency: str
    total: Decimal
    refunded_amount: Decimal
    refund_status: str
    items: tuple[str, ...]
    product_ids: tuple[int, ...] = ()
    carrier: str | None = None
    tracking_no: str | None = None
    last_event: TrackingEvent | None = None
    delivered: bool = False
    ship_by: datetime | None = None
    ship_by_rule: str | None = None
    return_deadline: datetime | None = None
    return_rule: str | None = None
    return_eligible: bool | None = None
    # case → (payer, rule id) from the rules engine's freight decisions.
    freight: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def open(self) -> bool:
        return self.status in ("created", "paid", "shipped", "delivered") or (
            self.status == "confirmed" and self.return_eligible is True
        )

    def refund(self) -> Money | None:
        if self.refund_status == "none" or self.refunded_amount <= 0:
            return None
        return Money(self.refunded_amount, self.currency)


@dataclass(frozen=True)
class Turn:
    """An earlier message in the conversation, with what the bot decided for it if anything."""

    sender: str
    text: str
    intent: str | None = None
    action: str | None = None


@dataclass(frozen=True)
class BotContext:
    shop_name: str
    shop_tz: str
    marketplace: str
    buyer_name: str
    buyer_tz: str
    orders: tuple[OrderFacts, ...] = ()
    # The conversation's linked order, if an agent or an earlier turn chose one.
    linked_order_id: int | None = None
    products: tuple[ProductFacts, ...] = ()
    history: tuple[Turn, ...] = ()
    tone: str | None = None
    # Slots remembered from earlier buyer messages (destination, usual_size, order_no, product).
    remembered: dict[str, str] = field(default_factory=dict)
