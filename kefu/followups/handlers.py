"""Job handlers for the follow-up automations. Each one re-checks the world at send time — the
order may have been paid, closed or delivered since it was scheduled, the shop may have turned the
automation off, the buyer may have opted out — and only then sends through `service.send`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kefu.buyers.models import Buyer
from kefu.followups import service
from kefu.followups.calendar import default_calendar
from kefu.followups.policy import FollowupSettingsData
from kefu.jobs.registry import Defer, JobContext, Park, registry
from kefu.orders.models import Order, Review
from kefu.replies import TrackingEvent, compose
from kefu.replies.formatting import Money
from kefu.shops.models import Shop
from kefu.shops.service import get_shop

Result = dict[str, Any]


class _World:
    """What a follow-up job is about, loaded fresh when it runs."""

    def __init__(self, ctx: JobContext, automation: str) -> None:
        job = ctx.job
        if job.shop_id is None or job.buyer_id is None:
            raise Park(f"{job.kind} job {job.id} has no shop or buyer")
        self.ctx = ctx
        self.automation = automation
        self.shop: Shop = get_shop(ctx.db, job.shop_id)
        buyer = ctx.db.get(Buyer, job.buyer_id)
        if buyer is None:
            raise Park(f"buyer {job.buyer_id} no longer exists")
        self.buyer: Buyer = buyer
        self.order: Order | None = ctx.db.get(Order, job.order_id) if job.order_id else None
        self.settings: FollowupSettingsData = service.settings_for(ctx.db, self.shop.id)

    def skip(self, reason: str) -> Result:
        return service.skip(
            self.ctx.db, self.ctx.job, self.shop, self.automation, reason, self.ctx.now
        )

    def gate(self) -> Result | None:
        """Settings, opt-out, quiet hours and the frequency cap; a Result means skip."""
        if not self.settings.automation(self.automation).enabled:
            return self.skip(f"{self.automation} is turned off for this shop")
        reason = service.check_can_send(
            self.ctx.db,
            self.ctx.job,
            shop=self.shop,
            buyer=self.buyer,
            automation=self.automation,
            settings=self.settings,
            now=self.ctx.now,
        )
        return self.skip(reason) if reason else None

    def send(self, scenario: str, variables: dict[str, Any]) -> Result:
        return service.send(
            self.ctx.db,
            self.ctx.job,
            shop=self.shop,
            buyer=self.buyer,
            order=self.order,
            automation=self.automation,
            scenario=scenario,
            variables=variables,
            now=self.ctx.now,
        )


def _order(world: _World) -> Order:
    if world.order is None:
        raise Park(f"{world.ctx.job.kind} job {world.ctx.job.id} has no order")
    return world.order


@registry.register(service.kind_of("payment_reminder"))
def payment_reminder(ctx: JobContext) -> Result:
    world = _World(ctx, "payment_reminder")
    order = _order(world)
    # Never after payment or close: the order's state now, not when the job was scheduled.
    if order.status != "created":
        return world.skip(f"order is {order.status}; no reminder needed")
    close_at = service.rule_deadline(ctx.db, order, ctx.now, "auto_close")
    if close_at is None or ctx.now >= close_at:
        return world.skip("the order's auto-close time has passed or is unknown")
    gated = world.gate()
    if gated is not None:
        return gated
    return world.send(
        "payment_reminder",
        {
            "order_no": order.order_number,
            "items": service.item_titles(order),
            "pay_deadline": close_at,
        },
    )


@registry.register(service.kind_of("payment_received"))
def payment_received(ctx: JobContext) -> Result:
    world = _World(ctx, "payment_received")
    order = _order(world)
    if order.status != "paid":
        # Shipped already: the shipping notice says more; closed/refunded: nothing to confirm.
        return world.skip(f"order is {order.status}; the payment notice is no longer useful")
    gated = world.gate()
    if gated is not None:
        return gated
    ship_by = (
        order.ship_by
        or order.promised_ship_by
        or service.rule_deadline(ctx.db, order, ctx.now, "ship_by")
    )
    return world.send(
        "payment_received",
        {
            "order_no": order.order_number,
            "amount": Money(order.total, order.currency),
            "ship_by": ship_by,
        },
    )


@registry.register(service.kind_of("shipped"))
def shipped(ctx: JobContext) -> Result:
    world = _World(ctx, "shipped")
    order = _order(world)
    if order.status != "shipped" or not order.shipments:
        return world.skip(f"order is {order.status}; the shipping notice is no longer useful")
    gated = world.gate()
    if gated is not None:
        return gated
    parcel = order.shipments[-1]
    return world.send(
        "shipped",
        {
            "order_no": order.order_number,
            "carrier": parcel.carrier,
            "tracking_no": parcel.tracking_number,
        },
    )


@registry.register(service.kind_of("logistics_stalled"))
def logistics_stalled(ctx: JobContext) -> Result:
    world = _World(ctx, "logistics_stalled")
    order = _order(world)
    if order.status != "shipped" or not order.shipments:
        return world.skip(f"order is {order.status}; tracking is no longer being watched")
    stall = timedelta(days=world.settings.automation("logistics_stalled").stall_days)
    parcel = order.shipments[-1]
    events = sorted(parcel.events, key=lambda e: e.at)
    last_move = events[-1].at if events else parcel.shipped_at
    if ctx.now - last_move < stall:
        # Tracking moved since the job was scheduled: look again N days after the last move.
        raise Defer(last_move + stall, "tracking moved recently")
    days = (ctx.now - last_move).days
    noted = service.note(
        ctx.db,
        ctx.job,
        shop=world.shop,
        buyer=world.buyer,
        order=order,
        automation="logistics_stalled",
        text=(
            f"物流停滞提醒：订单 {order.order_number}（{parcel.carrier} {parcel.tracking_number}）"
            f"已 {days} 天没有新的物流信息，请核实买家是否未收到货。\n"
            f"Tracking stalled: no carrier update for {days} days; check whether the buyer has "
            f"received the parcel (not-received check)."
        ),
        event="followup.not_received_check",
        event_payload={"days_without_update": days, "tracking_no": parcel.tracking_number},
        now=ctx.now,
    )
    gated = world.gate()
    if gated is not None:
        return {**gated, "note_message_id": noted["message_id"]}
    if not events:
        reason = "no tracking event to quote to the buyer"
        return {**world.skip(reason), "note_message_id": noted["message_id"]}
    last = events[-1]
    sent = world.send(
        "logistics_stalled",
        {
            "carrier": parcel.carrier,
            "tracking_no": parcel.tracking_number,
            "tracking_event": TrackingEvent(
                description=last.description, at=last.at, location=last.location or None
            ),
        },
    )
    return {**sent, "note_message_id": noted["message_id"]}


@registry.register(service.kind_of("delivered_checkin"))
def delivered_checkin(ctx: JobContext) -> Result:
    world = _World(ctx, "delivered_checkin")
    order = _order(world)
    if order.status not in ("delivered", "confirmed"):
        return world.skip(f"order is {order.status}; no delivery check-in")
    gated = world.gate()
    if gated is not None:
        return gated
    return world.send(
        "delivered_checkin", {"order_no": order.order_number, "items": service.item_titles(order)}
    )


@registry.register(service.kind_of("review_request"))
def review_request(ctx: JobContext) -> Result:
    world = _World(ctx, "review_request")
    order = _order(world)
    if order.status != "confirmed":
        # Reviewed already, or refunded: asking for a review now would grate.
        return world.skip(f"order is {order.status}; no review request")
    gated = world.gate()
    if gated is not None:
        return gated
    return world.send(
        "review_request", {"order_no": order.order_number, "items": service.item_titles(order)}
    )


def _review(ctx: JobContext) -> Review:
    review_id = ctx.job.payload.get("review_id")
    review = ctx.db.get(Review, review_id) if isinstance(review_id, int) else None
    if review is None:
        raise Park(f"review {review_id} no longer exists")
    return review


@registry.register(service.kind_of("review_thanks"))
def review_thanks(ctx: JobContext) -> Result:
    world = _World(ctx, "review_thanks")
    review = _review(ctx)
    if review.rating < world.settings.automation("review_thanks").min_rating:
        return world.skip("the review is no longer a good one")
    if world.order is not None and world.order.status == "refunded":
        return world.skip("order refunded")
    gated = world.gate()
    if gated is not None:
        return gated
    return world.send("review_thanks", {})


@registry.register(service.kind_of("bad_review_alert"))
def bad_review_alert(ctx: JobContext) -> Result:
    """Not a buyer message: an internal note for the agent with a drafted explanation in the
    buyer's language, to adapt and send (or publish as the review reply) after reading."""
    world = _World(ctx, "bad_review_alert")
    if not world.settings.automation("bad_review_alert").enabled:
        return world.skip("bad_review_alert is turned off for this shop")
    review = _review(ctx)
    lang = service.buyer_lang(world.buyer, world.shop)
    draft = ""
    if lang is not None:
        template = service.pick_template(
            service.library_for(ctx.db, world.shop.id),
            "bad_review_reply",
            lang,
            {"buyer_name": world.buyer.name or None},
            review.id,
        )
        if template is not None:
            draft = compose(
                template,
                {"buyer_name": world.buyer.name or None},
                lang,
                service.buyer_zone(world.buyer, world.shop),
            ).text
    order_no = world.order.order_number if world.order else "-"
    text = (
        f"差评提醒 Bad review ★{review.rating} · 订单 {order_no}\n"
        f"买家评价 / review: {review.text or '（无文字 / no text）'}\n"
        + (
            f"建议解释草稿 / draft reply ({lang}):\n{draft}"
            if draft
            else "没有可用的草稿模板 / no draft template for the buyer's language"
        )
    )
    return service.note(
        ctx.db,
        ctx.job,
        shop=world.shop,
        buyer=world.buyer,
        order=world.order,
        automation="bad_review_alert",
        text=text,
        event="followup.bad_review",
        event_payload={"review_id": review.id, "rating": review.rating},
        now=ctx.now,
    )


@registry.register(service.kind_of("holiday_greeting"))
def holiday_greeting(ctx: JobContext) -> Result:
    world = _World(ctx, "holiday_greeting")
    holiday_id = ctx.job.payload.get("holiday")
    holiday = next((h for h in default_calendar().holidays if h.id == holiday_id), None)
    if holiday is None:
        raise Park(f"holiday {holiday_id!r} is not in the calendar any more")
    day = date.fromisoformat(str(ctx.job.payload.get("date")))
    if holiday.on(day.year) != day:
        return world.skip(f"the calendar moved {holiday.id}; not greeting on {day}")
    gated = world.gate()
    if gated is not None:
        return gated
    lang = service.buyer_lang(world.buyer, world.shop) or "en"
    return world.send("holiday_greeting", {"holiday_name": holiday.name(lang)})


@registry.register(service.PLANNER_KIND)
def plan_holidays(ctx: JobContext) -> Result:
    created = service.plan_holidays(ctx.db, ctx.now)
    service.schedule_next_planner(ctx.db, ctx.now)
    return {"outcome": "planned", "greetings": created}
