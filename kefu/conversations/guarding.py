"""The guard on the conversation path: every outgoing message is checked before it is stored,
every incoming one is annotated so the workbench can warn the agent.

A `block` finding stops the bot always; it stops an agent too unless the shop's supervisors have
allowed overrides (`shop.settings["guard_agent_override"]`) and the agent asks for one — which is
then audited with the findings.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from kefu.audit import service as audit
from kefu.errors import GuardBlocked
from kefu.guard import GuardResult, check
from kefu.shops.models import Shop


def findings_meta(result: GuardResult) -> list[dict[str, object]]:
    return [f.as_dict() for f in result.findings]


def check_incoming(shop: Shop, text: str, lang: str | None) -> GuardResult:
    return check(text, "in", shop.marketplace, lang)


def check_outgoing_allowed(
    db: Session,
    shop: Shop,
    text: str,
    *,
    conversation_id: int,
    sender_kind: str,
    lang: str | None,
    now: datetime,
    user_id: int | None = None,
    agent_lang: str = "zh-Hans",
    override: bool = False,
) -> GuardResult:
    result = check(text, "out", shop.marketplace, lang, "en" if agent_lang == "en" else "zh-Hans")
    if not result.blocked:
        return result
    blocking = [f.as_dict() for f in result.findings if f.severity == "block"]
    may_override = sender_kind == "agent" and bool(shop.settings.get("guard_agent_override"))
    if override and may_override:
        audit.record(
            db,
            at=now,
            action="guard.override",
            entity="conversation",
            entity_id=conversation_id,
            user_id=user_id,
            shop_id=shop.id,
            changes={"findings": blocking, "text": text},
        )
        return result
    reasons = "; ".join(str(f["reason"]) for f in blocking[:3])
    raise GuardBlocked(f"not sent: {reasons}", findings=[f.as_dict() for f in result.findings])
