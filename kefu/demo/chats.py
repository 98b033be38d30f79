"""Conversations for the demo inbox: scripted chats (kefu/demo/data/dialogues.yaml) played by
buyers of the right language, tied to an order in the state the script needs, with believable
gaps between turns. Pure: the generator stores them through the conversations service."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from kefu.demo import personas
from kefu.demo.catalog import PlannedProduct
from kefu.demo.content import DemoContent, Dialogue
from kefu.demo.timeline import DAY, HOUR, PlannedOrder

PLAYS_PER_SCRIPT = 2
SHOP_OF_LANG = {"zh-Hans": "taobao", "zh-Hant": "taobao", "en": "aliexpress", "es": "aliexpress"}
TITLE_LANG = {"zh-Hans": "zh-Hans", "zh-Hant": "zh-Hans", "en": "en", "es": "es"}
# Persona chats: which script each persona plays, so the named world has its story in the inbox.
PERSONA_SCRIPTS = {
    personas.PRICE_SENSITIVE_STUDENT.key: "zh-bargain",
    personas.SUSPICIOUS_FIRST_TIMER.key: "en-suspicious",
    personas.GIFT_BUYER.key: "zh-gift",
    personas.ANGRY_DAMAGED.key: "zh-angry-damaged",
    personas.MEXICO_WAITING.key: "es-where",
    personas.RESELLER.key: "zh-ship-time",
}
# The angry buyer's chat waits unassigned in the queue; so do some other unanswered ones.
UNASSIGNED_SHARE = 0.5
MEMBRANE_CATEGORIES = frozenset({"hiking_boots", "hiking_shoes"})


def fits(product: PlannedProduct, about: str) -> bool:
    """Whether a chat about `about` can be about this product (its facts must hold)."""
    if about == "membrane":
        return product.category in MEMBRANE_CATEGORIES
    if about == "socks":
        return product.category == "socks"
    if about == "footwear":
        return product.is_footwear
    return True


class ChatBuyer(Protocol):
    @property
    def shop(self) -> str: ...
    @property
    def external_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def nickname(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def address(self) -> dict[str, str]: ...
    @property
    def persona(self) -> str | None: ...


@dataclass(frozen=True)
class PlannedMessage:
    sender: str  # buyer, agent or bot
    text: str
    at: datetime


@dataclass(frozen=True)
class PlannedConversation:
    shop: str
    buyer: str
    order_number: str | None
    channel: str
    stage: str
    subject: str
    language: str
    assignee: str | None
    end: str
    script: str
    intent: str
    messages: tuple[PlannedMessage, ...]


class _Filler(dict[str, str]):
    def __missing__(self, key: str) -> str:  # a script with an unknown placeholder keeps it visible
        return "{" + key + "}"


def _first_name(buyer: ChatBuyer) -> str:
    if buyer.language.startswith("zh"):
        return buyer.nickname
    return buyer.name.split(" ")[0]


class _ChatPlanner:
    def __init__(
        self,
        content: DemoContent,
        now: datetime,
        rng: random.Random,
        products: Sequence[PlannedProduct],
        buyers: Sequence[ChatBuyer],
        orders: Sequence[PlannedOrder],
    ) -> None:
        self.content, self.now, self.rng = content, now, rng
        self.products = products
        self.buyers = buyers
        self.buyer_by_key = {(b.shop, b.external_id): b for b in buyers}
        self.orders = orders
        self.used_orders: set[str] = set()
        self.agent_names = {u.email: u.name for u in personas.DEMO_USERS}
        self.product_by_code = {p.code: p for p in products}

    def _order_for(self, script: Dialogue, buyer: ChatBuyer | None) -> PlannedOrder | None:
        shop = SHOP_OF_LANG[script.lang]
        candidates = [
            o
            for o in self.orders
            if o.shop == shop
            and o.status == script.order
            and o.number not in self.used_orders
            and (buyer is None or o.buyer == buyer.external_id)
            and fits(self.product_by_code[o.lines[0].product_code], script.about)
        ]
        if buyer is None:
            same_language = [
                o
                for o in candidates
                if self.buyer_by_key[(o.shop, o.buyer)].language == script.lang
                and self.buyer_by_key[(o.shop, o.buyer)].persona is None
            ]
            candidates = same_language or candidates
        if not candidates:
            return None
        order = self.rng.choice(candidates)
        self.used_orders.add(order.number)
        return order

    def _start(self, script: Dialogue, order: PlannedOrder | None) -> datetime:
        rng, now = self.rng, self.now
        if script.end == "unanswered":
            earliest = now - timedelta(hours=20)
        elif order is None:
            earliest = now - DAY * 90
        else:
            earliest = now - DAY * 30
        if order is not None:
            anchor = {
                "created": order.placed_at,
                "paid": order.paid_at,
                "shipped": order.shipped_at,
                "delivered": order.delivered_at,
            }[script.order]
            assert anchor is not None
            if script.order == "shipped":
                anchor += min(DAY * 2, (now - anchor) / 2)
            earliest = max(earliest, anchor + timedelta(minutes=10))
        latest = now - HOUR
        if latest <= earliest:
            latest = earliest + timedelta(minutes=5)
        seconds = (latest - earliest).total_seconds()
        return (earliest + timedelta(seconds=rng.uniform(0, seconds))).replace(microsecond=0)

    def _values(
        self, buyer: ChatBuyer, order: PlannedOrder | None, script: Dialogue, agent: str
    ) -> _Filler:
        lang = TITLE_LANG[script.lang]
        shop = SHOP_OF_LANG[script.lang]
        colours = self.content.catalogue.colours
        if order is not None:
            line = order.lines[0]
            product = next(p for p in self.products if p.code == line.product_code)
            colour_code, size = line.colour_code, line.size
        else:
            about = "footwear" if script.about == "any" else script.about
            product = self.rng.choice(
                [p for p in self.products if p.shop == shop and fits(p, about)]
            )
            variant = self.rng.choice(product.variants)
            colour_code, size = variant.colour_code, variant.size
        shipment = order.shipment if order is not None else None
        return _Filler(
            name=_first_name(buyer),
            agent=agent,
            product=product.display_title(lang),
            size=size,
            colour=colours[colour_code][lang],
            order_number=order.number if order else "",
            carrier=shipment.carrier_name if shipment else "",
            tracking_number=shipment.tracking_number if shipment else "",
            city=buyer.address.get("city", ""),
            material=product.knowledge[lang]["material"],
        )

    def play(self, script: Dialogue, buyer: ChatBuyer | None) -> PlannedConversation | None:
        rng = self.rng
        order = None
        if script.order != "none":
            order = self._order_for(script, buyer)
            if order is None:
                return None
            buyer = self.buyer_by_key[(order.shop, order.buyer)]
        if buyer is None:
            shop = SHOP_OF_LANG[script.lang]
            pool = [
                b
                for b in self.buyers
                if b.shop == shop and b.language == script.lang and b.persona is None
            ]
            buyer = rng.choice(pool)
        agents = personas.AGENTS_BY_LANG[script.lang]
        assignee: str | None = rng.choice(agents)
        if script.end == "unanswered" and (buyer.persona or rng.random() < UNASSIGNED_SHARE):
            assignee = None
        agent_name = self.agent_names[assignee] if assignee else self.agent_names[agents[0]]
        values = self._values(buyer, order, script, agent_name)
        at = self._start(script, order)
        messages = []
        previous = "buyer"
        for index, (sender, template) in enumerate(script.turns):
            if index:
                if sender == "bot":
                    gap = rng.uniform(1, 4)
                elif sender == "agent":
                    gap = rng.uniform(40, 420) if previous != "agent" else rng.uniform(600, 7200)
                else:
                    gap = rng.uniform(25, 600)
                at += timedelta(seconds=gap)
            messages.append(
                PlannedMessage(sender, template.format_map(values), at.replace(microsecond=0))
            )
            previous = sender
        overshoot = messages[-1].at - self.now
        if overshoot > timedelta(0):  # keep the whole chat in the past
            shift = overshoot + timedelta(minutes=rng.uniform(3, 40))
            messages = [PlannedMessage(m.sender, m.text, m.at - shift) for m in messages]
        channel = "widget" if rng.random() < 0.1 else "marketplace"
        subject = messages[0].text[:60]
        return PlannedConversation(
            shop=buyer.shop,
            buyer=buyer.external_id,
            order_number=order.number if order else None,
            channel=channel,
            stage=script.stage,
            subject=subject,
            language=script.lang,
            assignee=assignee,
            end=script.end,
            script=script.id,
            intent=script.intent,
            messages=tuple(messages),
        )


def plan_conversations(
    content: DemoContent,
    now: datetime,
    rng: random.Random,
    products: Sequence[PlannedProduct],
    buyers: Sequence[ChatBuyer],
    orders: Sequence[PlannedOrder],
) -> list[PlannedConversation]:
    planner = _ChatPlanner(content, now, rng, products, buyers, orders)
    scripts = {d.id: d for d in content.dialogues.dialogues}
    chats: list[PlannedConversation] = []
    for persona in personas.PERSONAS:
        buyer = planner.buyer_by_key[(persona.shop, persona.external_id)]
        chat = planner.play(scripts[PERSONA_SCRIPTS[persona.key]], buyer)
        if chat is not None:
            chats.append(chat)
    for script in content.dialogues.dialogues:
        for _ in range(PLAYS_PER_SCRIPT):
            chat = planner.play(script, None)
            if chat is not None:
                chats.append(chat)
    chats.sort(key=lambda c: c.messages[0].at)
    return chats
