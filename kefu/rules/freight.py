"""Who pays shipping, leg by leg (TB-7D-05/06, TB-FEE-02/03, TM-7D-02, CN-LAW-06/08, JD-Q-01,
JD-FAKE-01, AE-DSP-04, EB-RET-03, EU-CRD-05). Law is the floor: when any applicable rule puts a
leg on the seller, the seller pays it; otherwise the buyer pays where a rule says so.
"""

from __future__ import annotations

from datetime import datetime
from types import MappingProxyType

from kefu.rules.context import rules_with_laws
from kefu.rules.decision import Decision, Legs, Reason, RuleRef, Status
from kefu.rules.facts import OrderFacts
from kefu.rules.registry import Rule, RuleSet
from kefu.rules.schema import FREIGHT_CASES, FreightParams
from kefu.rules.timecalc import check_aware

TOPIC = "freight_payer"
LEG_NAMES = ("outbound", "return_leg", "resend")


def no_reason_case(facts: OrderFacts, *, partial_breaks_free_shipping: bool = False) -> str:
    if partial_breaks_free_shipping:
        return "partial_return_breaks_free_shipping"
    return "no_reason_free_shipping" if facts.free_shipping else "no_reason_not_free_shipping"


def freight_payer(facts: OrderFacts, ruleset: RuleSet, now: datetime, case: str) -> Decision:
    check_aware(now, "now")
    if case not in FREIGHT_CASES:
        raise ValueError(f"unknown freight case {case!r}; known: {', '.join(FREIGHT_CASES)}")
    chosen: dict[str, tuple[str, Rule]] = {}
    used: list[Rule] = []
    for _set, rule in rules_with_laws(facts, ruleset, now, "freight_payer"):
        params: FreightParams = rule.p()
        legs = params.cases.get(case)  # type: ignore[call-overload]
        if legs is None:
            continue
        used.append(rule)
        for leg in LEG_NAMES:
            payer = getattr(legs, leg)
            if leg == "return_leg" and payer == "buyer" and params.return_paid_by_seller_if_not_informed \
                    and not facts.withdrawal_info_given:  # fmt: skip
                payer = "seller"
            if payer is None:
                continue
            current = chosen.get(leg)
            if current is None or (payer == "seller" and current[0] == "buyer"):
                chosen[leg] = (payer, rule)
    if not used:
        return Decision(TOPIC, Status.NO_RULE, "no_rule",
                        reasons=(Reason("freight.no_rule", {"case": case}),))  # fmt: skip
    legs_result = Legs(
        outbound=chosen.get("outbound", (None,))[0],
        return_leg=chosen.get("return_leg", (None,))[0],
        resend=chosen.get("resend", (None,))[0],
        decided_by=MappingProxyType({leg: rule.id for leg, (_p, rule) in chosen.items()}),
    )
    reasons = [Reason("freight.case", {"case": case})]
    for leg in LEG_NAMES:
        if leg in chosen:
            payer, rule = chosen[leg]
            reasons.append(Reason(f"freight.{leg}_{payer}", {"rule": rule.id}))
    return Decision(
        TOPIC, Status.DECIDED, case, rules=tuple(RuleRef.of(r) for r in used),
        reasons=tuple(reasons), legs=legs_result,
    )  # fmt: skip
