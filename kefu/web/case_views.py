"""What the after-sales and follow-up pages show, assembled from the aftersales, jobs and
followups services (read-only). Business decisions stay in those services and the rules engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.aftersales import service as cases
from kefu.aftersales import views as case_views
from kefu.aftersales.models import AfterSalesCase
from kefu.aftersales.reasons import reasons
from kefu.aftersales.report import dispute_report
from kefu.aftersales.states import CASE_TYPES, TRANSITIONS
from kefu.auth import service as auth_service
from kefu.auth.principal import Principal
from kefu.buyers.models import Buyer
from kefu.conversations.models import Conversation, Message
from kefu.followups import service as followups
from kefu.followups.models import FollowupSend
from kefu.followups.policy import AUTOMATIONS, FollowupSettingsData, effective_settings
from kefu.jobs import service as jobs
from kefu.jobs.models import Job
from kefu.orders.models import Order
from kefu.rules.messages import label
from kefu.shops import service as shops
from kefu.shops.models import Shop

CASE_LIST_SIZE = 200
QUEUE_SIZE = 100
LOG_SIZE = 60
# The case a buyer's message most likely asks for, from the intent the bot recognised
# (INTENTS.md ids). Only a starting point: the agent changes type and reason in the form.
INTENT_CASES: dict[str, tuple[str, str]] = {
    "quality_issue": ("quality_complaint", "quality"),
    "wrong_item": ("return_refund", "wrong_item"),
    "not_received": ("not_received", "not_received"),
    "order_status": ("not_received", "not_received"),
    "return_refund": ("return_refund", "changed_mind"),
    "refund_status": ("refund_only", "other"),
    "exchange": ("exchange", "size"),
    "return_shipping": ("return_refund", "changed_mind"),
    "dispute": ("dispute", "other"),
    "complaint": ("quality_complaint", "quality"),
}
# Without a recognised intent, the order's state is the best hint.
STATUS_CASES: dict[str, tuple[str, str]] = {
    "paid": ("refund_only", "changed_mind"),
    "shipped": ("not_received", "not_received"),
    "delivered": ("quality_complaint", "quality"),
}
DEFAULT_CASE = ("return_refund", "other")
ALL_STATES: tuple[str, ...] = tuple(sorted({s for table in TRANSITIONS.values() for s in table}))
FOLLOWUP_PREFIX = followups.KIND_PREFIX


def case_prefill(
    db: Session, messages: list[Message], order: Order | None
) -> dict[int, dict[str, str]]:
    """For each buyer message: the case type and reason the "open a case" form starts with."""
    from kefu.bot.models import BotDecision  # optional: a shop may run without the bot

    buyer_ids = [m.id for m in messages if m.sender_kind == "buyer" and not m.internal]
    intents: dict[int, str] = {}
    if buyer_ids:
        rows = db.execute(
            select(BotDecision.message_id, BotDecision.intent).where(
                BotDecision.message_id.in_(buyer_ids)
            )
        ).all()
        intents = {row.message_id: row.intent for row in rows}
    fallback = STATUS_CASES.get(order.status, DEFAULT_CASE) if order is not None else DEFAULT_CASE
    out: dict[int, dict[str, str]] = {}
    for message_id in buyer_ids:
        case_type, reason = INTENT_CASES.get(intents.get(message_id, ""), fallback)
        out[message_id] = {"type": case_type, "reason": reason}
    return out


@dataclass
class CaseCard:
    """One case as the panel and the case page show it."""

    detail: dict[str, Any]
    buyer_name: str
    shop_name: str
    assignee_name: str
    deadlines: list[dict[str, Any]]
    freight: list[dict[str, str]]
    freight_answer: str
    evidence_images: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> int:
        return int(self.detail["id"])


def _freight_rows(rules: dict[str, Any]) -> tuple[list[dict[str, str]], str]:
    payer = rules.get("freight_payer") or {}
    legs = payer.get("legs") or {}
    decided = legs.get("decided_by") or {}
    rows = []
    for leg in ("outbound", "return", "resend"):
        who = legs.get(leg)
        if who:
            rule = decided.get(leg) or decided.get(f"{leg}_leg") or ""
            rows.append({"leg": leg, "payer": str(who), "rule_id": str(rule)})
    return rows, str(payer.get("answer") or "")


def agent_names(db: Session, principal: Principal) -> dict[int, str]:
    return {u.id: u.name for u in auth_service.list_users(db, principal)}


def case_card(
    db: Session, case: AfterSalesCase, now: datetime, lang: str, names: dict[int, str]
) -> CaseCard:
    detail = case_views.detail_of(db, case, now, lang)
    buyer = db.get(Buyer, case.buyer_id)
    shop = db.get(Shop, case.shop_id)
    deadlines = [
        {**d, "label": label("deadline", d["key"], lang)} for d in detail["rules"]["deadlines"]
    ]
    freight, answer = _freight_rows(detail["rules"])
    return CaseCard(
        detail=detail,
        buyer_name=(buyer.nickname or buyer.name or buyer.external_id) if buyer else "?",
        shop_name=shop.name if shop else "",
        assignee_name=names.get(case.assignee_id or 0, ""),
        deadlines=deadlines,
        freight=freight,
        freight_answer=answer,
        evidence_images=[e for e in detail["evidence"] if e["content_type"].startswith("image/")],
    )


def case_panel(
    db: Session,
    principal: Principal,
    conversation: Conversation,
    order: Order | None,
    now: datetime,
) -> list[CaseCard]:
    found = cases.cases_for_conversation(
        db, principal, conversation.id, order.id if order is not None else None
    )
    names = agent_names(db, principal)
    return [case_card(db, c, now, principal.ui_lang, names) for c in found]


def form_choices(lang: str) -> dict[str, Any]:
    """Case types and reason codes (with labels in the agent's language) for the forms."""
    return {
        "case_types": CASE_TYPES,
        "reasons": [(code, r.labels.get(lang) or r.labels["en"]) for code, r in reasons().items()],
        "outcome_kinds": ("refund", "compensation", "resend", "ruling"),
        "rulings": ("buyer_favoured", "seller_favoured", "split"),
        "evidence_kinds": (
            "defect_photo",
            "carrier_proof",
            "packaging_photo",
            "chat_record",
            "other",
        ),
    }


# --- the case list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFilters:
    case_type: str | None = None
    state: str | None = None
    shop_id: int | None = None
    sla: str | None = None  # overdue / at_risk
    assignee: str = "all"  # mine / none / all
    open_only: bool = True

    def as_query(self) -> dict[str, str]:
        values = {
            "type": self.case_type or "",
            "state": self.state or "",
            "shop_id": str(self.shop_id or ""),
            "sla": self.sla or "",
            "assignee": self.assignee if self.assignee != "all" else "",
            "closed": "" if self.open_only else "1",
        }
        return {k: v for k, v in values.items() if v}


@dataclass(frozen=True)
class CaseRow:
    summary: dict[str, Any]
    order_number: str
    buyer_name: str
    shop_name: str
    assignee_name: str


def case_list(
    db: Session, principal: Principal, filters: CaseFilters, now: datetime
) -> tuple[list[CaseRow], list[Shop]]:
    visible = shops.list_shops(db, principal)
    query = cases.case_query(
        principal,
        now=now,
        shop_id=filters.shop_id,
        case_type=filters.case_type,
        state=filters.state,
        assignee={"mine": "me", "none": "none"}.get(filters.assignee),
        overdue=True if filters.sla == "overdue" else None,
        at_risk=True if filters.sla == "at_risk" else None,
        open_only=filters.open_only,
    )
    found: list[AfterSalesCase] = list(db.scalars(query.limit(CASE_LIST_SIZE)))
    order_numbers = dict(
        db.execute(
            select(Order.id, Order.order_number).where(Order.id.in_({c.order_id for c in found}))
        ).all()
    )
    buyers = {
        b.id: b.nickname or b.name or b.external_id
        for b in db.scalars(select(Buyer).where(Buyer.id.in_({c.buyer_id for c in found})))
    }
    agents = agent_names(db, principal)
    shop_names = {s.id: s.name for s in visible}
    rows = [
        CaseRow(
            summary=case_views.summary_of(c, principal.ui_lang, now),
            order_number=order_numbers.get(c.order_id, ""),
            buyer_name=buyers.get(c.buyer_id, "?"),
            shop_name=shop_names.get(c.shop_id, ""),
            assignee_name=agents.get(c.assignee_id or 0, ""),
        )
        for c in found
    ]
    return rows, visible


def report(
    db: Session, principal: Principal, *, days: int, shop_id: int | None, now: datetime
) -> dict[str, Any]:
    return dispute_report(
        db,
        principal,
        since=now - timedelta(days=days),
        until=now,
        shop_id=shop_id,
        lang=principal.ui_lang,
        top=5,
    )


# --- follow-ups -------------------------------------------------------------------------------


@dataclass
class JobRow:
    job: Job
    automation: str
    buyer_name: str
    order_number: str


@dataclass
class FollowupsView:
    shop: Shop
    shops: list[Shop]
    queue: list[JobRow]
    queue_total: int
    parked: list[JobRow]
    log: list[FollowupSend]
    log_buyers: dict[int, str]
    log_orders: dict[int, str]
    settings: FollowupSettingsData
    defaults: FollowupSettingsData
    automations: tuple[str, ...] = AUTOMATIONS


def _names(
    db: Session, buyer_ids: set[int], order_ids: set[int]
) -> tuple[dict[int, str], dict[int, str]]:
    buyers = {
        b.id: b.nickname or b.name or b.external_id
        for b in db.scalars(select(Buyer).where(Buyer.id.in_(buyer_ids)))
    }
    orders = dict(
        db.execute(select(Order.id, Order.order_number).where(Order.id.in_(order_ids))).all()
    )
    return buyers, orders


def followups_view(db: Session, principal: Principal, shop_id: int | None) -> FollowupsView:
    visible = shops.list_shops(db, principal)
    if shop_id is None:
        if not visible:
            from kefu.errors import NotFound

            raise NotFound("no shop to show follow-ups for")
        shop_id = visible[0].id
    shop = shops.access_shop(db, principal, shop_id)
    pending = (
        jobs.job_query(principal, shop_id=shop.id, state="pending")
        .where(Job.kind.startswith(FOLLOWUP_PREFIX))
        .order_by(None)
        .order_by(Job.due_at, Job.id)
    )
    queue: list[Job] = list(db.scalars(pending.limit(QUEUE_SIZE)))
    from sqlalchemy import func

    total = int(db.scalar(select(func.count()).select_from(pending.order_by(None).subquery())) or 0)
    parked: list[Job] = list(
        db.scalars(jobs.job_query(principal, shop_id=shop.id, state="parked").limit(QUEUE_SIZE))
    )
    log = followups.followup_log(db, principal, shop.id, LOG_SIZE)
    buyer_ids = {j.buyer_id for j in queue + parked if j.buyer_id} | {s.buyer_id for s in log}
    order_ids = {j.order_id for j in queue + parked if j.order_id} | {
        s.order_id for s in log if s.order_id
    }
    buyers, orders = _names(db, buyer_ids, order_ids)

    def row(job: Job) -> JobRow:
        return JobRow(
            job=job,
            automation=job.kind.removeprefix(FOLLOWUP_PREFIX),
            buyer_name=buyers.get(job.buyer_id or 0, ""),
            order_number=orders.get(job.order_id or 0, ""),
        )

    return FollowupsView(
        shop=shop,
        shops=visible,
        queue=[row(j) for j in queue],
        queue_total=total,
        parked=[row(j) for j in parked],
        log=log,
        log_buyers=buyers,
        log_orders=orders,
        settings=followups.settings_for(db, shop.id),
        defaults=effective_settings({}),
    )


def settings_overrides(
    current: dict[str, Any], form: dict[str, str], automations: tuple[str, ...] = AUTOMATIONS
) -> dict[str, Any]:
    """The shop's overrides after the settings form: a field equal to the default is dropped,
    one that differs is kept, and overrides the form does not show (tags, ratings) survive."""
    defaults = effective_settings({})
    out: dict[str, Any] = {k: (dict(v) if isinstance(v, dict) else v) for k, v in current.items()}
    autos: dict[str, Any] = {k: dict(v) for k, v in (out.get("automations") or {}).items()}

    def put(section: dict[str, Any], key: str, value: Any, default: Any) -> None:
        if value == default:
            section.pop(key, None)
        else:
            section[key] = value

    for name in automations:
        auto = autos.get(name, {})
        default = defaults.automation(name)
        put(auto, "enabled", form.get(f"enabled_{name}") == "on", default.enabled)
        for fieldname in ("delay_minutes", "stall_days"):
            raw = form.get(f"{fieldname}_{name}")
            if raw is not None and raw.strip():
                put(auto, fieldname, _int(raw, fieldname), getattr(default, fieldname))
        if auto:
            autos[name] = auto
        else:
            autos.pop(name, None)
    if autos:
        out["automations"] = autos
    else:
        out.pop("automations", None)
    quiet = dict(out.get("quiet_hours") or {})
    for key in ("start", "end"):
        raw = form.get(f"quiet_{key}")
        if raw:
            put(quiet, key, raw.strip()[:5], getattr(defaults.quiet_hours, key))
    cap = dict(out.get("frequency_cap") or {})
    for key in ("max_messages", "window_hours"):
        raw = form.get(f"cap_{key}")
        if raw:
            put(cap, key, _int(raw, key), getattr(defaults.frequency_cap, key))
    for name, section in (("quiet_hours", quiet), ("frequency_cap", cap)):
        if section:
            out[name] = section
        else:
            out.pop(name, None)
    return out


def _int(raw: str, name: str) -> int:
    from kefu.errors import ValidationFailed

    try:
        return int(raw.strip())
    except ValueError as exc:
        raise ValidationFailed(f"{name} must be a whole number, not {raw[:20]!r}") from exc
