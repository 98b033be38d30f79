"""Follow-ups (C9): per-shop settings, scheduling the lifecycle automations when an order or a
review changes (as jobs, in the same transaction as the change), and the one guarded path every
automated message takes to the buyer's conversation.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kefu.audit import service as audit
from kefu.auth.principal import Principal
from kefu.buyers.models import Buyer
from kefu.conversations import service as conversations
from kefu.conversations.models import CHANNELS, Conversation, Message
from kefu.errors import GuardBlocked, KefuError, NotFound
from kefu.events import Event, publish_after_commit
from kefu.followups.models import FollowupSend, FollowupSettings
from kefu.followups.policy import (
    FollowupSettingsData,
    cap_release,
    effective_settings,
    in_quiet_hours,
    next_send_time,
    zone,
)
from kefu.jobs import service as jobs
from kefu.jobs.models import Job
from kefu.jobs.registry import Defer, Park
from kefu.orders.models import Order, Review
from kefu.replies import Library, Template, available, compose, default_library
from kefu.replies.formatting import LANGS
from kefu.shops.models import Shop
from kefu.shops.service import access_shop, get_shop

KIND_PREFIX = "followup."
# Kinds that end when the order closes or is refunded (the review ones are about a finished trade).
ORDER_KINDS = tuple(
    KIND_PREFIX + name
    for name in (
        "payment_reminder",
        "payment_received",
        "shipped",
        "logistics_stalled",
        "delivered_checkin",
        "review_request",
    )
)


def kind_of(automation: str) -> str:
    return KIND_PREFIX + automation


# --- settings ------------------------------------------------------------------------------------


def overrides_of(db: Session, shop_id: int) -> dict[str, Any]:
    row = db.get(FollowupSettings, shop_id)
    return dict(row.overrides) if row is not None else {}


def settings_for(db: Session, shop_id: int) -> FollowupSettingsData:
    return effective_settings(overrides_of(db, shop_id))


def access_settings(db: Session, principal: Principal, shop_id: int) -> FollowupSettingsData:
    access_shop(db, principal, shop_id)
    return settings_for(db, shop_id)


def do_update_settings(
    db: Session, principal: Principal, shop_id: int, overrides: Mapping[str, Any], now: datetime
) -> FollowupSettingsData:
    """Replace the shop's overrides (validated against the defaults). Turning an automation off
    takes effect at once: queued jobs re-read the settings when they run."""
    access_shop(db, principal, shop_id)
    principal.check_role("supervisor")
    effective = effective_settings(overrides)
    row = db.get(FollowupSettings, shop_id)
    old = dict(row.overrides) if row is not None else {}
    if row is None:
        row = FollowupSettings(shop_id=shop_id, overrides=dict(overrides), updated_at=now)
        db.add(row)
    else:
        row.overrides = dict(overrides)
    row.updated_at, row.updated_by = now, principal.user_id
    audit.record(
        db,
        at=now,
        action="followups.settings",
        entity="shop",
        entity_id=shop_id,
        user_id=principal.user_id,
        shop_id=shop_id,
        changes={"overrides": [old, dict(overrides)]},
    )
    db.flush()
    return effective


# --- facts the automations need --------------------------------------------------------------


def buyer_lang(buyer: Buyer | None, shop: Shop) -> str | None:
    """The buyer's reply language, or None when we have no wording for it."""
    for raw in (buyer.language if buyer else None, *(shop.languages or [])):
        lang = normalise_lang(raw)
        if lang is not None:
            return lang
    return None


def normalise_lang(raw: str | None) -> str | None:
    if not raw:
        return None
    value = raw.strip().replace("_", "-")
    lower = value.lower()
    if lower in ("zh-hant", "zh-tw", "zh-hk", "zh-mo") or lower.startswith("zh-hant"):
        return "zh-Hant"
    if lower.startswith("zh"):
        return "zh-Hans"
    base = lower.split("-")[0]
    return base if base in LANGS else None


def buyer_zone(buyer: Buyer | None, shop: Shop) -> ZoneInfo:
    return zone(buyer.timezone if buyer else None, shop.timezone)


def rule_deadline(db: Session, order: Order, now: datetime, key: str) -> datetime | None:
    """A running deadline of the order from the rules engine (auto_close, ship_by, ...)."""
    from kefu.rules.service import evaluate_stored_order

    try:
        result = evaluate_stored_order(db, order, now)
    except KefuError:
        # A shop on a rule set without this timer: no deadline, so no timed automation either.
        return None
    for deadline, _decision in result.deadlines():
        if deadline.key == key and not deadline.passed and not deadline.paused:
            return deadline.at
    return None


def item_titles(order: Order) -> list[str]:
    return [item.title for item in order.items if item.title]


# --- scheduling ----------------------------------------------------------------------------------


def _schedule(
    db: Session,
    *,
    automation: str,
    settings: FollowupSettingsData,
    shop: Shop,
    buyer: Buyer,
    order: Order | None,
    due_at: datetime,
    now: datetime,
    key: str,
    valid_until: datetime | None = None,
    payload: dict[str, Any] | None = None,
) -> Job | None:
    if not settings.automation(automation).enabled:
        return None
    auto = settings.automation(automation)
    due = max(due_at, now)
    if auto.category != "internal":
        due = next_send_time(due, buyer_zone(buyer, shop), settings.quiet_hours)
    if valid_until is None and auto.valid_hours is not None:
        valid_until = due + timedelta(hours=auto.valid_hours)
    if valid_until is not None and due >= valid_until:
        _record(
            db,
            shop=shop,
            buyer_id=buyer.id,
            order_id=order.id if order else None,
            automation=automation,
            outcome="skipped",
            now=now,
            reason="the buyer's night lasts past the last useful moment to send",
        )
        return None
    data = dict(payload or {})
    if valid_until is not None:
        data["valid_until"] = valid_until.isoformat()
    job, _created = jobs.do_enqueue(
        db,
        kind_of(automation),
        due_at=due,
        now=now,
        idempotency_key=key,
        shop_id=shop.id,
        order_id=order.id if order else None,
        buyer_id=buyer.id,
        payload=data,
    )
    return job


def _stale(event_at: datetime | None, now: datetime, settings: FollowupSettingsData) -> bool:
    return event_at is None or now - event_at > timedelta(hours=settings.stale_after_hours)


def on_order_changed(db: Session, order: Order, now: datetime) -> list[Job]:
    """Schedule (or cancel) the order's follow-ups for the state it just entered.

    Call in the transaction that changed the order (kefu/orders/service.py does), so the jobs
    exist exactly when the change does. Safe to call twice: every job has an idempotency key.
    """
    settings = settings_for(db, order.shop_id)
    shop = get_shop(db, order.shop_id)
    buyer = db.get(Buyer, order.buyer_id)
    if buyer is None:
        return []
    status = order.status
    scheduled: list[Job | None] = []

    def plan(
        automation: str,
        event_at: datetime | None,
        due_at: datetime | None = None,
        valid_until: datetime | None = None,
    ) -> None:
        if event_at is None or _stale(event_at, now, settings):
            return
        auto = settings.automation(automation)
        due = due_at if due_at is not None else event_at + timedelta(minutes=auto.delay_minutes)
        scheduled.append(
            _schedule(
                db,
                automation=automation,
                settings=settings,
                shop=shop,
                buyer=buyer,
                order=order,
                due_at=due,
                now=now,
                valid_until=valid_until,
                key=f"followup:{automation}:order:{order.id}",
            )
        )

    if status == "created" and not _stale(order.placed_at, now, settings):
        close_at = rule_deadline(db, order, now, "auto_close")
        auto = settings.automation("payment_reminder")
        if close_at is not None:
            wanted = order.placed_at + timedelta(minutes=auto.delay_minutes)
            latest = close_at - timedelta(minutes=auto.before_close_minutes)
            plan("payment_reminder", order.placed_at, min(wanted, max(latest, now)), close_at)
    elif status == "paid":
        jobs.do_cancel(
            db, now=now, reason="order paid", order_id=order.id, kinds=[kind_of("payment_reminder")]
        )
        plan("payment_received", order.paid_at)
    elif status == "shipped":
        plan("shipped", order.shipped_at)
        stall = settings.automation("logistics_stalled").stall_days
        if order.shipped_at is not None:
            plan("logistics_stalled", order.shipped_at, order.shipped_at + timedelta(days=stall))
    elif status == "delivered":
        jobs.do_cancel(
            db,
            now=now,
            reason="order delivered",
            order_id=order.id,
            kinds=[kind_of("logistics_stalled")],
        )
        plan("delivered_checkin", order.delivered_at)
    elif status == "confirmed":
        jobs.do_cancel(
            db,
            now=now,
            reason="order confirmed",
            order_id=order.id,
            kinds=[kind_of("logistics_stalled")],
        )
        plan("review_request", order.confirmed_at)
    elif status in ("closed", "refunded"):
        jobs.do_cancel(db, now=now, reason=f"order {status}", order_id=order.id, kinds=ORDER_KINDS)
    return [job for job in scheduled if job is not None]


def on_review_added(db: Session, review: Review, now: datetime) -> Job | None:
    """Thank a good review; alert the agent (with a drafted explanation) about a bad one."""
    settings = settings_for(db, review.shop_id)
    if _stale(review.created_at, now, settings):
        return None
    shop = get_shop(db, review.shop_id)
    buyer = db.get(Buyer, review.buyer_id)
    order = db.get(Order, review.order_id)
    if buyer is None:
        return None
    thanks, alert = settings.automation("review_thanks"), settings.automation("bad_review_alert")
    if review.rating >= thanks.min_rating:
        automation = "review_thanks"
    elif review.rating <= alert.max_rating:
        automation = "bad_review_alert"
    else:
        return None
    delay = settings.automation(automation).delay_minutes
    return _schedule(
        db,
        automation=automation,
        settings=settings,
        shop=shop,
        buyer=buyer,
        order=order,
        due_at=review.created_at + timedelta(minutes=delay),
        now=now,
        key=f"followup:{automation}:review:{review.id}",
        payload={"review_id": review.id},
    )


# --- the send path -----------------------------------------------------------------------------


def _record(
    db: Session,
    *,
    shop: Shop,
    buyer_id: int,
    order_id: int | None,
    automation: str,
    outcome: str,
    now: datetime,
    reason: str = "",
    job_id: int | None = None,
    message_id: int | None = None,
    template_id: str | None = None,
    lang: str | None = None,
) -> FollowupSend:
    row = FollowupSend(
        shop_id=shop.id,
        buyer_id=buyer_id,
        order_id=order_id,
        job_id=job_id,
        automation=automation,
        outcome=outcome,
        reason=reason,
        message_id=message_id,
        template_id=template_id,
        lang=lang,
        at=now,
    )
    db.add(row)
    db.flush()
    return row


def skip(
    db: Session, job: Job, shop: Shop, automation: str, reason: str, now: datetime
) -> dict[str, Any]:
    """Record that an automation decided not to send, and why; the job ends as done."""
    if job.buyer_id is not None:
        _record(
            db,
            shop=shop,
            buyer_id=job.buyer_id,
            order_id=job.order_id,
            job_id=job.id,
            automation=automation,
            outcome="skipped",
            reason=reason,
            now=now,
        )
    return {"outcome": "skipped", "reason": reason}


def library_for(db: Session, shop_id: int) -> Library:
    """The shop's own library once it has one (its edits and disabled replies count), else the
    shipped one."""
    from kefu.replies.service import shop_library

    own = shop_library(db, shop_id)
    return own if own.templates else default_library()


def pick_template(
    library: Library, scenario: str, lang: str, variables: Mapping[str, Any], seed: int
) -> Template | None:
    """A neutral template of `scenario` in `lang` that the known facts can fill; the seed spreads
    buyers over the variants so a shop does not send every buyer the same words."""
    pool = [t for t in library.templates if t.scenario == scenario and t.lang == lang]
    if not pool and lang == "zh-Hant":
        pool = [t for t in library.templates if t.scenario == scenario and t.lang == "zh-Hans"]
    usable = [t for t in pool if t.tone is None and not t.when and available(t, variables).ok]
    return usable[seed % len(usable)] if usable else None


def conversation_for(
    db: Session, shop: Shop, buyer: Buyer, order: Order | None, lang: str | None, now: datetime
) -> Conversation:
    """The buyer's open conversation (most recent on any channel) or a new one on the marketplace."""
    found = [
        c
        for c in (conversations.open_conversation_for(db, shop.id, buyer.id, ch) for ch in CHANNELS)
        if c is not None
    ]
    if found:
        return max(found, key=lambda c: (c.last_message_at, c.id))
    stage = "in_sale" if order is not None and order.status in ("created", "paid") else "after_sale"
    return conversations.do_create_conversation(
        db,
        {
            "shop_id": shop.id,
            "buyer_id": buyer.id,
            "channel": "marketplace",
            "stage": stage,
            "language": lang,
            "order_id": order.id if order else None,
        },
        now,
    )


def valid_until(job: Job) -> datetime | None:
    raw = job.payload.get("valid_until")
    return datetime.fromisoformat(raw) if isinstance(raw, str) else None


def check_can_send(
    db: Session,
    job: Job,
    *,
    shop: Shop,
    buyer: Buyer,
    automation: str,
    settings: FollowupSettingsData,
    now: datetime,
) -> str | None:
    """The checks every buyer-facing automated message passes at send time. Returns a reason to
    skip, raises Defer to wait (the buyer's night, the frequency cap), or None to go ahead."""
    auto = settings.automation(automation)
    if auto.category == "marketing" and buyer.marketing_opt_out:
        return "the buyer opted out of marketing messages"
    deadline = valid_until(job)
    tz = buyer_zone(buyer, shop)
    if in_quiet_hours(now, tz, settings.quiet_hours):
        wake = next_send_time(now, tz, settings.quiet_hours)
        if deadline is not None and wake >= deadline:
            return "quiet hours in the buyer's time zone last past the last useful moment"
        raise Defer(wake, f"quiet hours in {tz.key}")
    # Serialise sends to one buyer, so two workers cannot both squeeze under the cap.
    db.execute(select(Buyer.id).where(Buyer.id == buyer.id).with_for_update())
    cap = settings.frequency_cap
    since = now - timedelta(hours=cap.window_hours)
    recent = db.scalars(
        select(FollowupSend.at).where(
            FollowupSend.buyer_id == buyer.id,
            FollowupSend.outcome == "sent",
            FollowupSend.at > since,
        )
    ).all()
    release = cap_release(list(recent), now, cap)
    if release is not None:
        release = next_send_time(release, tz, settings.quiet_hours)
        if deadline is not None and release >= deadline:
            return f"frequency cap: {cap.max_messages} automated messages per {cap.window_hours} h"
        raise Defer(release, "frequency cap reached")
    return None


def send(
    db: Session,
    job: Job,
    *,
    shop: Shop,
    buyer: Buyer,
    order: Order | None,
    automation: str,
    scenario: str,
    variables: dict[str, Any],
    now: datetime,
) -> dict[str, Any]:
    """Compose from the reply library in the buyer's language and post into their conversation as
    the bot, through the guard. A guard block parks the job (a person must fix the template)."""
    lang = buyer_lang(buyer, shop)
    if lang is None:
        return skip(
            db, job, shop, automation, f"no reply wording for language {buyer.language!r}", now
        )
    facts = {
        "buyer_name": buyer.name or buyer.nickname or None,
        "shop_name": shop.name,
        **variables,
    }
    seed = order.id if order is not None else buyer.id
    template = pick_template(library_for(db, shop.id), scenario, lang, facts, seed)
    if template is None:
        return skip(db, job, shop, automation, f"no usable {scenario} template in {lang}", now)
    rendered = compose(template, facts, lang, buyer_zone(buyer, shop))
    conversation = conversation_for(db, shop, buyer, order, lang, now)
    try:
        message = conversations.do_add_outgoing_message(
            db,
            conversation,
            text=rendered.text,
            sender_kind="bot",
            now=now,
            client_message_id=f"followup-{job.id}",
            meta={"followup": automation, "job_id": job.id, "template_id": template.id},
        )
    except GuardBlocked as blocked:
        raise Park(f"the guard blocked template {template.id}: {blocked.message}") from blocked
    _record(
        db,
        shop=shop,
        buyer_id=buyer.id,
        order_id=order.id if order else None,
        job_id=job.id,
        automation=automation,
        outcome="sent",
        message_id=message.id,
        template_id=template.id,
        lang=lang,
        now=now,
    )
    return {"outcome": "sent", "message_id": message.id, "template_id": template.id, "lang": lang}


def note(
    db: Session,
    job: Job,
    *,
    shop: Shop,
    buyer: Buyer,
    order: Order | None,
    automation: str,
    text: str,
    event: str,
    event_payload: dict[str, Any],
    now: datetime,
) -> dict[str, Any]:
    """An internal note for the agent (never shown to the buyer) plus an event the workbench and
    other domains may react to."""
    conversation = conversation_for(db, shop, buyer, order, buyer_lang(buyer, shop), now)
    message = conversations.do_add_outgoing_message(
        db,
        conversation,
        text=text,
        sender_kind="system",
        now=now,
        internal=True,
        client_message_id=f"followup-note-{job.id}",
        meta={"followup": automation, "job_id": job.id},
    )
    _record(
        db,
        shop=shop,
        buyer_id=buyer.id,
        order_id=order.id if order else None,
        job_id=job.id,
        automation=automation,
        outcome="noted",
        message_id=message.id,
        now=now,
    )
    publish_after_commit(
        db,
        Event(
            event,
            shop.id,
            {
                "conversation_id": conversation.id,
                "message_id": message.id,
                "order_id": order.id if order else None,
                **event_payload,
            },
        ),
    )
    return {"outcome": "noted", "message_id": message.id}


# --- holidays -------------------------------------------------------------------------------------


def key_customers(
    db: Session,
    shop_id: int,
    countries: frozenset[str],
    tags: tuple[str, ...],
    min_paid_orders: int,
) -> list[Buyer]:
    """Key customers (seed 000's 重点客户) in these countries: tagged by the shop, or repeat
    buyers with at least `min_paid_orders` paid orders."""
    buyers = list(
        db.scalars(
            select(Buyer).where(Buyer.shop_id == shop_id, Buyer.country.in_(sorted(countries)))
        )
    )
    if not buyers:
        return []
    paid = dict(
        db.execute(
            select(Order.buyer_id, func.count())
            .where(Order.buyer_id.in_([b.id for b in buyers]), Order.paid_at.is_not(None))
            .group_by(Order.buyer_id)
        ).all()
    )
    wanted = set(tags)
    return [b for b in buyers if wanted & set(b.tags or []) or paid.get(b.id, 0) >= min_paid_orders]


def plan_holidays(db: Session, now: datetime, horizon_days: int = 3) -> int:
    """Schedule greetings for holidays in the next few days, per shop, to its key customers, at
    the shop's chosen local time in each buyer's zone. Idempotent per holiday, year and buyer."""
    from kefu.followups.calendar import default_calendar
    from kefu.followups.policy import local_time_on

    cal = default_calendar()
    created = 0
    for shop in db.scalars(select(Shop).order_by(Shop.id)):
        settings = settings_for(db, shop.id)
        auto = settings.automation("holiday_greeting")
        if not auto.enabled:
            continue
        start = now.date()
        for holiday, day in cal.between(
            start, start + timedelta(days=horizon_days + auto.days_before)
        ):
            for buyer in key_customers(
                db, shop.id, holiday.countries, auto.key_tags, auto.min_paid_orders
            ):
                send_day = day - timedelta(days=auto.days_before)
                due = local_time_on(send_day, auto.send_at, buyer_zone(buyer, shop))
                if due + timedelta(hours=auto.valid_hours or 12) <= now:
                    continue
                key = f"followup:holiday_greeting:{holiday.id}:{day.year}:buyer:{buyer.id}"
                existed = jobs.find_job(db, key) is not None
                _schedule(
                    db,
                    automation="holiday_greeting",
                    settings=settings,
                    shop=shop,
                    buyer=buyer,
                    order=None,
                    due_at=due,
                    now=now,
                    key=key,
                    payload={
                        "holiday": holiday.id,
                        "date": day.isoformat(),
                        "calendar": cal.version,
                    },
                )
                created += 0 if existed else 1
    return created


PLANNER_KIND = "followups.plan_holidays"


def ensure_planner(db: Session, now: datetime) -> Job:
    """Make sure today's holiday planner job exists; each run schedules the next day's."""
    job, _ = jobs.do_enqueue(
        db,
        PLANNER_KIND,
        due_at=now,
        now=now,
        idempotency_key=f"{PLANNER_KIND}:{now.date().isoformat()}",
    )
    return job


def schedule_next_planner(db: Session, now: datetime) -> Job:
    tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=5, second=0, microsecond=0)
    job, _ = jobs.do_enqueue(
        db,
        PLANNER_KIND,
        due_at=tomorrow,
        now=now,
        idempotency_key=f"{PLANNER_KIND}:{tomorrow.date().isoformat()}",
    )
    return job


def followup_log(
    db: Session, principal: Principal, shop_id: int, limit: int = 200
) -> list[FollowupSend]:
    access_shop(db, principal, shop_id)
    return list(
        db.scalars(
            select(FollowupSend)
            .where(FollowupSend.shop_id == shop_id)
            .order_by(FollowupSend.at.desc(), FollowupSend.id.desc())
            .limit(limit)
        )
    )


def message_of(db: Session, message_id: int) -> Message:
    message = db.get(Message, message_id)
    if message is None:
        raise NotFound(f"message {message_id} not found")
    return message


def do_cancel_due_before(
    db: Session, *, before: datetime, now: datetime, reason: str, shop_id: int | None = None
) -> int:
    """Cancel pending follow-ups that fell due before `before`, recording why on each job.

    For history loaded in bulk (the demo replays months of orders, a restored backup): what
    was due long ago would reach the buyer late and out of context, so it is dropped, not sent.
    Returns how many jobs were cancelled; other kinds of jobs (case alerts) are left alone.
    """
    from sqlalchemy import update

    from kefu.clock import require_aware

    require_aware(before, "before")
    require_aware(now, "now")
    query = update(Job).where(
        Job.state == "pending", Job.kind.startswith(KIND_PREFIX), Job.due_at < before
    )
    if shop_id is not None:
        query = query.where(Job.shop_id == shop_id)
    result = db.execute(
        query.values(
            state="cancelled",
            updated_at=now,
            finished_at=now,
            result={"outcome": "cancelled", "reason": reason},
        ).execution_options(synchronize_session="fetch")
    )
    return int(getattr(result, "rowcount", 0) or 0)
