"""Applying a shop's parameter overrides to a rule set, refusing any that would leave the buyer
worse off than the law floor (ENG-05). Pure: rule set and overrides in, new rule set out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from kefu.rules.errors import LawFloorViolation, OverrideInvalid
from kefu.rules.registry import Rule, RuleSet, law_rule, thaw

# An override is {rule_id: {param: value}}; an empty mapping confirms an L/U default as it is.
Overrides = Mapping[str, Mapping[str, Any]]


def _less_generous(better: str, new: Any, floor: Any) -> bool:
    if better == "subset":
        return bool(set(new or ()) - set(floor or ()))
    if new is None:
        # Not configured: no window is promised, and the law floor is applied per buyer instead.
        return False
    if better == "higher":
        return bool(new != -1 and new < floor)
    return bool(new > floor)


def check_override(
    ruleset: RuleSet, rule: Rule, params: Mapping[str, Any], floors: Iterable[str] | None
) -> None:
    """Raise LawFloorViolation when `params` undercut a law floor this shop is bound by."""
    bound = None if floors is None else set(floors)
    for ref in rule.floor:
        if ref.param not in params:
            continue
        law_set, law = law_rule(ref.rule, ref.floor_param)
        applies = law_set.name == ruleset.home_law or bound is None or law_set.name in bound
        if not applies:
            continue
        new, floor = params[ref.param], thaw(law.params[ref.floor_param])
        if _less_generous(ref.better, thaw(new), floor):
            raise LawFloorViolation(
                f"{rule.id}: {ref.param} = {new!r} is less generous to the buyer than the law "
                f"floor {law.id} ({ref.floor_param} = {floor!r}); a shop may only be more generous",
                rule=rule.id,
                param=ref.param,
                floor_rule=law.id,
            )


def apply_overrides(
    ruleset: RuleSet, overrides: Overrides, *, floors: Iterable[str] | None = None
) -> RuleSet:
    """A copy of `ruleset` with the shop's parameters in place.

    `floors` names the law sets the shop is bound by besides its marketplace's home law (e.g.
    ["eu"] for a store selling into the EU); None means every law set, the safe default.
    """
    if ruleset.kind == "law":
        raise LawFloorViolation(f"rule set {ruleset.name} is law and cannot be overridden")
    floor_list = None if floors is None else list(floors)
    rules = list(ruleset.rules)
    for rule_id, params in overrides.items():
        ruleset.versions(rule_id)  # raises RuleUnknown for an id this set does not have
        matched = False
        for index, rule in enumerate(rules):
            if rule.id != rule_id:
                continue
            unknown = sorted(set(params) - set(rule.params))
            if unknown and rule.kind != "guidance":
                # One article may have records of several kinds; skip those that lack the keys.
                continue
            matched = True
            check_override(ruleset, rule, params, floor_list)
            merged = {**thaw(rule.params), **thaw(params)}
            try:
                rules[index] = rule.with_params(merged)
            except ValidationError as exc:
                raise OverrideInvalid(
                    f"{rule_id}: override does not fit the rule's schema: {exc}", rule=rule_id
                ) from exc
        if not matched:
            raise OverrideInvalid(
                f"{rule_id}: unknown parameter(s) {sorted(params)}; "
                f"known: {sorted({k for r in rules if r.id == rule_id for k in r.params})}",
                rule=rule_id,
            )
    return ruleset.replace_rules(rules)
