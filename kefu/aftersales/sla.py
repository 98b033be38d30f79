"""The SLA of a case: the next platform timeout the seller must beat in the case's current state,
when to alert before it, and whether the case is at risk or overdue. Pure: values in, values out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from kefu.aftersales.states import RESOLVED_STATES, SELLER_CLOCKS
from kefu.clock import require_aware
from kefu.rules.decision import Deadline, Decision

SlaStatus = Literal["none", "ok", "at_risk", "overdue"]
# ENG-02: a deadline the platform shows on the case wins over our computed default.
PLATFORM_RULE = "ENG-02"


@dataclass(frozen=True)
class Sla:
    status: SlaStatus
    key: str | None = None
    due_at: datetime | None = None
    alert_at: datetime | None = None
    rule_id: str | None = None
    source: str = ""
    consequence: str = ""
    estimated: bool = False
    from_platform: bool = False

    @property
    def running(self) -> bool:
        return self.due_at is not None


NO_SLA = Sla(status="none")


def _status(due_at: datetime, alert_at: datetime, now: datetime) -> SlaStatus:
    if now >= due_at:
        return "overdue"
    return "at_risk" if now >= alert_at else "ok"


def case_sla(
    case_type: str,
    state: str,
    deadlines: Iterable[tuple[Deadline, Decision]],
    *,
    platform_due_at: datetime | None,
    lead: timedelta,
    now: datetime,
) -> Sla:
    """The earliest seller-side timeout running in `state`; a platform-given deadline wins."""
    require_aware(now, "now")
    if state in RESOLVED_STATES:
        return NO_SLA
    clocks = SELLER_CLOCKS.get(case_type, {}).get(state)
    if platform_due_at is not None and clocks is not None:
        require_aware(platform_due_at, "platform_due_at")
        alert_at = platform_due_at - lead
        return Sla(
            status=_status(platform_due_at, alert_at, now),
            key="platform_response",
            due_at=platform_due_at,
            alert_at=alert_at,
            rule_id=PLATFORM_RULE,
            source="deadline shown by the platform on the case",
            consequence="platform_decides",
            from_platform=True,
        )
    if not clocks:
        return NO_SLA
    candidates = [
        (deadline, decision)
        for deadline, decision in deadlines
        if deadline.actor == "seller" and deadline.counts_from in clocks and not deadline.paused
    ]
    if not candidates:
        return NO_SLA
    deadline, decision = min(candidates, key=lambda pair: (pair[0].at, pair[0].key))
    ref = next((r for r in decision.rules if r.rule_id == deadline.rule_id), None)
    alert_at = deadline.at - lead
    return Sla(
        status=_status(deadline.at, alert_at, now),
        key=deadline.key,
        due_at=deadline.at,
        alert_at=alert_at,
        rule_id=deadline.rule_id,
        source=ref.source if ref else "",
        consequence=deadline.consequence,
        estimated=deadline.estimated,
        from_platform=deadline.from_platform,
    )
