"""AliExpress dispute window (AE-DSP-01): when a buyer may open a dispute on a shipped order.
Escalation, response and return timers are timer records (AE-DSP-02..04) handled in timers.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from kefu.rules.context import zone_for
from kefu.rules.decision import Deadline, Decision, Reason, RuleRef, Status
from kefu.rules.facts import OrderFacts
from kefu.rules.registry import RuleSet
from kefu.rules.schema import DisputeWindowParams
from kefu.rules.timecalc import check_aware

TOPIC = "dispute_window"


def dispute_window(facts: OrderFacts, ruleset: RuleSet, now: datetime) -> Decision:
    check_aware(now, "now")
    rules = ruleset.in_force(now, "dispute_window")
    if not rules:
        return Decision(TOPIC, Status.NO_RULE, "no_rule", reasons=(Reason("dispute.no_rule"),))
    rule = rules[0]
    params: DisputeWindowParams = rule.p()
    refs = (RuleRef.of(rule),)
    if facts.shipped_at is None:
        return Decision(TOPIC, Status.UNDECIDED, "undecided", rules=refs,
                        reasons=(Reason("dispute.needs_shipped"),), missing=("shipped_at",))  # fmt: skip
    zone = zone_for(rule, ruleset, facts, now)
    promise = facts.promised_delivery_days
    immediate = promise is not None and promise < params.immediate_if_promise_under_days
    opens = facts.platform_deadlines.get("dispute_opens") or (
        facts.shipped_at if immediate else facts.shipped_at + timedelta(days=params.open_after_days)
    )
    ends: list[datetime] = []
    if promise is not None:
        ends.append(facts.shipped_at + timedelta(days=promise))
    if facts.confirmed_at is not None:
        ends.append(facts.confirmed_at)
    closes = facts.platform_deadlines.get("dispute_closes")
    if closes is None:
        if not ends:
            return Decision(TOPIC, Status.UNDECIDED, "undecided", rules=refs,
                            reasons=(Reason("dispute.needs_promise"),),
                            missing=("promised_delivery_days",))  # fmt: skip
        closes = min(ends) + timedelta(days=params.close_after_days)
    estimated = "dispute_closes" not in facts.platform_deadlines
    answer = "not_yet_open" if now < opens else ("open" if now < closes else "closed")
    deadlines = (
        Deadline(key="dispute_opens", at=opens.astimezone(zone), zone=str(zone),
                 counts_from="shipped", actor="buyer", consequence="buyer_may_open_dispute",
                 rule_id=rule.id, estimated=estimated, passed=now >= opens),
        Deadline(key="dispute_closes", at=closes.astimezone(zone), zone=str(zone),
                 counts_from="shipped", actor="buyer", consequence="window_closes",
                 rule_id=rule.id, estimated=estimated, passed=now >= closes),
    )  # fmt: skip
    reasons = [Reason(f"dispute.{answer}", {"opens": opens, "closes": closes})]
    if estimated:
        reasons.append(Reason("common.estimated"))
    return Decision(TOPIC, Status.DECIDED, answer, rules=refs, reasons=tuple(reasons),
                    deadlines=deadlines, estimated=estimated)  # fmt: skip
