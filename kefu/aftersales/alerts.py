"""SLA alerts: before a platform timeout decides a case for the buyer, the assigned agent and the
shop's supervisors get an internal note on the case's conversation and a `case.sla_alert` event.

The alert is a durable job (kind `case.sla_alert`) written in the same transaction as the change
that started the clock; its key names the case, the state it was scheduled in and the timer, so
scheduling twice is one job. When it runs it re-checks the case: a case that moved on or was
resolved gets no alert, and the `aftersales_case_alerts` unique key makes a retry send nothing
twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.aftersales.models import AfterSalesCase, CaseAlert
from kefu.aftersales.sla import Sla
from kefu.aftersales.states import RESOLVED_STATES
from kefu.audit import service as audit
from kefu.events import Event, publish_after_commit
from kefu.jobs import service as jobs
from kefu.jobs.registry import JobContext, Result, registry

KIND = "case.sla_alert"

_TEXT = {
    "zh-Hans": "【售后时限提醒】售后单 #{case_id}（{case_type}，{state}）的时限 {key} 将于 {due} "
    "到期（规则 {rule_id}）。到期未处理的后果：{consequence}。",
    "zh-Hant": "【售後時限提醒】售後單 #{case_id}（{case_type}，{state}）的時限 {key} 將於 {due} "
    "到期（規則 {rule_id}）。到期未處理的後果：{consequence}。",
    "en": "[After-sales deadline] Case #{case_id} ({case_type}, {state}): {key} is due {due} "
    "(rule {rule_id}). If nobody acts: {consequence}.",
    "es": "[Plazo de posventa] Caso #{case_id} ({case_type}, {state}): {key} vence el {due} "
    "(regla {rule_id}). Si nadie actúa: {consequence}.",
}


def job_key(case: AfterSalesCase, sla: Sla) -> str:
    return f"{KIND}:{case.id}:{case.state_seq}:{sla.key}"


def schedule(db: Session, case: AfterSalesCase, sla: Sla, now: datetime) -> str:
    """Schedule the alert for the case's current SLA (once per case, state and timer)."""
    assert sla.alert_at is not None and sla.due_at is not None
    key = job_key(case, sla)
    jobs.do_enqueue(
        db,
        KIND,
        due_at=max(sla.alert_at, now),
        now=now,
        idempotency_key=key,
        shop_id=case.shop_id,
        order_id=case.order_id,
        buyer_id=case.buyer_id,
        target_kind="aftersales_case",
        target_id=case.id,
        payload={"state_seq": case.state_seq, "sla_key": sla.key, "due_at": sla.due_at.isoformat()},
    )
    return key


def cancel(db: Session, key: str, now: datetime, reason: str) -> None:
    jobs.do_cancel(db, now=now, reason=reason, idempotency_key=key)


def _note_text(case: AfterSalesCase, sla: Sla, lang: str, zone: str) -> str:
    template = _TEXT.get(lang) or _TEXT["en"]
    assert sla.due_at is not None
    due = sla.due_at.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M %Z")
    return template.format(
        case_id=case.id,
        case_type=case.case_type,
        state=case.state,
        key=sla.key,
        due=due,
        rule_id=sla.rule_id or "-",
        consequence=sla.consequence or "-",
    )


def send_alert(
    db: Session, case: AfterSalesCase, key: str, payload: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """Send the alert a job stands for, if it still applies. Returns the job's result."""
    from kefu.aftersales import service
    from kefu.aftersales.deadlines import evaluate_case
    from kefu.conversations import service as conversations
    from kefu.shops.service import get_shop

    if case.state in RESOLVED_STATES:
        return {"outcome": "skipped", "reason": f"case is {case.state}"}
    if case.state_seq != payload.get("state_seq"):
        return {"outcome": "skipped", "reason": "the case moved on since the alert was scheduled"}
    sla, _rules = evaluate_case(db, case, now)
    if not sla.running or sla.key != payload.get("sla_key"):
        return {"outcome": "skipped", "reason": "that deadline no longer runs for the case"}
    if db.scalar(select(CaseAlert.id).where(CaseAlert.job_key == key)) is not None:
        return {"outcome": "skipped", "reason": "already sent"}
    recipients = [case.assignee_id] if case.assignee_id else []
    recipients += [u for u in service.supervisors_of(db, case.shop_id) if u not in recipients]
    shop = get_shop(db, case.shop_id)
    note_id: int | None = None
    if case.conversation_id is not None:
        conversation = conversations.get_conversation(db, case.conversation_id)
        lang = (shop.languages or ["zh-Hans"])[0]
        note = conversations.do_add_outgoing_message(
            db,
            conversation,
            text=_note_text(case, sla, lang, shop.timezone),
            sender_kind="system",
            now=now,
            internal=True,
            meta={"kind": KIND, "case_id": case.id, "recipients": recipients},
        )
        note_id = note.id
    assert sla.due_at is not None
    alert = CaseAlert(
        job_key=key,
        sla_key=sla.key or "",
        due_at=sla.due_at,
        sent_at=now,
        recipients=recipients,
        note_message_id=note_id,
    )
    case.alerts.append(alert)
    db.flush()
    audit.record(
        db,
        at=now,
        action="case.sla_alert",
        entity="aftersales_case",
        entity_id=case.id,
        shop_id=case.shop_id,
        actor_kind="system",
        changes={"sla_key": sla.key, "due_at": sla.due_at, "recipients": recipients},
    )
    publish_after_commit(
        db,
        Event(
            KIND,
            case.shop_id,
            {
                "case_id": case.id,
                "sla_key": sla.key,
                "due_at": sla.due_at.isoformat(),
                "status": sla.status,
                "recipients": recipients,
                "conversation_id": case.conversation_id,
            },
        ),
    )
    return {"outcome": "sent", "recipients": recipients, "note_message_id": note_id}


@registry.register(KIND)
def handle_sla_alert(ctx: JobContext) -> Result:
    from kefu.aftersales.service import get_case
    from kefu.errors import NotFound

    if ctx.job.target_id is None:
        return {"outcome": "skipped", "reason": "no case"}
    try:
        case = get_case(ctx.db, ctx.job.target_id)
    except NotFound:
        return {"outcome": "skipped", "reason": "the case is gone"}
    return send_alert(ctx.db, case, ctx.job.idempotency_key, dict(ctx.job.payload), ctx.now)
