"""Order histories for the demo: when each order was placed, paid, shipped, tracked, delivered,
confirmed, reviewed, closed or refunded, all counted back from the injected `now`.

Pure: values in, values out. The generator replays each history through the orders service, so
every step passes the same state machine as real data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from kefu.demo.catalog import PlannedProduct, PlannedVariant
from kefu.demo.content import Carrier, DemoContent, Route, ShopDef
from kefu.demo.tracking import tracking_number

CENT = Decimal("0.01")
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
EXPRESS_CARRIERS = frozenset({"sf", "ups"})
# Taobao's late-shipment compensation (TB rules, see kefu/rules/data/taobao.yaml): 5 % of the
# paid amount, at least 1 and at most 30 yuan. Used for the demo's partial refunds.
LATE_SHIP_SHARE = Decimal("0.05")
LATE_SHIP_MIN, LATE_SHIP_MAX = Decimal("1"), Decimal("30")
RATINGS = (5, 4, 3, 2, 1)
RATING_WEIGHTS = (55, 22, 10, 6, 7)
PARTIAL_REASONS = {
    "taobao": ("鞋盒压坏,补偿部分货款", "活动降价,退还差价", "发货超时,按规则赔付"),
    "aliexpress": ("Compensation for a crushed box", "Price drop refund", "Late delivery goodwill"),
}
FULL_REFUND_REASONS = {
    "taobao": {"unshipped": "买家拍错尺码,未发货退款", "returned": "七天无理由退货,仓库已收货"},
    "aliexpress": {
        "unshipped": "Buyer cancelled before shipping",
        "returned": "Returned: size did not fit",
    },
}
CLOSE_REASONS = {
    "system": "unpaid order closed automatically",
    "buyer": "buyer cancelled before paying",
}


@dataclass(frozen=True)
class Track:
    at: datetime
    location: str
    description: str
    code: str


@dataclass(frozen=True)
class Pay:
    at: datetime
    channel: str
    reference: str


@dataclass(frozen=True)
class Ship:
    at: datetime
    carrier: str
    carrier_name: str
    tracking_number: str
    events: tuple[Track, ...]


@dataclass(frozen=True)
class Move:
    target: Literal["closed", "confirmed"]
    at: datetime
    actor: str
    reason: str


@dataclass(frozen=True)
class Refund:
    at: datetime
    amount: Decimal
    reason: str


@dataclass(frozen=True)
class Rate:
    at: datetime
    rating: int
    text: str
    lang: str
    product_code: str
    reply: str | None
    reply_at: datetime | None


Action = Pay | Ship | Move | Refund | Rate


@dataclass(frozen=True)
class PlannedLine:
    product_code: str
    sku: str
    title: str
    category: str
    quantity: int
    unit_price: Decimal
    colour_code: str
    size: str


@dataclass(frozen=True)
class PlannedOrder:
    shop: str
    buyer: str
    number: str
    currency: str
    placed_at: datetime
    lines: tuple[PlannedLine, ...]
    shipping_fee: Decimal
    discount: Decimal
    free_shipping: bool
    address: dict[str, str]
    buyer_note: str
    ship_by: datetime | None
    auto_close_at: datetime | None
    auto_confirm_at: datetime | None
    actions: tuple[Action, ...]
    status: str
    refund_status: str
    delivered_at: datetime | None = None
    shipped_at: datetime | None = None
    paid_at: datetime | None = None

    @property
    def total(self) -> Decimal:
        items = sum((line.unit_price * line.quantity for line in self.lines), Decimal("0"))
        return (items + self.shipping_fee - self.discount).quantize(CENT)

    @property
    def shipment(self) -> Ship | None:
        return next((a for a in self.actions if isinstance(a, Ship)), None)


@dataclass
class OrderRequest:
    """What the planner wants: the final state plus optional fixed facts (for personas)."""

    shop: str
    buyer: str
    country: str
    language: str
    address: dict[str, str]
    target: str
    lines: list[PlannedLine]
    buyer_note: str = ""
    carrier: str | None = None
    stuck: bool | None = None
    age_days: float | None = None
    partial_refund: bool | None = None
    review_band: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


def _at(rng: random.Random, start: datetime, end: datetime) -> datetime:
    """A moment between start and end, to the second."""
    if end <= start:
        return start
    seconds = (end - start).total_seconds()
    return (start + timedelta(seconds=rng.uniform(0, seconds))).replace(microsecond=0)


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def pick_carrier(route: Route, rng: random.Random) -> Carrier:
    return rng.choices(route.carriers, weights=[c.share for c in route.carriers])[0]


def make_line(
    product: PlannedProduct, variant: PlannedVariant, lang: str, quantity: int
) -> PlannedLine:
    title = f"{product.display_title(lang)} {variant.color} {variant.size}"
    return PlannedLine(
        product.code,
        variant.sku,
        title,
        product.category,
        quantity,
        variant.price,
        variant.colour_code,
        variant.size,
    )


class Timelines:
    """Builds order histories for one load; holds the content, clock and random source."""

    def __init__(self, content: DemoContent, now: datetime, rng: random.Random) -> None:
        self.content = content
        self.now = now.replace(microsecond=0)
        self.rng = rng
        self.numbers: set[str] = set()

    # -- numbers ------------------------------------------------------------------------------
    def order_number(self, shop: str) -> str:
        while True:
            if shop == "taobao":  # 19-digit numeric, as in Taobao's seller exports
                number = str(self.rng.randint(2_000_000_000_000_000_000, 4_999_999_999_999_999_999))
            else:  # AliExpress: 16 digits starting with 8
                number = "8" + "".join(self.rng.choice("0123456789") for _ in range(15))
            if number not in self.numbers:
                self.numbers.add(number)
                return number

    def _reference(self, channel: str) -> str:
        digits = "".join(self.rng.choice("0123456789") for _ in range(18))
        return f"{channel.upper().replace('_', '')[:4]}{digits}"

    # -- logistics ----------------------------------------------------------------------------
    def _events(
        self,
        domestic: bool,
        carrier: Carrier,
        shipped: datetime,
        end: datetime,
        delivered: bool,
        stuck: bool,
        country: str,
        address: dict[str, str],
    ) -> tuple[Track, ...]:
        logistics = self.content.logistics
        route = logistics.domestic if domestic else logistics.cross_border
        origin = logistics.origin["zh-Hans" if domestic else "en"]
        city = address.get("city", "")
        values = {
            "carrier": carrier.name,
            "origin": origin["place"],
            "hub": origin["hub"],
            "export": origin.get("export", ""),
            "city": city,
            "district": address.get("district", ""),
            "country": country,
            "dest_hub": f"{city.removesuffix('市')}转运中心",
            "last_mile": route.last_mile.get(country, "the local post"),
        }
        steps = route.steps
        span = end - shipped
        fractions = sorted(self.rng.uniform(0.05, 0.9) for _ in range(len(steps) - 2))
        moments = [shipped + span * f for f in [0.01, *fractions, 0.97]]
        events = []
        for step, moment in zip(steps, moments, strict=True):
            at = moment.replace(microsecond=0)
            if at > self.now:
                break
            location = step.location.format(**values)
            events.append(Track(at, location, step.text.format(**values), step.code))
        if delivered:
            text = self.rng.choice(route.delivered).format(**values)
            place = f"{city}{values['district']}" if domestic else f"{city}, {country}"
            events.append(Track(end, place, text, "delivered"))
        elif stuck and events:
            last = events[-1].at
            at = _at(self.rng, last + HOUR, min(self.now, last + 2 * DAY))
            if at > last:
                events.append(
                    Track(at, events[-1].location, route.stuck.format(**values), "exception")
                )
        return tuple(events)

    # -- one order ------------------------------------------------------------------------------
    def build(
        self, request: OrderRequest, shop_def: ShopDef, products: dict[str, PlannedProduct]
    ) -> PlannedOrder:
        rng, now = self.rng, self.now
        shop = request.shop
        domestic = shop == "taobao"
        route = self.content.logistics.domestic if domestic else self.content.logistics.cross_border
        carrier = (
            next(c for c in route.carriers if c.code == request.carrier)
            if request.carrier
            else pick_carrier(route, rng)
        )
        items_total = sum((line.unit_price * line.quantity for line in request.lines), Decimal("0"))
        fee = shop_def.standard_fee if items_total < shop_def.free_shipping_over else Decimal("0")
        if carrier.code in EXPRESS_CARRIERS:
            fee = shop_def.express_fee
        if request.address.get("province") in shop_def.remote_provinces:
            fee += shop_def.remote_fee
        discount = Decimal("0")
        if items_total >= shop_def.coupon.over and rng.random() < shop_def.coupon.share:
            discount = shop_def.coupon.amount
        total = _money(items_total + fee - discount)
        target = request.target
        handling = timedelta(hours=shop_def.handling_hours)
        transit = timedelta(days=rng.uniform(*carrier.days))
        actions: list[Action] = []
        ship_by = auto_close = auto_confirm = None
        delivered_at: datetime | None = None
        shipped_at: datetime | None = None
        paid_at: datetime | None = None
        boleto = request.country in shop_def.boleto_countries and rng.random() < 0.6
        channels = shop_def.payment_channels
        channel = (
            "boleto" if boleto else rng.choices(list(channels), weights=list(channels.values()))[0]
        )
        pay_delay = (
            timedelta(days=rng.uniform(1, 2)) if boleto else timedelta(minutes=rng.uniform(1, 90))
        )
        refund_kind = "returned" if rng.random() < 0.6 else "unshipped"
        stuck = (
            request.stuck if request.stuck is not None else (not domestic and rng.random() < 0.15)
        )

        # Work backwards from the moment that defines the target state.
        if target == "created":
            placed = now - timedelta(hours=rng.uniform(0.2, shop_def.unpaid_close_hours * 0.9))
            auto_close = placed + timedelta(hours=shop_def.unpaid_close_hours)
        elif target == "closed":
            placed = now - DAY * (request.age_days or rng.uniform(2, 150))
            if rng.random() < 0.6:
                at = placed + timedelta(hours=shop_def.unpaid_close_hours)
                actions.append(Move("closed", at, "system", CLOSE_REASONS["system"]))
            else:
                at = _at(rng, placed + timedelta(minutes=5), placed + 6 * HOUR)
                actions.append(Move("closed", at, "buyer", CLOSE_REASONS["buyer"]))
            auto_close = placed + timedelta(hours=shop_def.unpaid_close_hours)
        elif target == "paid" or (target == "refunded" and refund_kind == "unshipped"):
            if target == "paid":
                # Some are already past the ship-by deadline: the late-shipment cases.
                paid_at = now - handling * rng.uniform(0.02, 1.25)
            else:
                paid_at = now - DAY * rng.uniform(3, 120)
            paid_at = paid_at.replace(microsecond=0)
            placed = paid_at - pay_delay
            actions.append(Pay(paid_at, channel, self._reference(channel)))
            ship_by = paid_at + handling
            if target == "refunded":
                at = _at(rng, paid_at + HOUR, min(now, paid_at + 30 * HOUR))
                reason = FULL_REFUND_REASONS[shop]["unshipped"]
                actions.append(Refund(at, total, reason))
        else:
            if target == "shipped":
                shipped_at = now - transit * rng.uniform(0.05, 0.9)
                if request.age_days is not None:
                    shipped_at = now - DAY * request.age_days
            elif target == "delivered":
                window = 6.5 if domestic else 12
                delivered_at = now - DAY * rng.uniform(0.1, window)
                shipped_at = delivered_at - transit
            else:  # confirmed, reviewed, refunded after return
                delivered_at = now - DAY * (request.age_days or rng.uniform(9, 220))
                shipped_at = delivered_at - transit
            shipped_at = shipped_at.replace(microsecond=0)
            if delivered_at is not None:
                delivered_at = delivered_at.replace(microsecond=0)
            paid_at = _at(rng, shipped_at - handling * 0.95, shipped_at - HOUR)
            placed = paid_at - pay_delay
            ship_by = paid_at + handling
            auto_confirm = shipped_at + timedelta(days=shop_def.auto_confirm_days)
            actions.append(Pay(paid_at, channel, self._reference(channel)))
            end = delivered_at or (shipped_at + transit)
            events = self._events(
                domestic,
                carrier,
                shipped_at,
                end,
                delivered_at is not None,
                stuck,
                request.country,
                request.address,
            )
            actions.append(
                Ship(
                    shipped_at,
                    carrier.code,
                    carrier.name,
                    tracking_number(carrier.code, rng),
                    events,
                )
            )
            last = delivered_at or shipped_at
            partial = request.partial_refund
            if partial is None:
                partial = (
                    target in ("delivered", "confirmed", "reviewed")
                    and rng.random() < shop_def.partial_refund_share
                )
            if partial and last < now - HOUR:
                reason = rng.choice(PARTIAL_REASONS[shop])
                if domestic and "超时" in reason:
                    amount = min(max(_money(total * LATE_SHIP_SHARE), LATE_SHIP_MIN), LATE_SHIP_MAX)
                else:
                    amount = _money(total * Decimal(str(round(rng.uniform(0.05, 0.3), 2))))
                if Decimal("0") < amount < total:
                    last = _at(rng, last + HOUR, min(now, last + 3 * DAY))
                    actions.append(Refund(last, amount, reason))
            if target in ("confirmed", "reviewed"):
                assert delivered_at is not None
                confirm_by = min(now - 2 * HOUR, delivered_at + DAY * rng.uniform(0.2, 8))
                confirmed = _at(
                    rng, max(last, delivered_at) + HOUR, max(confirm_by, last + 2 * HOUR)
                )
                actions.append(Move("confirmed", confirmed, "buyer", "buyer confirmed receipt"))
                if target == "reviewed":
                    actions.append(self._review(request, products, confirmed))
            if target == "refunded":
                assert delivered_at is not None
                at = _at(rng, last + DAY, min(now, last + 9 * DAY))
                refunded = sum((a.amount for a in actions if isinstance(a, Refund)), Decimal("0"))
                actions.append(Refund(at, total - refunded, FULL_REFUND_REASONS[shop]["returned"]))

        placed = placed.replace(microsecond=0)
        refunds = [a for a in actions if isinstance(a, Refund)]
        refund_status = "none"
        if refunds:
            refund_status = "full" if sum(r.amount for r in refunds) == total else "partial"
        return PlannedOrder(
            shop=shop,
            buyer=request.buyer,
            number=self.order_number(shop),
            currency=shop_def.currency,
            placed_at=placed,
            lines=tuple(request.lines),
            shipping_fee=fee,
            discount=discount,
            free_shipping=fee == 0,
            address=request.address,
            buyer_note=request.buyer_note,
            ship_by=ship_by,
            auto_close_at=auto_close,
            auto_confirm_at=auto_confirm,
            actions=tuple(actions),
            status=target,
            refund_status=refund_status,
            delivered_at=delivered_at,
            shipped_at=shipped_at,
            paid_at=paid_at,
        )

    def _review(
        self, request: OrderRequest, products: dict[str, PlannedProduct], confirmed: datetime
    ) -> Rate:
        rng, now = self.rng, self.now
        pools = self.content.reviews
        band = request.review_band
        rating = rng.choices(RATINGS, weights=RATING_WEIGHTS)[0]
        if band == "bad":
            rating = rng.choice((1, 2))
        band = "good" if rating >= 4 else "mixed" if rating == 3 else "bad"
        lang = request.language if request.language in pools.reviews else "en"
        text = rng.choice(getattr(pools.reviews[lang], band))
        at = _at(rng, confirmed + timedelta(minutes=10), min(now - HOUR, confirmed + 6 * DAY))
        at = max(at, confirmed)
        reply_lang = {"zh-Hant": "zh-Hans", "pt": "en", "ru": "en"}.get(lang, lang)
        reply = reply_at = None
        wants_reply = rng.random() < (0.8 if band == "bad" else 0.35)
        if wants_reply and band != "mixed" and at < now - HOUR:
            reply = rng.choice(getattr(pools.replies[reply_lang], band))
            reply_at = _at(rng, at + timedelta(minutes=20), min(now, at + 2 * DAY))
        return Rate(at, rating, text, lang, request.lines[0].product_code, reply, reply_at)
