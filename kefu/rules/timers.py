"""Every "X must happen within N after Y" rule, driven by the timer records in the rule files:
unpaid auto-close, auto-confirm, refund-request timeouts, dispute and claim windows, reviews.
"""

from __future__ import annotations

from datetime import datetime

from kefu.rules.context import buyer_zone, rules_with_laws, zone_for
from kefu.rules.decision import Deadline, Decision, Reason, RuleRef, Status
from kefu.rules.facts import OrderFacts
from kefu.rules.registry import Rule, RuleSet
from kefu.rules.schema import Duration, Timer, TimerParams
from kefu.rules.timecalc import add_duration, check_aware

TOPIC = "deadline"


def _applies(timer: Timer, facts: OrderFacts) -> bool:
    if timer.refund_kinds is not None and facts.refund_kind not in timer.refund_kinds:
        return False
    if timer.categories is not None and not (facts.categories() & set(timer.categories)):
        return False
    if timer.flags is not None and not (facts.flags & set(timer.flags)):
        return False
    if timer.sites is not None and (facts.site or "").upper() not in timer.sites:
        return False
    return not any(facts.event(name) is not None for name in timer.unless)


def _duration(timer: Timer, facts: OrderFacts) -> Duration | None:
    if timer.duration is not None:
        return timer.duration
    assert timer.durations_by_logistics is not None
    return timer.durations_by_logistics.get(facts.logistics)


def timer_decision(
    timer: Timer, rule: Rule, ruleset: RuleSet, facts: OrderFacts, now: datetime
) -> Decision | None:
    """The deadline for one timer, or None when it has not started or no longer matters."""
    if not _applies(timer, facts):
        return None
    event_at = facts.event(timer.event)
    duration = _duration(timer, facts)
    if event_at is None or duration is None:
        return None
    zone = (buyer_zone(facts, ruleset, now) if ruleset.name == "eu" else None) or zone_for(
        rule, ruleset, facts, now
    )
    from_platform = timer.key in facts.platform_deadlines
    if from_platform:
        at = facts.platform_deadlines[timer.key].astimezone(zone)
        estimated = False
    else:
        at = add_duration(event_at, duration, zone)
        estimated = timer.platform_field or rule.needs_confirmation
    paused = timer.paused_while_refund_open and facts.refund_open
    passed = not paused and now >= at
    deadline = Deadline(
        key=timer.key, at=at, zone=str(zone), counts_from=timer.event, actor=timer.actor,
        consequence=timer.consequence, rule_id=rule.id, estimated=estimated,
        from_platform=from_platform, paused=paused, passed=passed,
    )  # fmt: skip
    reasons = [Reason("timer.at", {"label": timer.key, "deadline": at}),
               Reason("timer.then", {"consequence": timer.consequence})]  # fmt: skip
    if paused:
        reasons.append(Reason("timer.paused_refund_open"))
    if from_platform:
        reasons.append(Reason("common.platform_deadline"))
    elif estimated:
        reasons.append(Reason("common.estimated"))
    answer = "paused" if paused else ("passed" if passed else "running")
    return Decision(TOPIC, Status.DECIDED, answer, rules=(RuleRef.of(rule),),
                    reasons=tuple(reasons), deadlines=(deadline,), estimated=estimated)  # fmt: skip


def timer_deadlines(facts: OrderFacts, ruleset: RuleSet, now: datetime) -> tuple[Decision, ...]:
    """Every started, still-relevant timer of the marketplace and of the buyer's law floors."""
    check_aware(now, "now")
    found: list[Decision] = []
    for owner, rule in rules_with_laws(facts, ruleset, now, "timer"):
        params: TimerParams = rule.p()
        for timer in params.timers:
            decision = timer_decision(timer, rule, owner, facts, now)
            if decision is not None:
                found.append(decision)
    return tuple(found)


def deadline_for(facts: OrderFacts, ruleset: RuleSet, now: datetime, key: str) -> Decision:
    """One named deadline (auto_close, auto_confirm, review_window, ...) or why there is none."""
    for decision in timer_deadlines(facts, ruleset, now):
        if decision.deadlines[0].key == key:
            return decision
    known = {t.key for _s, r in rules_with_laws(facts, ruleset, now, "timer") for t in r.p().timers}
    if key not in known:
        return Decision(TOPIC, Status.NO_RULE, "no_rule",
                        reasons=(Reason("timer.no_rule", {"label": key}),))  # fmt: skip
    return Decision(TOPIC, Status.NOT_APPLICABLE, "not_running",
                    reasons=(Reason("timer.not_running", {"label": key}),))  # fmt: skip
