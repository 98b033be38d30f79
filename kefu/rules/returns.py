"""No-reason returns: the Chinese 7-day return (CN-LAW-01..04, TB-7D-*, TM-7D-01, JD-7D-01), a
shop's own window (SH-01, EB-RET-04) and the EU 14-day withdrawal (EU-CRD-01/02/06).
"""

from __future__ import annotations

from datetime import datetime

from kefu.rules.context import buyer_zone, law_sets_for, rules_with_laws, scope_of, zone_for
from kefu.rules.decision import Deadline, Decision, Reason, RuleRef, Status
from kefu.rules.facts import ItemFacts, OrderFacts
from kefu.rules.registry import RULESETS, Rule, RuleSet
from kefu.rules.schema import Duration, ReturnExclusionParams, ReturnWindowParams
from kefu.rules.timecalc import add_duration, check_aware, days_from_next_day

TOPIC = "no_reason_return"
EU_TOPIC = "eu_withdrawal"
EVENT_FIELD = {"signed": "signed_at", "paid": "paid_at", "shipped": "shipped_at"}


def _whole_order_item(facts: OrderFacts) -> ItemFacts:
    return ItemFacts(title="", paid_amount=facts.paid_amount)


def _window_rule(facts: OrderFacts, ruleset: RuleSet, now: datetime) -> tuple[RuleSet, Rule] | None:
    own = ruleset.in_force(now, "return_window")
    if own and own[0].p().window_days is not None:
        return ruleset, own[0]
    # An unconfigured shop window (SH-01) falls back to the Chinese floor for Chinese buyers only;
    # EU buyers get eu_withdrawal, which evaluate_order always adds for them.
    for law in law_sets_for(facts, ruleset, now):
        if law.name == "cn_law":
            rules = law.in_force(now, "return_window")
            if rules:
                return law, rules[0]
    return None


def _exclusions(
    facts: OrderFacts, ruleset: RuleSet, now: datetime, *, law_only: str | None = None
) -> list[Rule]:
    pairs = rules_with_laws(facts, ruleset, now, "return_exclusions")
    if law_only is not None:
        return [r for s, r in pairs if s.name == law_only]
    return [r for _s, r in pairs if r.origin != "eu"]


def _item_label(item: ItemFacts) -> dict[str, str]:
    return {"item": item.title or "-"}


def _category_verdict(
    item: ItemFacts, rules: list[Rule]
) -> tuple[str | None, list[Reason], list[Rule]]:
    """("excluded"/"confirmed"/None, reasons, rules used) for the item's category."""
    reasons: list[Reason] = []
    used: list[Rule] = []
    for rule in rules:
        params: ReturnExclusionParams = rule.p()
        never = item.categories & set(params.never)
        if never:
            reasons.append(
                Reason("return.excluded_category",
                       {**_item_label(item), "category": sorted(never)[0], "rule": rule.id})
            )  # fmt: skip
            return "excluded", reasons, [rule]
    for rule in rules:
        optional = item.categories & set(rule.p().with_confirmation)
        if not optional:
            continue
        used.append(rule)
        args = {**_item_label(item), "category": sorted(optional)[0], "rule": rule.id}
        if item.confirmed_no_return_at_purchase:
            reasons.append(Reason("return.confirmed_at_purchase", args))
            return "confirmed", reasons, used
        # Without an explicit confirmation at purchase the seller may not refuse (CN-LAW-02 b).
        reasons.append(Reason("return.optional_category_not_confirmed", args))
        return None, reasons, used
    if item.confirmed_no_return_at_purchase:
        # The seller may not widen the excluded list (CN-LAW-02): the confirmation has no effect.
        reasons.append(Reason("return.confirmation_without_effect", _item_label(item)))
    if item.listing_supports_no_reason is False:
        # TB-7D-03: a seller statement that a must-support item has no 7-day return is void.
        reasons.append(Reason("return.listing_statement_void", _item_label(item)))
    return None, reasons, used


def no_reason_return(
    facts: OrderFacts, ruleset: RuleSet, now: datetime, item: ItemFacts | None = None
) -> Decision:
    """Is this item returnable without a reason right now, and until when exactly?"""
    check_aware(now, "now")
    item = item or _whole_order_item(facts)
    found = _window_rule(facts, ruleset, now)
    if found is None:
        own = ruleset.in_force(now, "return_window")
        if own:
            return Decision(
                TOPIC, Status.UNDECIDED, "undecided", rules=(RuleRef.of(own[0]),),
                reasons=(Reason("return.shop_window_not_configured", _item_label(item)),),
                missing=("shop_return_window",),
            )  # fmt: skip
        return Decision(
            TOPIC, Status.NO_RULE, "no_rule",
            reasons=(Reason("return.no_rule", {"ruleset": ruleset.name}),),
        )  # fmt: skip
    window_set, window_rule = found
    params: ReturnWindowParams = window_rule.p()
    exclusion_rules = _exclusions(facts, ruleset, now)
    verdict, reasons, used = _category_verdict(item, exclusion_rules)
    refs = [RuleRef.of(window_rule), *(RuleRef.of(r) for r in used)]
    if verdict is not None:
        return Decision(TOPIC, Status.DECIDED, "not_eligible", rules=tuple(refs),
                        reasons=tuple(reasons))  # fmt: skip
    if item.intact is False:
        intact_rule = _guidance(facts, ruleset, now, ("TB-7D-04", "CN-LAW-03"))
        if intact_rule:
            refs.append(RuleRef.of(intact_rule))
        reasons.append(Reason("return.not_intact", _item_label(item)))
        return Decision(TOPIC, Status.DECIDED, "not_eligible", rules=tuple(refs),
                        reasons=tuple(reasons))  # fmt: skip
    event = getattr(facts, EVENT_FIELD[params.counts_from])
    if event is None:
        reasons.append(Reason(f"return.needs_{params.counts_from}", _item_label(item)))
        return Decision(TOPIC, Status.UNDECIDED, "undecided", rules=tuple(refs),
                        reasons=tuple(reasons), missing=(EVENT_FIELD[params.counts_from],))  # fmt: skip
    assert params.window_days is not None
    if params.window_days == -1:
        reasons.append(Reason("return.unlimited_window", _item_label(item)))
        return Decision(TOPIC, Status.DECIDED, "eligible", rules=tuple(refs),
                        reasons=tuple(reasons))  # fmt: skip
    zone = zone_for(window_rule, window_set, facts, now)
    deadline_at = days_from_next_day(event, params.window_days, zone)
    passed = now >= deadline_at
    deadline = Deadline(
        key="no_reason_return", at=deadline_at, zone=str(zone), counts_from=params.counts_from,
        actor="buyer", consequence="window_closes", rule_id=window_rule.id, passed=passed,
    )  # fmt: skip
    if passed:
        reasons.append(
            Reason("return.window_passed", {**_item_label(item), "deadline": deadline_at})
        )
        return Decision(TOPIC, Status.DECIDED, "not_eligible", rules=tuple(refs),
                        reasons=tuple(reasons), deadlines=(deadline,))  # fmt: skip
    reasons.append(
        Reason("return.eligible_until", {**_item_label(item), "deadline": deadline_at,
                                         "days": params.window_days})
    )  # fmt: skip
    if item.intact is None:
        reasons.append(Reason("return.provided_intact", _item_label(item)))
    return Decision(TOPIC, Status.DECIDED, "eligible", rules=tuple(refs), reasons=tuple(reasons),
                    deadlines=(deadline,))  # fmt: skip


def _guidance(
    facts: OrderFacts, ruleset: RuleSet, now: datetime, ids: tuple[str, ...]
) -> Rule | None:
    for _set, rule in rules_with_laws(facts, ruleset, now, "guidance"):
        if rule.id in ids:
            return rule
    return None


def eu_withdrawal(
    facts: OrderFacts, ruleset: RuleSet, now: datetime, item: ItemFacts | None = None
) -> Decision:
    """EU-CRD-01: 14 days from possession, counted in the buyer's zone, for buyers in the EU."""
    check_aware(now, "now")
    item = item or _whole_order_item(facts)
    eu = RULESETS["eu"]
    scope = scope_of(eu, now)
    if not scope or not facts.buyer_country or facts.buyer_country.upper() not in scope.countries:
        return Decision(EU_TOPIC, Status.NOT_APPLICABLE, "not_applicable",
                        reasons=(Reason("eu.not_eu_buyer"),))  # fmt: skip
    window_rule = eu.in_force(now, "return_window")[0]
    params: ReturnWindowParams = window_rule.p()
    refs = [RuleRef.of(window_rule)]
    for rule in eu.in_force(now, "return_exclusions"):
        excluded = item.categories & set(rule.p().never)
        if excluded:
            refs.append(RuleRef.of(rule))
            return Decision(
                EU_TOPIC, Status.DECIDED, "not_eligible", rules=tuple(refs),
                reasons=(Reason("eu.excluded", {**_item_label(item),
                                                "category": sorted(excluded)[0]}),),
            )  # fmt: skip
    reasons: list[Reason] = []
    if item.intact is False:
        # Handling beyond inspection makes the buyer liable for lost value, not ineligible.
        reasons.append(Reason("eu.diminished_value", _item_label(item)))
    if facts.signed_at is None:
        reasons.append(Reason("return.needs_signed", _item_label(item)))
        return Decision(EU_TOPIC, Status.UNDECIDED, "undecided", rules=tuple(refs),
                        reasons=tuple(reasons), missing=("signed_at",))  # fmt: skip
    zone = buyer_zone(facts, eu, now)
    assert zone is not None and params.window_days is not None
    deadline_at = days_from_next_day(facts.signed_at, params.window_days, zone)
    if not facts.withdrawal_info_given and params.missing_info_extension_months:
        extension = Duration(amount=params.missing_info_extension_months, unit="months")
        deadline_at = add_duration(deadline_at, extension, zone)
        ext_rule = eu.rule("EU-CRD-02", now)
        refs.append(RuleRef.of(ext_rule))
        reasons.append(Reason("eu.extended_missing_info", {"months": extension.amount}))
    passed = now >= deadline_at
    deadline = Deadline(
        key="eu_withdrawal", at=deadline_at, zone=str(zone), counts_from="signed", actor="buyer",
        consequence="window_closes", rule_id=window_rule.id, passed=passed,
    )  # fmt: skip
    if passed:
        reasons.append(
            Reason("return.window_passed", {**_item_label(item), "deadline": deadline_at})
        )
        return Decision(EU_TOPIC, Status.DECIDED, "not_eligible", rules=tuple(refs),
                        reasons=tuple(reasons), deadlines=(deadline,))  # fmt: skip
    reasons.insert(0, Reason("eu.eligible_until", {**_item_label(item), "deadline": deadline_at,
                                                   "days": params.window_days}))  # fmt: skip
    return Decision(EU_TOPIC, Status.DECIDED, "eligible", rules=tuple(refs), reasons=tuple(reasons),
                    deadlines=(deadline,))  # fmt: skip
