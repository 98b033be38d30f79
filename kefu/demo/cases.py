"""After-sales cases for the demo: the named stories (the angry buyer's damaged boots, the Mexican
buyer's parcel stuck in customs, a return close to its platform timeout, an overdue not-received
refund, an AliExpress dispute) and a background of older cases, planned from `data/cases.yaml`.

Pure: values in, values out. The generator opens and moves each case through
kefu.aftersales.service, so deadlines, SLA and freight payer come from the rules engine.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kefu.aftersales.reasons import reasons
from kefu.aftersales.states import CASE_TYPES, INITIAL_STATE, check_case_transition
from kefu.demo import personas
from kefu.demo.chats import PlannedConversation
from kefu.demo.content import Carrier, DemoContent
from kefu.demo.timeline import PlannedOrder
from kefu.demo.tracking import tracking_number
from kefu.errors import ValidationFailed

DATA_FILE = Path(__file__).parent / "data" / "cases.yaml"
HOUR = timedelta(hours=1)
# Which demo agent works a case, by shop and the buyer's language.
CASE_AGENTS: dict[tuple[str, str], str] = {
    ("taobao", "zh-Hans"): "xiaoyu@kefu.demo",
    ("taobao", "zh-Hant"): "ajie@kefu.demo",
    ("aliexpress", "es"): "diego@kefu.demo",
    ("aliexpress", "en"): "lena@kefu.demo",
}
SHOP_AGENT = {"taobao": "ajie@kefu.demo", "aliexpress": "mei@kefu.demo"}
BACKGROUND_STATUSES = frozenset({"delivered", "confirmed", "reviewed"})


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MoveDef(_Strict):
    to: str
    after_minutes: int | None = Field(None, ge=1)
    hours_ago: float | None = Field(None, gt=0)
    platform_due_in_hours: float | None = None
    note: str = ""


class StoryDef(_Strict):
    key: str
    persona: str | None = None
    shop: Literal["taobao", "aliexpress"] | None = None
    order_status: str | None = None
    case_type: str
    reason: str
    opened_after_chat_minutes: int | None = Field(None, ge=1)
    opened_hours_ago: float | None = Field(None, gt=0)
    moves: list[MoveDef] = Field(default_factory=list)
    description: dict[str, str] = Field(min_length=1)


class MixDef(_Strict):
    case_type: str
    reason: str
    weight: int = Field(ge=1)
    path: list[str] = Field(min_length=1)
    outcome: Literal["compensation", "resend"] | None


class BackgroundDef(_Strict):
    per_shop: dict[Literal["taobao", "aliexpress"], int]
    days: int = Field(ge=7, le=365)
    still_open_share: float = Field(ge=0, le=1)
    mix: list[MixDef] = Field(min_length=1)
    descriptions: dict[str, dict[str, str]]


class CasesFile(_Strict):
    version: int = Field(ge=1)
    source: str = Field(min_length=1)
    stories: list[StoryDef] = Field(min_length=1)
    background: BackgroundDef


def _check(data: CasesFile) -> None:
    known = reasons()
    paths = [(s.case_type, s.reason, [m.to for m in s.moves]) for s in data.stories] + [
        (m.case_type, m.reason, m.path) for m in data.background.mix
    ]
    for case_type, reason, path in paths:
        if case_type not in CASE_TYPES or reason not in known:
            raise ValidationFailed(f"cases.yaml: unknown case type or reason {case_type}/{reason}")
        state = INITIAL_STATE[case_type]
        for target in path:  # every planned path must be legal in the case's state table
            check_case_transition(case_type, state, target)
            state = target
    missing = {m.reason for m in data.background.mix} - set(data.background.descriptions)
    if missing:
        raise ValidationFailed(f"cases.yaml: no description for {sorted(missing)}")


@lru_cache(maxsize=1)
def load_cases_file() -> CasesFile:
    try:
        data = CasesFile.model_validate(yaml.safe_load(DATA_FILE.read_text(encoding="utf-8")))
    except ValidationError as exc:
        raise ValidationFailed(f"{DATA_FILE.name} is invalid: {exc}") from exc
    _check(data)
    return data


@dataclass(frozen=True)
class PlannedMove:
    to: str
    at: datetime
    platform_due_at: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class PlannedOutcome:
    kind: Literal["compensation", "resend"]
    at: datetime
    amount: Decimal | None = None
    carrier: str | None = None
    tracking_number: str | None = None


@dataclass(frozen=True)
class PlannedCase:
    key: str
    shop: str
    order_number: str
    buyer: str
    case_type: str
    reason: str
    opened_at: datetime
    description: str
    agent: str
    # Opened from the buyer's first message in the chat about this order, when there is one.
    from_chat: bool
    moves: tuple[PlannedMove, ...]
    outcome: PlannedOutcome | None = None
    # The outcome is recorded right after the move to this state.
    outcome_after: str | None = None


def _money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class _CasePlanner:
    def __init__(
        self,
        content: DemoContent,
        now: datetime,
        seed: int,
        orders: tuple[PlannedOrder, ...],
        chats: tuple[PlannedConversation, ...],
        buyer_langs: dict[tuple[str, str], str],
    ) -> None:
        self.content = content
        self.now = now
        # A source of its own, so adding cases never shifts the rest of the demo's plan.
        self.rng = random.Random(seed * 7919 + 8)
        self.orders = orders
        self.chats = chats
        self.buyer_langs = buyer_langs
        self.used: set[str] = {c.order_number for c in chats if c.order_number}
        self.data = load_cases_file()

    def _agent(self, shop: str, buyer: str) -> str:
        lang = self.buyer_langs.get((shop, buyer), "")
        return CASE_AGENTS.get((shop, lang), SHOP_AGENT[shop])

    def _pick(self, shop: str, status: str, before: datetime) -> PlannedOrder:
        persona_ids = {p.external_id for p in personas.PERSONAS}
        pool = [
            o
            for o in self.orders
            if o.shop == shop
            and o.status == status
            and o.number not in self.used
            and o.buyer not in persona_ids
            and (o.delivered_at or o.shipped_at or o.placed_at) < before - 6 * HOUR
        ]
        order = self.rng.choice(sorted(pool, key=lambda o: o.number))
        self.used.add(order.number)
        return order

    def story(self, story: StoryDef) -> PlannedCase:
        now = self.now
        if story.persona is not None:
            persona = next(p for p in personas.PERSONAS if p.key == story.persona)
            chat = next(
                c
                for c in self.chats
                if c.shop == persona.shop and c.buyer == persona.external_id and c.order_number
            )
            assert chat.order_number is not None
            last = chat.messages[-1].at
            opened = min(
                last + timedelta(minutes=story.opened_after_chat_minutes or 10), now - 2 * HOUR
            )
            opened = max(opened, last)
            shop, order_number, buyer, from_chat = persona.shop, chat.order_number, chat.buyer, True
        else:
            assert story.shop and story.order_status and story.opened_hours_ago
            opened = now - timedelta(hours=story.opened_hours_ago)
            order = self._pick(story.shop, story.order_status, opened)
            shop, order_number, buyer, from_chat = story.shop, order.number, order.buyer, False
        moves = []
        at = opened
        for move in story.moves:
            if move.hours_ago is not None:
                at = now - timedelta(hours=move.hours_ago)
            else:
                at = at + timedelta(minutes=move.after_minutes or 30)
            at = min(at, now - HOUR)
            due = (
                now + timedelta(hours=move.platform_due_in_hours)
                if move.platform_due_in_hours is not None
                else None
            )
            moves.append(PlannedMove(move.to, at.replace(microsecond=0), due, move.note))
        return PlannedCase(
            key=story.key,
            shop=shop,
            order_number=order_number,
            buyer=buyer,
            case_type=story.case_type,
            reason=story.reason,
            opened_at=opened.replace(microsecond=0),
            description=next(iter(story.description.values())),
            agent=self._agent(shop, buyer),
            from_chat=from_chat,
            moves=tuple(moves),
        )

    def background(self, shop: str, count: int) -> list[PlannedCase]:
        rng, now, bg = self.rng, self.now, self.data.background
        start = now - timedelta(days=bg.days)
        pool = sorted(
            (
                o
                for o in self.orders
                if o.shop == shop
                and o.status in BACKGROUND_STATUSES
                and o.number not in self.used
                and o.delivered_at is not None
                and start < o.delivered_at < now - 3 * timedelta(days=1)
            ),
            key=lambda o: o.number,
        )
        route = (
            self.content.logistics.domestic
            if shop == "taobao"
            else self.content.logistics.cross_border
        )
        planned: list[PlannedCase] = []
        for index, order in enumerate(rng.sample(pool, k=min(count, len(pool)))):
            self.used.add(order.number)
            mix = rng.choices(bg.mix, weights=[m.weight for m in bg.mix])[0]
            assert order.delivered_at is not None
            opened = (order.delivered_at + timedelta(hours=rng.uniform(4, 72))).replace(
                microsecond=0
            )
            path = list(mix.path)
            if rng.random() < bg.still_open_share:
                path = path[: rng.randint(1, max(1, len(path) - 2))]
            moves: list[PlannedMove] = []
            at = opened
            outcome: PlannedOutcome | None = None
            outcome_after: str | None = None
            for target in path:
                at = (at + timedelta(hours=rng.uniform(3, 30))).replace(microsecond=0)
                if at > now - HOUR:
                    break
                moves.append(PlannedMove(target, at))
                if target in ("compensated", "resent") and mix.outcome is not None:
                    outcome_after = target
                    outcome = self._outcome(mix.outcome, order, at, route.carriers)
            lang = self.buyer_langs.get((shop, order.buyer), "en")
            texts = bg.descriptions[mix.reason]
            planned.append(
                PlannedCase(
                    key=f"background-{shop}-{index:02d}",
                    shop=shop,
                    order_number=order.number,
                    buyer=order.buyer,
                    case_type=mix.case_type,
                    reason=mix.reason,
                    opened_at=opened,
                    description=texts.get(lang) or texts.get("en") or "",
                    agent=self._agent(shop, order.buyer),
                    from_chat=False,
                    moves=tuple(moves),
                    outcome=outcome if outcome_after in {m.to for m in moves} else None,
                    outcome_after=outcome_after,
                )
            )
        return planned

    def _outcome(
        self, kind: str, order: PlannedOrder, at: datetime, carriers: list[Carrier]
    ) -> PlannedOutcome:
        if kind == "compensation":
            share = Decimal(str(round(self.rng.uniform(0.05, 0.2), 2)))
            amount = max(_money(order.total * share), Decimal("1.00"))
            return PlannedOutcome("compensation", at, amount=amount)
        carrier = self.rng.choice(carriers)
        return PlannedOutcome(
            "resend",
            at,
            carrier=carrier.name,
            tracking_number=tracking_number(carrier.code, self.rng),
        )


def plan_cases(
    content: DemoContent,
    now: datetime,
    seed: int,
    orders: tuple[PlannedOrder, ...],
    chats: tuple[PlannedConversation, ...],
    buyer_langs: dict[tuple[str, str], str],
) -> tuple[PlannedCase, ...]:
    """The demo's cases: the stories first, then the background per shop."""
    planner = _CasePlanner(content, now, seed, orders, chats, buyer_langs)
    planned = [planner.story(s) for s in planner.data.stories]
    for shop, count in planner.data.background.per_shop.items():
        planned.extend(planner.background(shop, count))
    return tuple(planned)
