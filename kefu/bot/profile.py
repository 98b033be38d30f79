"""Buyer profile (C4/C10): the seeds' seven dimensions inferred from the buyer's messages and
order history, each with its evidence and the strategy hint for the agent. Pure core
(`infer_profile`) plus a loader (`profile_for_buyer`). Profiles update with every message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.bot.cache import LOCK, remember, scoped
from kefu.bot.text import simplified
from kefu.buyers.models import Buyer
from kefu.conversations.models import Message
from kefu.orders.models import Order

PROFILE_FILE = Path(__file__).parent / "data" / "profile.yaml"
# Orders that count as bought (not abandoned or closed unpaid).
_BOUGHT = ("paid", "shipped", "delivered", "confirmed", "reviewed", "refunded")
# Tones in the order they win when several leanings are found (trust first: it blocks a sale).
_TONE_ORDER = ("suspicious_first_timer", "urgent", "gift_buyer", "price_sensitive")


class _Dimension(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    lean: str
    other: str | None = None
    tone: str | None = None
    cues: tuple[str, ...]
    hint: dict[str, str]


class _ProfileFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1]
    version: str
    source: str
    dimensions: dict[str, _Dimension]


@cache
def _dimensions() -> dict[str, _Dimension]:
    raw = yaml.safe_load(PROFILE_FILE.read_text(encoding="utf-8"))
    return _ProfileFile.model_validate(raw).dimensions


@dataclass(frozen=True)
class Trait:
    dimension: str
    value: str | None  # None: not enough evidence yet
    evidence: tuple[str, ...]
    hint: str | None
    tone: str | None = None


@dataclass(frozen=True)
class Profile:
    traits: tuple[Trait, ...]

    @property
    def tone(self) -> str | None:
        tones = {t.tone for t in self.traits if t.tone}
        return next((t for t in _TONE_ORDER if t in tones), None)

    def as_dict(self) -> dict[str, object]:
        return {
            "tone": self.tone,
            "traits": [
                {
                    "dimension": t.dimension,
                    "value": t.value,
                    "evidence": list(t.evidence),
                    "hint": t.hint,
                }
                for t in self.traits
            ],
        }


def infer_profile(messages: Sequence[str], orders_bought: int, lang: str = "en") -> Profile:
    """Leanings found in the buyer's own words, plus what their history shows (returning buyer)."""
    hint_lang = "zh-Hans" if lang.startswith("zh") else "en"
    traits: list[Trait] = []
    folded = [(m, simplified(m).casefold()) for m in messages]
    for name, dim in _dimensions().items():
        evidence = [m[:80] for m, f in folded if any(c.casefold() in f for c in dim.cues)]
        value: str | None = dim.lean if evidence else None
        tone = dim.tone if evidence else None
        if name == "trust":
            if orders_bought >= 2:
                # A returning buyer is trusting whatever they ask; the history is the evidence.
                value, tone = "trusting_returning", None
                evidence = [f"{orders_bought} earlier orders"]
            elif orders_bought >= 1 and evidence:
                tone = None  # asked about genuineness but has bought before: not a first-timer
                value = "cautious_returning"
        hint = dim.hint.get(hint_lang) if value == dim.lean else None
        traits.append(Trait(name, value, tuple(evidence[-3:]), hint, tone))
    return Profile(tuple(traits))


def profile_for_buyer(db: Session, buyer: Buyer, lang: str | None = None) -> Profile:
    texts = _buyer_texts(db, buyer)
    bought = (
        db.scalar(
            select(func.count(Order.id)).where(
                Order.buyer_id == buyer.id, Order.status.in_(_BOUGHT)
            )
        )
        or 0
    )
    return infer_profile(texts, int(bought), lang or buyer.language or "en")


# The bot reads the profile on every buyer message. Keep each buyer's recent texts in memory and
# read only the messages newer than the last one seen (one small indexed query, not 40 rows).
_TEXTS_MAX = 8192


def _texts_since(db: Session, buyer: Buyer, limit: int = 40) -> list[str]:
    from kefu.conversations.models import Conversation

    cache = scoped(db, "buyer_texts")
    with LOCK:
        seen_id, texts = cache.get(buyer.id, (0, ()))
    rows = db.execute(
        select(Message.id, Message.text)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Conversation.buyer_id == buyer.id, Message.sender_kind == "buyer",
               Message.id >= seen_id)
        .order_by(Message.id.desc())
        .limit(limit + 1)
    ).all()  # fmt: skip
    if seen_id:
        # The last message seen must still be there as it was (a rolled-back transaction can
        # take it away and hand its id to another message): otherwise read afresh.
        if not rows or rows[-1].id != seen_id or not texts or rows[-1].text != texts[-1]:
            with LOCK:
                cache.pop(buyer.id, None)
            return _texts_since(db, buyer, limit)
        rows = rows[:-1]
    if not rows:
        return list(texts)
    merged = (*texts, *(r.text for r in reversed(rows)))[-limit:]
    remember(cache, buyer.id, (rows[0].id, merged), _TEXTS_MAX)
    return list(merged)


def bot_profile(
    db: Session, buyer: Buyer, lang: str, order_statuses: Sequence[str], complete: bool
) -> Profile:
    """The profile for the bot's tone, reading as little as possible: the buyer's new messages
    only, and the bought-order count from the orders already loaded when they are all of them
    (`complete`)."""
    if complete:
        bought = sum(1 for status in order_statuses if status in _BOUGHT)
    else:
        bought = db.scalar(
            select(func.count(Order.id)).where(Order.buyer_id == buyer.id, Order.status.in_(_BOUGHT))
        ) or 0  # fmt: skip
    return infer_profile(_texts_since(db, buyer), int(bought), lang or buyer.language or "en")


def _buyer_texts(db: Session, buyer: Buyer, limit: int = 40) -> list[str]:
    from kefu.conversations.models import Conversation

    rows = db.scalars(
        select(Message.text)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Conversation.buyer_id == buyer.id, Message.sender_kind == "buyer")
        .order_by(Message.id.desc())
        .limit(limit)
    ).all()
    return list(reversed(rows))
