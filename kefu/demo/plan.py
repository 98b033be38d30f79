"""The whole demo world as plain values, decided from a seed and the injected `now`.

Planning is pure (no database), so the same seed and clock always give the same plan, and the
generator only has to replay it through the domain services.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from kefu.demo import personas
from kefu.demo.cases import PlannedCase, plan_cases
from kefu.demo.catalog import PlannedProduct, PlannedVariant, plan_catalogue
from kefu.demo.chats import PlannedConversation, plan_conversations
from kefu.demo.content import DemoContent, Locale, Place, load_content
from kefu.demo.timeline import DAY, OrderRequest, PlannedLine, PlannedOrder, Timelines, make_line

SHOP_LANG = {"taobao": "zh-Hans", "aliexpress": "en"}
# Product keys weighted by how often they sell: boots and trail shoes carry the shop.
SALES_WEIGHT = {
    "hiking_boots": 6,
    "hiking_shoes": 5,
    "trail_running": 5,
    "approach_shoes": 2,
    "sandals": 3,
    "socks": 6,
    "insoles": 3,
    "gaiters": 2,
    "laces": 2,
    "care": 2,
}


@dataclass(frozen=True)
class PlannedBuyer:
    shop: str
    external_id: str
    name: str
    nickname: str
    country: str
    language: str
    timezone: str
    email: str | None
    phone: str
    contacts: dict[str, str]
    tags: tuple[str, ...]
    notes: str
    created_at: datetime
    address: dict[str, str]
    persona: str | None = None


@dataclass(frozen=True)
class DemoPlan:
    now: datetime
    seed: int
    products: tuple[PlannedProduct, ...]
    buyers: tuple[PlannedBuyer, ...]
    orders: tuple[PlannedOrder, ...]
    conversations: tuple[PlannedConversation, ...]
    cases: tuple[PlannedCase, ...] = ()


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _phone(pattern: str, rng: random.Random) -> str:
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "{":
            j = pattern.index("}", i)
            token = pattern[i + 1 : j]
            if token.startswith("d"):
                out.append("".join(rng.choice("0123456789") for _ in range(int(token[1:]))))
            else:
                out.append(rng.choice(token.split("|")))
            i = j + 1
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


def _address(
    place: Place, name: str, phone: str, country: str, rng: random.Random
) -> dict[str, str]:
    line = place.line.format(n=rng.randint(1, 399), b=rng.randint(1, 12), u=rng.randint(101, 1808))
    return {
        "name": name,
        "phone": phone,
        "country": country,
        "province": place.province,
        "city": place.city,
        "district": place.district,
        "line": line,
        "postcode": place.postcode,
    }


@dataclass
class _Draft:
    """A buyer being planned; frozen into PlannedBuyer once their first activity is known."""

    shop: str
    external_id: str
    name: str
    nickname: str
    country: str
    language: str
    timezone: str
    email: str | None
    phone: str
    contacts: dict[str, str]
    tags: tuple[str, ...]
    notes: str
    address: dict[str, str]
    weight: float
    persona: str | None = None


class Planner:
    def __init__(self, content: DemoContent, now: datetime, seed: int) -> None:
        self.content = content
        self.now = now.replace(microsecond=0)
        self.seed = seed
        self.rng = random.Random(seed)
        self.timelines = Timelines(content, self.now, self.rng)
        self.products: list[PlannedProduct] = []
        self.drafts: list[_Draft] = []
        self.orders: list[PlannedOrder] = []

    # -- buyers ---------------------------------------------------------------------------------
    def _buyer(self, shop: str, country: str, locale: Locale, taken: set[str]) -> _Draft:
        rng = self.rng
        family, given = rng.choice(locale.family_names), rng.choice(locale.given_names)
        chinese = locale.language.startswith("zh")
        name = f"{family}{given}" if chinese else f"{given} {family}"
        word, tail = rng.choice(locale.nickname_words), rng.choice(locale.nickname_tails)
        nickname = f"{word}{tail}" if chinese else f"{_ascii(word)}_{_ascii(tail).replace(' ', '')}"
        if rng.random() < 0.5 or nickname in taken:
            nickname += str(rng.randint(1, 9999))
        while nickname in taken:
            nickname += str(rng.randint(0, 9))
        taken.add(nickname)
        if shop == "taobao":
            external_id = nickname
            contacts = {"wangwang": nickname}
            email = None
        else:
            external_id = f"{country.lower()}{rng.randint(10**9, 10**10 - 1)}"
            contacts = {"aliexpress_member": external_id}
            email = f"{nickname}@example.com" if rng.random() < 0.55 else None
        place = rng.choice(locale.places)
        phone = _phone(locale.phone, rng)
        pool = self.content.people.tags[shop]  # type: ignore[index]  # shop is a ShopKey
        tags = tuple(sorted(set(rng.sample(pool, k=rng.choice((0, 0, 1, 1, 2))))))
        notes_lang = "zh-Hans" if shop == "taobao" else "en"
        notes = rng.choice(self.content.people.notes[notes_lang])
        return _Draft(
            shop,
            external_id,
            name,
            nickname,
            country,
            locale.language,
            place.tz,
            email,
            phone,
            contacts,
            tags,
            notes,
            _address(place, name, phone, country, rng),
            weight=min(rng.paretovariate(1.4), 8.0),
        )

    def _persona(self, persona: personas.Persona) -> _Draft:
        locale = self.content.people.locales[persona.country]
        phone = _phone(locale.phone, self.rng)
        contacts = (
            {"wangwang": persona.external_id}
            if persona.shop == "taobao"
            else {"aliexpress_member": persona.external_id}
        )
        address = {
            "name": persona.name,
            "phone": phone,
            "country": persona.country,
            **persona.place,
        }
        return _Draft(
            persona.shop,
            persona.external_id,
            persona.name,
            persona.nickname,
            persona.country,
            persona.language,
            persona.timezone,
            None,
            phone,
            contacts,
            persona.tags,
            persona.notes,
            address,
            weight=0.0,
            persona=persona.key,
        )

    def plan_buyers(self) -> None:
        people = self.content.people
        for shop in ("taobao", "aliexpress"):
            taken: set[str] = set()
            for country, count in people.mix[shop].items():
                locale = people.locales[country]
                for _ in range(count):
                    self.drafts.append(self._buyer(shop, country, locale, taken))
        self.drafts.extend(self._persona(p) for p in personas.PERSONAS)

    # -- orders ---------------------------------------------------------------------------------
    def _variant(self, product: PlannedProduct) -> PlannedVariant:
        return self.rng.choice(product.variants)

    def _lines(self, shop: str, bulk: bool = False) -> list[PlannedLine]:
        rng = self.rng
        products = [p for p in self.products if p.shop == shop]
        weights = [SALES_WEIGHT.get(p.category, 1) for p in products]
        count = rng.choices((1, 2, 3), weights=(70, 22, 8))[0]
        chosen: list[PlannedProduct] = []
        for product in rng.choices(products, weights=weights, k=count * 2):
            if product not in chosen and len(chosen) < count:
                chosen.append(product)
        lines = []
        for product in chosen:
            quantity = 1
            if product.category in ("socks", "laces", "insoles"):
                quantity = rng.choice((1, 1, 2, 3))
            if bulk:
                quantity = (
                    rng.choice((5, 10, 12, 20))
                    if not product_is_shoe(product)
                    else rng.choice((2, 3, 4))
                )
            lines.append(make_line(product, self._variant(product), SHOP_LANG[shop], quantity))
        return lines

    def _request(
        self,
        draft: _Draft,
        target: str,
        lines: list[PlannedLine] | None = None,
        **kw: Any,
    ) -> OrderRequest:
        return OrderRequest(
            shop=draft.shop,
            buyer=draft.external_id,
            country=draft.country,
            language=draft.language,
            address=draft.address,
            target=target,
            lines=lines or self._lines(draft.shop),
            **kw,
        )

    def plan_orders(self) -> None:
        rng = self.rng
        shop_defs = self.content.shops.shops
        by_code = {p.code: p for p in self.products}
        for shop in ("taobao", "aliexpress"):
            shop_def = shop_defs[shop]
            drafts = [d for d in self.drafts if d.shop == shop and d.persona is None]
            weights = [d.weight for d in drafts]
            states = list(shop_def.states)
            counts = {s: 0 for s in states}
            for _ in range(shop_def.orders):
                target = rng.choices(states, weights=list(shop_def.states.values()))[0]
                counts[target] += 1
                draft = rng.choices(drafts, weights=weights)[0]
                self.orders.append(
                    self.timelines.build(self._request(draft, target), shop_def, by_code)
                )
        self._persona_orders(by_code)

    def _product(self, key: str, shop: str) -> PlannedProduct:
        return next(p for p in self.products if p.key == key and p.shop == shop)

    def _persona_orders(self, by_code: dict[str, PlannedProduct]) -> None:
        rng, tl = self.rng, self.timelines
        drafts = {d.persona: d for d in self.drafts if d.persona}
        taobao = self.content.shops.shops["taobao"]
        aliexpress = self.content.shops.shops["aliexpress"]

        def line(key: str, shop: str, size: str | None = None, quantity: int = 1) -> PlannedLine:
            product = self._product(key, shop)
            variants = [v for v in product.variants if size is None or v.size == size]
            return make_line(product, rng.choice(variants), SHOP_LANG[shop], quantity)

        student = drafts[personas.PRICE_SENSITIVE_STUDENT.key]
        self.orders.append(
            tl.build(
                self._request(
                    student,
                    "reviewed",
                    lines=[line("merino-hiker-sock", "taobao", "M", 2)],
                    age_days=40,
                ),
                taobao,
                by_code,
            )
        )
        self.orders.append(
            tl.build(
                self._request(
                    student,
                    "created",
                    lines=[line("cloud-low", "taobao", "39")],
                ),
                taobao,
                by_code,
            )
        )

        reseller = drafts[personas.RESELLER.key]
        for month in range(16):
            target = (
                "paid"
                if month == 0
                else "shipped"
                if month == 1
                else rng.choice(("confirmed", "reviewed"))
            )
            lines = [
                line("merino-hiker-sock", "taobao", quantity=rng.choice((12, 20, 24))),
                line("arch-insole", "taobao", quantity=rng.choice((6, 10))),
            ]
            if month % 3 == 0:
                lines.append(line("ridge-mid-m", "taobao", quantity=rng.choice((2, 3))))
            age = None if month < 2 else 30.0 * month - rng.uniform(0, 10)
            self.orders.append(
                tl.build(
                    self._request(
                        reseller,
                        target,
                        lines=lines,
                        age_days=age,
                        partial_refund=False,
                        buyer_note="月度补货,请开增值税普通发票",
                    ),
                    taobao,
                    by_code,
                )
            )

        gift = drafts[personas.GIFT_BUYER.key]
        self.orders.append(
            tl.build(
                self._request(
                    gift,
                    "paid",
                    lines=[line("ridge-mid-m", "taobao", "42")],
                    buyer_note="送爸爸的生日礼物,请不要放价格单,附贺卡:生日快乐!",
                ),
                taobao,
                by_code,
            )
        )

        angry = drafts[personas.ANGRY_DAMAGED.key]
        self.orders.append(
            tl.build(
                self._request(
                    angry,
                    "delivered",
                    lines=[line("summit-leather", "taobao", "43")],
                    carrier="yto",
                    partial_refund=False,
                ),
                taobao,
                by_code,
            )
        )

        mexico = drafts[personas.MEXICO_WAITING.key]
        self.orders.append(
            tl.build(
                self._request(
                    mexico,
                    "shipped",
                    lines=[line("ridge-mid-w", "aliexpress", "38")],
                    carrier="cainiao",
                    stuck=True,
                    age_days=24.0,
                ),
                aliexpress,
                by_code,
            )
        )

    # -- buyers, frozen -------------------------------------------------------------------------
    def freeze_buyers(self, conversations: list[PlannedConversation]) -> list[PlannedBuyer]:
        first: dict[tuple[str, str], datetime] = {}
        for order in self.orders:
            key = (order.shop, order.buyer)
            first[key] = min(first.get(key, order.placed_at), order.placed_at)
        for chat in conversations:
            key = (chat.shop, chat.buyer)
            start = chat.messages[0].at
            first[key] = min(first.get(key, start), start)
        buyers = []
        for d in self.drafts:
            seen = first.get((d.shop, d.external_id), self.now - DAY * self.rng.uniform(1, 60))
            created = (seen - timedelta(days=self.rng.uniform(0, 30))).replace(microsecond=0)
            buyers.append(
                PlannedBuyer(
                    d.shop,
                    d.external_id,
                    d.name,
                    d.nickname,
                    d.country,
                    d.language,
                    d.timezone,
                    d.email,
                    d.phone,
                    d.contacts,
                    d.tags,
                    d.notes,
                    created,
                    d.address,
                    d.persona,
                )
            )
        return buyers


def product_is_shoe(product: PlannedProduct) -> bool:
    return product.is_footwear


def plan_demo(*, now: datetime, seed: int = 7) -> DemoPlan:
    """Decide every row of the demo from `seed` and `now`; nothing here touches a database."""
    content = load_content()
    planner = Planner(content, now, seed)
    planner.products = plan_catalogue(content, planner.rng)
    planner.plan_buyers()
    planner.plan_orders()
    conversations = plan_conversations(
        content, planner.now, planner.rng, planner.products, planner.drafts, planner.orders
    )
    buyers = planner.freeze_buyers(conversations)
    orders = tuple(planner.orders)
    cases = plan_cases(
        content,
        planner.now,
        seed,
        orders,
        tuple(conversations),
        {(b.shop, b.external_id): b.language for b in buyers},
    )
    return DemoPlan(
        now=planner.now,
        seed=seed,
        products=tuple(planner.products),
        buyers=tuple(buyers),
        orders=orders,
        conversations=tuple(conversations),
        cases=cases,
    )
