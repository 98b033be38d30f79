"""After-sales cases: opening one from a conversation message, moving it through its state table,
evidence, outcomes (refunds go through the orders service), and the rules engine's deadlines,
freight payer and SLA for it. Every change is stamped and audited in the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session, selectinload

from kefu.aftersales import alerts
from kefu.aftersales.deadlines import evaluate_case
from kefu.aftersales.evidence import discard, do_store_evidence
from kefu.aftersales.models import (
    AfterSalesCase,
    CaseEvidence,
    CaseItem,
    CaseOutcome,
    CaseTransition,
)
from kefu.aftersales.reasons import check_reason
from kefu.aftersales.schemas import CaseItemIn, CaseOpen, CaseUpdate, OutcomeIn
from kefu.aftersales.sla import Sla
from kefu.aftersales.states import (
    FINAL_STATES,
    INITIAL_STATE,
    RESOLVED_STATES,
    SELLER_CLOCKS,
    check_case_transition,
    check_case_type,
)
from kefu.api.scope import scoped
from kefu.audit import service as audit
from kefu.auth.models import ShopMembership, User
from kefu.auth.principal import Principal
from kefu.conversations import service as conversations
from kefu.conversations.models import Conversation, Message
from kefu.errors import IllegalTransition, NotFound, ValidationFailed
from kefu.events import Event, publish_after_commit
from kefu.orders import service as orders
from kefu.orders.models import Order
from kefu.orders.schemas import RefundIn

_CASE_DETAIL = (
    selectinload(AfterSalesCase.items),
    selectinload(AfterSalesCase.transitions),
    selectinload(AfterSalesCase.evidence),
    selectinload(AfterSalesCase.outcomes),
    selectinload(AfterSalesCase.alerts),
)
# Orders nobody has paid for have nothing to return or refund.
_UNPAID = frozenset({"created", "closed"})


def _actor(user_id: int | None) -> str:
    return f"user:{user_id}" if user_id else "system"


# --- loading ----------------------------------------------------------------------------------


def access_case(db: Session, principal: Principal, case_id: int) -> AfterSalesCase:
    case = db.get(AfterSalesCase, case_id, options=list(_CASE_DETAIL))
    if case is None or case.shop_id not in principal.shop_ids:
        raise NotFound(f"case {case_id} not found")
    return case


def get_case(db: Session, case_id: int) -> AfterSalesCase:
    """Unscoped load for system code (the SLA alert job) that has no user behind it."""
    case = db.get(AfterSalesCase, case_id, options=list(_CASE_DETAIL))
    if case is None:
        raise NotFound(f"case {case_id} not found")
    return case


def case_query(
    principal: Principal,
    *,
    now: datetime,
    shop_id: int | None = None,
    case_type: str | None = None,
    state: str | None = None,
    assignee: str | None = None,
    product_id: int | None = None,
    order_id: int | None = None,
    overdue: bool | None = None,
    at_risk: bool | None = None,
    open_only: bool = False,
) -> Select[tuple[AfterSalesCase]]:
    query = scoped(select(AfterSalesCase), AfterSalesCase.shop_id, principal, shop_id)
    if case_type:
        check_case_type(case_type)
        query = query.where(AfterSalesCase.case_type == case_type)
    if state:
        query = query.where(AfterSalesCase.state == state)
    if open_only:
        query = query.where(AfterSalesCase.state.not_in(RESOLVED_STATES))
    if assignee == "me":
        query = query.where(AfterSalesCase.assignee_id == principal.user_id)
    elif assignee == "none":
        query = query.where(AfterSalesCase.assignee_id.is_(None))
    elif assignee:
        if not assignee.isdigit():
            raise ValidationFailed("assignee is a user id, 'me' or 'none'")
        query = query.where(AfterSalesCase.assignee_id == int(assignee))
    if product_id is not None:
        query = query.where(
            exists().where(CaseItem.case_id == AfterSalesCase.id, CaseItem.product_id == product_id)
        )
    if order_id is not None:
        query = query.where(AfterSalesCase.order_id == order_id)
    # The SLA columns are refreshed on every change and by the alert job; a case whose deadline
    # passed since then is still caught here because the comparison uses `now`.
    if overdue is True:
        query = query.where(AfterSalesCase.sla_due_at <= now)
    elif overdue is False:
        query = query.where(AfterSalesCase.sla_due_at.is_(None) | (AfterSalesCase.sla_due_at > now))
    if at_risk is True:
        query = query.where(AfterSalesCase.sla_alert_at <= now, AfterSalesCase.sla_due_at > now)
    # Most urgent first: cases with a running SLA by deadline, then the newest.
    return query.order_by(
        AfterSalesCase.sla_due_at.is_(None),
        AfterSalesCase.sla_due_at,
        AfterSalesCase.opened_at.desc(),
        AfterSalesCase.id.desc(),
    )


def cases_for_conversation(
    db: Session, principal: Principal, conversation_id: int, order_id: int | None, limit: int = 20
) -> list[AfterSalesCase]:
    """The cases an agent sees beside a conversation: opened from it, or about the order it is
    linked to. Open cases first (most urgent deadline first), then the newest closed ones."""
    anchor = AfterSalesCase.conversation_id == conversation_id
    if order_id is not None:
        anchor = anchor | (AfterSalesCase.order_id == order_id)
    query = (
        scoped(select(AfterSalesCase), AfterSalesCase.shop_id, principal, None)
        .where(anchor)
        .options(*_CASE_DETAIL)
        .order_by(
            AfterSalesCase.state.in_(FINAL_STATES),
            AfterSalesCase.sla_due_at.is_(None),
            AfterSalesCase.sla_due_at,
            AfterSalesCase.opened_at.desc(),
            AfterSalesCase.id.desc(),
        )
        .limit(limit)
    )
    return list(db.scalars(query))


# --- SLA ------------------------------------------------------------------------------------


def _refresh_sla(db: Session, case: AfterSalesCase, now: datetime) -> Sla:
    """Recompute the SLA after a change, store it on the row and schedule its alert once."""
    sla, _rules = evaluate_case(db, case, now)
    previous_job = case.sla_job_key
    case.sla_key = sla.key
    case.sla_due_at = sla.due_at
    case.sla_alert_at = sla.alert_at
    case.sla_rule_id = sla.rule_id
    case.sla_job_key = alerts.schedule(db, case, sla, now) if sla.running else None
    if previous_job and previous_job != case.sla_job_key:
        alerts.cancel(db, previous_job, now, reason=f"case {case.id} moved to {case.state}")
    return sla


# --- opening ----------------------------------------------------------------------------------


def _check_member(db: Session, shop_id: int, user_id: int) -> None:
    found = db.scalar(
        select(ShopMembership.id).where(
            ShopMembership.shop_id == shop_id, ShopMembership.user_id == user_id
        )
    )
    if found is None:
        raise ValidationFailed(f"user {user_id} is not an agent of shop {shop_id}")


def _resolve_anchor(
    db: Session, principal: Principal, data: CaseOpen
) -> tuple[Order, Conversation | None, Message | None]:
    message: Message | None = None
    conversation: Conversation | None = None
    if data.message_id is not None:
        message = db.get(Message, data.message_id)
        if message is None or message.shop_id not in principal.shop_ids:
            raise NotFound(f"message {data.message_id} not found")
        if data.conversation_id is not None and data.conversation_id != message.conversation_id:
            raise ValidationFailed(
                f"message {message.id} belongs to conversation {message.conversation_id}, "
                f"not {data.conversation_id}"
            )
        conversation = conversations.access_conversation(db, principal, message.conversation_id)
    elif data.conversation_id is not None:
        conversation = conversations.access_conversation(db, principal, data.conversation_id)
    if data.order_id is not None:
        order = orders.access_order(db, principal, data.order_id)
    elif conversation is not None and conversation.order_id is not None:
        order = orders.access_order(db, principal, conversation.order_id)
    else:
        assert conversation is not None  # the schema demands one of the three anchors
        candidates = [
            o for o in orders.orders_of_buyer(db, conversation.buyer_id) if o.status not in _UNPAID
        ]
        if len(candidates) != 1:
            raise ValidationFailed(
                f"the conversation is not linked to an order and the buyer has "
                f"{len(candidates)} paid orders; say which order the case is about",
                candidates=[o.id for o in candidates[:20]],
            )
        order = orders.access_order(db, principal, candidates[0].id)
    if conversation is not None and conversation.buyer_id != order.buyer_id:
        raise ValidationFailed(
            f"order {order.order_number} belongs to another buyer than conversation "
            f"{conversation.id}"
        )
    return order, conversation, message


def _case_items(order: Order, wanted: list[CaseItemIn] | None) -> list[CaseItem]:
    by_id = {item.id: item for item in order.items}
    if wanted is None:
        return [
            CaseItem(
                order_item_id=i.id,
                product_id=i.product_id,
                title=i.title,
                sku=i.sku,
                quantity=i.quantity,
            )
            for i in order.items
        ]
    seen: set[int] = set()
    chosen = []
    for line in wanted:
        item = by_id.get(line.order_item_id)
        if item is None:
            raise ValidationFailed(
                f"item {line.order_item_id} is not part of order {order.order_number}"
            )
        if line.order_item_id in seen:
            raise ValidationFailed(f"item {line.order_item_id} is listed twice")
        if line.quantity > item.quantity:
            raise ValidationFailed(
                f"{item.title}: {line.quantity} requested but only {item.quantity} ordered"
            )
        seen.add(line.order_item_id)
        chosen.append(
            CaseItem(
                order_item_id=item.id,
                product_id=item.product_id,
                title=item.title,
                sku=item.sku,
                quantity=line.quantity,
            )
        )
    return chosen


def _check_platform_due(case_type: str, state: str, due: datetime | None) -> None:
    """A platform countdown only means something where the seller has to act (ENG-02)."""
    if due is not None and not SELLER_CLOCKS.get(case_type, {}).get(state):
        raise ValidationFailed(
            f"a {case_type} case in state {state!r} waits on the buyer or the platform; "
            "there is no seller countdown to record"
        )


def do_open_case(
    db: Session, principal: Principal, data: CaseOpen, *, now: datetime
) -> AfterSalesCase:
    """Open a case from a message, a conversation or an order, in one call."""
    check_reason(data.reason_code)
    order, conversation, message = _resolve_anchor(db, principal, data)
    if order.status in _UNPAID:
        raise IllegalTransition(
            f"order {order.order_number} is {order.status}: nothing was paid, so there is no "
            "after-sales case to open"
        )
    if data.requested_amount is not None and data.requested_amount > order.total:
        raise ValidationFailed(
            f"the requested amount {data.requested_amount} is more than the order total "
            f"{order.total} {order.currency}"
        )
    assignee = data.assignee_id
    if assignee is None:
        assignee = conversation.assignee_id if conversation is not None else None
        assignee = assignee or principal.user_id
    _check_member(db, order.shop_id, assignee)
    initial = INITIAL_STATE[data.case_type]
    _check_platform_due(data.case_type, initial, data.platform_due_at)
    case = AfterSalesCase(
        shop_id=order.shop_id,
        order_id=order.id,
        buyer_id=order.buyer_id,
        conversation_id=conversation.id if conversation else None,
        message_id=message.id if message else None,
        case_type=data.case_type,
        state=initial,
        state_seq=0,
        reason_code=data.reason_code,
        description=data.description,
        assignee_id=assignee,
        currency=order.currency,
        requested_amount=data.requested_amount,
        refunded_amount=Decimal("0"),
        compensation_amount=Decimal("0"),
        platform_due_at=data.platform_due_at,
        opened_at=now,
        updated_at=now,
    )
    case.items = _case_items(order, data.items)
    case.transitions = [
        CaseTransition(
            from_state=None,
            to_state=initial,
            at=now,
            actor=_actor(principal.user_id),
            user_id=principal.user_id,
            note="",
        )
    ]
    case.evidence, case.outcomes, case.alerts = [], [], []
    db.add(case)
    db.flush()
    sla = _refresh_sla(db, case, now)
    audit.record(
        db,
        at=now,
        action="case.open",
        entity="aftersales_case",
        entity_id=case.id,
        user_id=principal.user_id,
        shop_id=case.shop_id,
        changes={
            "case_type": case.case_type,
            "reason": case.reason_code,
            "order_id": order.id,
            "conversation_id": case.conversation_id,
            "sla_due_at": sla.due_at,
        },
    )
    publish_after_commit(db, Event("case.opened", case.shop_id, _event_payload(case)))
    return case


def _event_payload(case: AfterSalesCase) -> dict[str, Any]:
    return {
        "case_id": case.id,
        "case_type": case.case_type,
        "state": case.state,
        "order_id": case.order_id,
        "conversation_id": case.conversation_id,
        "assignee_id": case.assignee_id,
        "sla_due_at": case.sla_due_at.isoformat() if case.sla_due_at else None,
    }


# --- changing ---------------------------------------------------------------------------------


def do_transition_case(
    db: Session,
    case: AfterSalesCase,
    target: str,
    *,
    now: datetime,
    user_id: int | None,
    note: str = "",
    platform_due_at: datetime | None = None,
) -> AfterSalesCase:
    """Move a case along its type's table; the only code that changes `case.state`."""
    check_case_transition(case.case_type, case.state, target)
    _check_platform_due(case.case_type, target, platform_due_at)
    previous = case.state
    case.transitions.append(
        CaseTransition(
            from_state=previous,
            to_state=target,
            at=now,
            actor=_actor(user_id),
            user_id=user_id,
            note=note,
        )
    )
    case.state = target
    case.state_seq += 1
    case.platform_due_at = platform_due_at
    case.updated_at = now
    if target in RESOLVED_STATES and case.resolved_at is None:
        case.resolved_at = now
    if target in FINAL_STATES:
        case.closed_at = now
    db.flush()
    sla = _refresh_sla(db, case, now)
    audit.record(
        db,
        at=now,
        action="case.transition",
        entity="aftersales_case",
        entity_id=case.id,
        user_id=user_id,
        shop_id=case.shop_id,
        actor_kind="user" if user_id else "system",
        changes={"state": [previous, target], "note": note, "sla_due_at": sla.due_at},
    )
    publish_after_commit(
        db, Event("case.transitioned", case.shop_id, {**_event_payload(case), "from": previous})
    )
    return case


def do_update_case(
    db: Session, principal: Principal, case: AfterSalesCase, data: CaseUpdate, now: datetime
) -> AfterSalesCase:
    updates = data.model_dump(exclude_unset=True)
    if updates.get("assignee_id") is not None:
        _check_member(db, case.shop_id, updates["assignee_id"])
    changes = audit.diff(case, updates)
    for key, value in updates.items():
        setattr(case, key, value)
    if changes:
        case.updated_at = now
        audit.record(
            db,
            at=now,
            action="case.update",
            entity="aftersales_case",
            entity_id=case.id,
            user_id=principal.user_id,
            shop_id=case.shop_id,
            changes=changes,
        )
    return case


def do_add_evidence(
    db: Session,
    case: AfterSalesCase,
    *,
    data_dir: Path,
    content: bytes,
    filename: str | None,
    kind: str,
    note: str,
    max_bytes: int,
    now: datetime,
    user_id: int | None,
    agent_lang: str = "zh-Hans",
) -> CaseEvidence:
    if case.state in FINAL_STATES:
        raise IllegalTransition(f"case {case.id} is closed; it takes no more evidence")
    stored = do_store_evidence(
        data_dir, case.shop_id, content, filename, max_bytes=max_bytes, agent_lang=agent_lang
    )
    try:
        row = CaseEvidence(
            shop_id=case.shop_id,
            kind=kind,
            path=stored.path,
            name=stored.name,
            content_type=stored.content_type,
            size=stored.size,
            sha256=stored.sha256,
            width=stored.width,
            height=stored.height,
            note=note,
            uploaded_by=user_id,
            created_at=now,
        )
        case.evidence.append(row)
        case.updated_at = now
        db.flush()
        audit.record(
            db,
            at=now,
            action="case.evidence",
            entity="aftersales_case",
            entity_id=case.id,
            user_id=user_id,
            shop_id=case.shop_id,
            changes={
                "evidence_id": row.id,
                "kind": kind,
                "sha256": stored.sha256,
                "size": stored.size,
            },
        )
    except BaseException:
        discard(data_dir, stored.path)
        raise
    return row


def access_evidence(
    db: Session, principal: Principal, case_id: int, evidence_id: int
) -> CaseEvidence:
    case = access_case(db, principal, case_id)
    row = next((e for e in case.evidence if e.id == evidence_id), None)
    if row is None:
        raise NotFound(f"evidence {evidence_id} not found on case {case_id}")
    return row


def do_record_outcome(
    db: Session, case: AfterSalesCase, data: OutcomeIn, *, now: datetime, user_id: int | None
) -> CaseOutcome:
    """Record what was done. A refund goes through the orders service, so the order's refunded
    amount and refund state stay right (a full refund ends the order in `refunded`)."""
    if case.state in FINAL_STATES:
        raise IllegalTransition(f"case {case.id} is closed; reopen work in a new case")
    currency = data.currency or case.currency
    if data.amount is not None and currency != case.currency:
        raise ValidationFailed(
            f"the order is paid in {case.currency}; record the amount in {case.currency}, "
            f"not {currency}"
        )
    at = data.at or now
    if data.kind == "refund":
        assert data.amount is not None
        order = orders.get_order(db, case.order_id)
        reason = f"after-sales case {case.id} ({case.case_type}, {case.reason_code})"
        orders.do_refund(
            db,
            order,
            RefundIn(amount=data.amount, at=at, reason=reason),
            actor=_actor(user_id),
            now=now,
            user_id=user_id,
        )
        case.refunded_amount = case.refunded_amount + data.amount
    elif data.kind == "compensation":
        assert data.amount is not None
        case.compensation_amount = case.compensation_amount + data.amount
    elif data.kind == "ruling":
        case.ruling = data.ruling
    outcome = CaseOutcome(
        kind=data.kind,
        amount=data.amount,
        currency=currency if data.amount is not None else None,
        carrier=data.carrier,
        tracking_number=data.tracking_number,
        ruling=data.ruling,
        note=data.note,
        at=at,
        user_id=user_id,
    )
    case.outcomes.append(outcome)
    case.updated_at = now
    db.flush()
    audit.record(
        db,
        at=now,
        action="case.outcome",
        entity="aftersales_case",
        entity_id=case.id,
        user_id=user_id,
        shop_id=case.shop_id,
        actor_kind="user" if user_id else "system",
        changes={
            "kind": data.kind,
            "amount": data.amount,
            "currency": outcome.currency,
            "carrier": data.carrier,
            "tracking_number": data.tracking_number,
            "ruling": data.ruling,
        },
    )
    publish_after_commit(
        db, Event("case.outcome", case.shop_id, {**_event_payload(case), "outcome": data.kind})
    )
    return outcome


def supervisors_of(db: Session, shop_id: int) -> list[int]:
    """Active supervisors and admins who belong to the shop: they hear about every SLA alert."""
    query = (
        select(User.id)
        .join(ShopMembership, ShopMembership.user_id == User.id)
        .where(
            ShopMembership.shop_id == shop_id,
            User.is_active.is_(True),
            User.role.in_(("supervisor", "admin")),
        )
        .order_by(User.id)
    )
    return list(db.scalars(query))
