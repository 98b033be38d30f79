"""Which law sets protect this buyer, and which zone a rule's days are counted in."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from kefu.rules.facts import OrderFacts
from kefu.rules.registry import RULESETS, Rule, RuleSet
from kefu.rules.schema import ScopeParams
from kefu.rules.timecalc import check_aware

UTC_ZONE = ZoneInfo("UTC")


def scope_of(law: RuleSet, now: datetime) -> ScopeParams | None:
    for rule in law.in_force(now, "scope"):
        params: ScopeParams = rule.p()
        return params
    return None


def law_sets_for(facts: OrderFacts, ruleset: RuleSet, now: datetime) -> list[RuleSet]:
    """The marketplace's home law plus every law set whose scope covers the buyer's country."""
    check_aware(now, "now")
    found: list[RuleSet] = []
    if ruleset.home_law:
        found.append(RULESETS[ruleset.home_law])
    for law in RULESETS.values():
        if law.kind != "law" or law in found:
            continue
        scope = scope_of(law, now)
        if scope and facts.buyer_country and facts.buyer_country.upper() in scope.countries:
            found.append(law)
    return found


def buyer_zone(facts: OrderFacts, law: RuleSet | None, now: datetime) -> ZoneInfo | None:
    if facts.buyer_timezone:
        return ZoneInfo(facts.buyer_timezone)
    if law is not None and facts.buyer_country:
        scope = scope_of(law, now)
        if scope and facts.buyer_country.upper() in scope.countries:
            return ZoneInfo(scope.countries[facts.buyer_country.upper()])
    return None


def zone_for(rule: Rule, ruleset: RuleSet, facts: OrderFacts, now: datetime) -> ZoneInfo:
    """A rule's own zone, else its set's (platform clocks), else the buyer's, else UTC."""
    own = rule.params.get("timezone")
    if isinstance(own, str):
        return ZoneInfo(own)
    zone = ruleset.zone()
    if zone is not None:
        return zone
    return buyer_zone(facts, ruleset if ruleset.kind == "law" else None, now) or UTC_ZONE


def rules_with_laws(
    facts: OrderFacts, ruleset: RuleSet, now: datetime, kind: str
) -> list[tuple[RuleSet, Rule]]:
    """Rules of `kind` in force: the marketplace's first, then the applicable law floors'."""
    pairs = [(ruleset, r) for r in ruleset.in_force(now, kind)]
    for law in law_sets_for(facts, ruleset, now):
        if law.name != ruleset.name:
            pairs.extend((law, r) for r in law.in_force(now, kind))
    return pairs
