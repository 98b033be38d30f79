"""One call for everything that applies to an order now: return eligibility, ship-by and late
compensation, every running timer, the AliExpress dispute window and who pays shipping.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from kefu.rules.decision import Deadline, Decision, Status
from kefu.rules.disputes import dispute_window
from kefu.rules.facts import OrderFacts
from kefu.rules.freight import freight_payer, no_reason_case
from kefu.rules.registry import RuleSet
from kefu.rules.returns import eu_withdrawal, no_reason_return
from kefu.rules.shipping import late_shipment_compensation, ship_by
from kefu.rules.timecalc import check_aware
from kefu.rules.timers import timer_deadlines

AFTER_SALE_CASES = ("seller_fault", "exchange_size_colour", "unclear_fault")


@dataclass(frozen=True)
class OrderRules:
    ruleset: str
    now: datetime
    decisions: tuple[Decision, ...]

    def deadlines(self) -> list[tuple[Deadline, Decision]]:
        pairs = [(d, decision) for decision in self.decisions for d in decision.deadlines]
        return sorted(pairs, key=lambda pair: pair[0].at)

    def topic(self, name: str) -> list[Decision]:
        return [d for d in self.decisions if d.topic == name]

    def __iter__(self) -> Iterator[Decision]:
        return iter(self.decisions)


def evaluate_order(facts: OrderFacts, ruleset: RuleSet, now: datetime) -> OrderRules:
    check_aware(now, "now")
    decisions: list[Decision] = []
    items = facts.items or (None,)
    for item in items:
        decisions.append(no_reason_return(facts, ruleset, now, item))
        eu = eu_withdrawal(facts, ruleset, now, item)
        if eu.status is not Status.NOT_APPLICABLE:
            decisions.append(eu)
    shipping = ship_by(facts, ruleset, now)
    if shipping.status is not Status.NOT_APPLICABLE:
        decisions.append(shipping)
        late = late_shipment_compensation(facts, ruleset, now)
        if late.answer not in ("none", "undecided"):
            decisions.append(late)
    decisions.extend(timer_deadlines(facts, ruleset, now))
    if ruleset.in_force(now, "dispute_window") and facts.shipped_at is not None:
        decisions.append(dispute_window(facts, ruleset, now))
    for case in (no_reason_case(facts), *AFTER_SALE_CASES):
        decisions.append(freight_payer(facts, ruleset, now, case))
    return OrderRules(ruleset=ruleset.name, now=now, decisions=tuple(decisions))
