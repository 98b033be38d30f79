"""Ship-by deadline and late-shipment compensation (TB-SHIP-01/06/07/08, TM-SHIP-01, JD-SHIP-01).
The platform's own ship-by field wins (ENG-02); anything computed without it is "estimated".
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from kefu.rules.context import zone_for
from kefu.rules.decision import Amount, Deadline, Decision, Reason, RuleRef, Status
from kefu.rules.facts import OrderFacts
from kefu.rules.registry import Rule, RuleSet
from kefu.rules.schema import CompensationParams
from kefu.rules.timecalc import check_aware

SHIP_TOPIC = "ship_by"
LATE_TOPIC = "late_shipment_compensation"
CENT = Decimal("0.01")


def _guidance(ruleset: RuleSet, now: datetime, rule_id: str) -> Rule | None:
    return next((r for r in ruleset.in_force(now, "guidance") if r.id == rule_id), None)


def ship_by(facts: OrderFacts, ruleset: RuleSet, now: datetime) -> Decision:
    """When the order must ship, and whether it shipped (or is) late."""
    check_aware(now, "now")
    if facts.paid_at is None:
        return Decision(SHIP_TOPIC, Status.NOT_APPLICABLE, "unpaid",
                        reasons=(Reason("ship.unpaid"),))  # fmt: skip
    rules = ruleset.in_force(now, "ship_by")
    rule = rules[0] if rules else None
    refs = [RuleRef.of(rule)] if rule else []
    from_platform = "ship_by" in facts.platform_deadlines
    estimated = not from_platform
    reasons: list[Reason] = []
    rule_id = rule.id if rule else "ENG-02"
    if from_platform:
        at = facts.platform_deadlines["ship_by"]
        reasons.append(Reason("ship.platform_deadline"))
    elif facts.promised_ship_by is not None:
        at = facts.promised_ship_by
        reasons.append(Reason("ship.promised"))
    elif facts.presale_days is not None:
        presale = _guidance(ruleset, now, "TB-SHIP-08")
        if presale:
            refs.append(RuleRef.of(presale))
            rule_id = presale.id
        start = facts.event("balance_paid") or facts.paid_at
        at = start + timedelta(days=facts.presale_days)
        reasons.append(Reason("ship.presale", {"days": facts.presale_days}))
    elif rule is not None and rule.p().default_hours is not None:
        at = facts.paid_at + timedelta(hours=rule.p().default_hours)
        reasons.append(Reason("ship.default_window", {"hours": rule.p().default_hours}))
    else:
        return Decision(SHIP_TOPIC, Status.UNDECIDED, "undecided", rules=tuple(refs),
                        reasons=(Reason("ship.needs_promise"),),
                        missing=("promised_ship_by",))  # fmt: skip
    zone = zone_for(rule, ruleset, facts, now) if rule else (ruleset.zone() or at.tzinfo)
    at = at.astimezone(zone)
    shipped = facts.shipped_at
    if shipped is not None:
        answer = "shipped_late" if shipped > at else "shipped_on_time"
        passed = True
    else:
        answer = "overdue" if now > at else "due"
        passed = now > at
    reasons.append(Reason(f"ship.{answer}", {"deadline": at}))
    if estimated:
        reasons.append(Reason("common.estimated"))
    deadline = Deadline(
        key="ship_by", at=at, zone=str(zone), counts_from="paid", actor="seller",
        consequence="late_shipment", rule_id=rule_id, estimated=estimated,
        from_platform=from_platform, passed=passed,
    )  # fmt: skip
    return Decision(SHIP_TOPIC, Status.DECIDED, answer, rules=tuple(refs), reasons=tuple(reasons),
                    deadlines=(deadline,), estimated=estimated)  # fmt: skip


def percent(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f}%"


def compensation_amount(params: CompensationParams, base: Decimal) -> Decimal:
    value = (params.rate * base).quantize(CENT, rounding=ROUND_HALF_UP)
    if params.minimum is not None:
        value = max(value, params.minimum)
    if params.maximum is not None:
        value = min(value, params.maximum)
    return value


def late_shipment_compensation(facts: OrderFacts, ruleset: RuleSet, now: datetime) -> Decision:
    """What the seller owes for shipping late; flagged when the rule is an unconfirmed default."""
    shipping = ship_by(facts, ruleset, now)
    if shipping.status is not Status.DECIDED:
        return Decision(LATE_TOPIC, shipping.status, shipping.answer, rules=shipping.rules,
                        reasons=shipping.reasons, missing=shipping.missing)  # fmt: skip
    if shipping.answer not in ("shipped_late", "overdue"):
        return Decision(LATE_TOPIC, Status.DECIDED, "none", rules=shipping.rules,
                        reasons=(Reason("late.not_late"),), deadlines=shipping.deadlines,
                        estimated=shipping.estimated)  # fmt: skip
    rules = ruleset.in_force(now, "late_shipment_compensation")
    if not rules:
        return Decision(LATE_TOPIC, Status.NO_RULE, "no_rule", rules=shipping.rules,
                        reasons=(Reason("late.no_rule"),), deadlines=shipping.deadlines)  # fmt: skip
    rule = rules[0]
    params: CompensationParams = rule.p()
    refs = (*shipping.rules, RuleRef.of(rule))
    if facts.currency != params.currency:
        return Decision(LATE_TOPIC, Status.UNDECIDED, "undecided", rules=refs,
                        reasons=(Reason("common.currency_mismatch",
                                        {"expected": params.currency, "got": facts.currency}),),
                        missing=(f"amount_in_{params.currency}",))  # fmt: skip
    if params.basis == "item" and facts.items:
        amount = sum(
            (compensation_amount(params, item.paid_amount) for item in facts.items), Decimal(0)
        )
    else:
        amount = compensation_amount(params, facts.paid_amount)
    reasons = [Reason("late.amount", {"rate": percent(params.rate), "amount":
                                      str(Amount(amount, params.currency))})]  # fmt: skip
    promise = facts.seller_promised_late_penalty
    if promise is not None:
        if params.seller_promise == "higher_wins" and promise > amount:
            amount = promise
            reasons.append(Reason("late.promise_higher"))
        elif params.seller_promise == "platform_wins" and promise > amount:
            reasons.append(Reason("late.promise_excess_negotiable"))
    if shipping.estimated:
        reasons.append(Reason("common.estimated"))
    return Decision(
        LATE_TOPIC, Status.DECIDED, "owed", rules=refs, reasons=tuple(reasons),
        deadlines=shipping.deadlines, amount=Amount(amount, params.currency),
        estimated=shipping.estimated,
    )  # fmt: skip
