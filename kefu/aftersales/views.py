"""How a case is shown: its summary row, the detail with rules, SLA and evidence, and the
timeline that merges state moves, evidence, outcomes and SLA alerts in time order.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from kefu.aftersales.deadlines import evaluate_case
from kefu.aftersales.models import AfterSalesCase
from kefu.aftersales.reasons import reason_label
from kefu.aftersales.states import allowed_moves
from kefu.orders import service as orders


def timeline(case: AfterSalesCase, lang: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for move in case.transitions:
        summary = f"{move.from_state or '—'} → {move.to_state}"
        entries.append(
            {
                "at": move.at,
                "kind": "transition",
                "summary": summary,
                "data": {
                    "from": move.from_state,
                    "to": move.to_state,
                    "actor": move.actor,
                    "note": move.note,
                },
            }
        )
    for ev in case.evidence:
        entries.append(
            {
                "at": ev.created_at,
                "kind": "evidence",
                "summary": f"{ev.kind}: {ev.name}",
                "data": {"evidence_id": ev.id, "content_type": ev.content_type, "size": ev.size},
            }
        )
    for out in case.outcomes:
        detail = {
            "refund": f"{out.amount} {out.currency}",
            "compensation": f"{out.amount} {out.currency}",
            "resend": f"{out.carrier} {out.tracking_number}",
            "ruling": out.ruling or "",
        }[out.kind]
        entries.append(
            {
                "at": out.at,
                "kind": "outcome",
                "summary": f"{out.kind}: {detail}",
                "data": {"outcome_id": out.id, "note": out.note},
            }
        )
    for alert in case.alerts:
        entries.append(
            {
                "at": alert.sent_at,
                "kind": "sla_alert",
                "summary": f"{alert.sla_key} due {alert.due_at.isoformat()}",
                "data": {"recipients": list(alert.recipients)},
            }
        )
    entries.sort(key=lambda e: e["at"])
    return entries


def sla_flag(case: AfterSalesCase, now: datetime) -> str:
    """none / ok / at_risk / overdue from the SLA stored on the row, judged at `now`."""
    if case.sla_due_at is None:
        return "none"
    if now >= case.sla_due_at:
        return "overdue"
    if case.sla_alert_at is not None and now >= case.sla_alert_at:
        return "at_risk"
    return "ok"


def summary_of(case: AfterSalesCase, lang: str, now: datetime) -> dict[str, Any]:
    return {
        "sla_status": sla_flag(case, now),
        "id": case.id,
        "shop_id": case.shop_id,
        "order_id": case.order_id,
        "buyer_id": case.buyer_id,
        "conversation_id": case.conversation_id,
        "case_type": case.case_type,
        "state": case.state,
        "reason_code": case.reason_code,
        "reason_label": reason_label(case.reason_code, lang),
        "assignee_id": case.assignee_id,
        "currency": case.currency,
        "requested_amount": case.requested_amount,
        "refunded_amount": case.refunded_amount,
        "compensation_amount": case.compensation_amount,
        "ruling": case.ruling,
        "opened_at": case.opened_at,
        "updated_at": case.updated_at,
        "closed_at": case.closed_at,
        "sla_key": case.sla_key,
        "sla_due_at": case.sla_due_at,
        "sla_alert_at": case.sla_alert_at,
        "sla_rule_id": case.sla_rule_id,
    }


def detail_of(db: Session, case: AfterSalesCase, now: datetime, lang: str) -> dict[str, Any]:
    sla, rules = evaluate_case(db, case, now)
    order = orders.get_order(db, case.order_id)
    return {
        **summary_of(case, lang, now),
        "description": case.description,
        "order_number": order.order_number,
        "items": [
            {
                "order_item_id": i.order_item_id,
                "product_id": i.product_id,
                "title": i.title,
                "sku": i.sku,
                "quantity": i.quantity,
            }
            for i in case.items
        ],
        "allowed_moves": sorted(allowed_moves(case.case_type, case.state)),
        "sla": dataclasses.asdict(sla),
        "rules": rules,
        "evidence": [
            {
                "id": e.id,
                "kind": e.kind,
                "name": e.name,
                "content_type": e.content_type,
                "size": e.size,
                "sha256": e.sha256,
                "width": e.width,
                "height": e.height,
                "note": e.note,
                "created_at": e.created_at,
                "url": f"/api/v1/cases/{case.id}/evidence/{e.id}",
            }
            for e in case.evidence
        ],
        "timeline": timeline(case, lang),
    }
