"""Shop overrides: more generous is fine, less generous than the law is refused with a reason."""

from __future__ import annotations

import pytest

from kefu.errors import ValidationFailed
from kefu.rules.errors import LawFloorViolation, OverrideInvalid, RuleUnknown
from kefu.rules.overrides import apply_overrides
from kefu.rules.registry import get_ruleset
from kefu.rules.returns import no_reason_return

from .factories import cst, order

NOW = cst(2026, 5, 3)


def test_a_longer_return_window_is_accepted_and_used() -> None:
    taobao = apply_overrides(get_ruleset("taobao"), {"TB-7D-01": {"window_days": 15}})
    decision = no_reason_return(order(signed_at=cst(2026, 5, 1, 15, 20)), taobao, NOW)
    assert decision.deadlines[0].at == cst(2026, 5, 17)
    assert decision.rules[0].version.endswith("+shop")
    assert dict(decision.rules[0].params)["window_days"] == 15


def test_a_shorter_return_window_than_the_law_is_refused() -> None:
    with pytest.raises(LawFloorViolation) as info:
        apply_overrides(get_ruleset("taobao"), {"TB-7D-01": {"window_days": 5}})
    assert isinstance(info.value, ValidationFailed)
    assert "CN-LAW-04" in info.value.message and "5" in info.value.message


@pytest.mark.parametrize("name,rule_id", [("tmall", "TM-7D-01"), ("jd", "JD-7D-01")])
def test_every_chinese_platform_window_has_the_law_floor(name: str, rule_id: str) -> None:
    with pytest.raises(LawFloorViolation):
        apply_overrides(get_ruleset(name), {rule_id: {"window_days": 6}})


def test_excluding_more_categories_than_the_law_allows_is_refused() -> None:
    with pytest.raises(LawFloorViolation, match="CN-LAW-02"):
        apply_overrides(
            get_ruleset("taobao"),
            {"TB-7D-02": {"never": ["custom_made", "fresh_perishable", "clothing"]}},
        )


def test_an_own_store_selling_to_the_eu_needs_at_least_14_days() -> None:
    with pytest.raises(LawFloorViolation, match="EU-CRD-01"):
        apply_overrides(get_ruleset("own"), {"SH-01": {"window_days": 10}})
    ok = apply_overrides(get_ruleset("own"), {"SH-01": {"window_days": 10}}, floors=["cn_law"])
    assert ok.rule("SH-01", NOW).params["window_days"] == 10


def test_an_unlimited_own_window_is_accepted() -> None:
    ok = apply_overrides(get_ruleset("own"), {"SH-01": {"window_days": -1}})
    assert ok.rule("SH-01", NOW).params["window_days"] == -1


def test_law_rule_sets_cannot_be_overridden() -> None:
    with pytest.raises(LawFloorViolation):
        apply_overrides(get_ruleset("cn_law"), {"CN-LAW-04": {"window_days": 30}})


def test_unknown_rule_and_unknown_parameter_are_clear_errors() -> None:
    with pytest.raises(RuleUnknown):
        apply_overrides(get_ruleset("taobao"), {"TB-XX-01": {"rate": "0.1"}})
    with pytest.raises(OverrideInvalid, match="rate_per_cent"):
        apply_overrides(get_ruleset("taobao"), {"TB-SHIP-06": {"rate_per_cent": 5}})


def test_an_override_that_breaks_the_schema_is_refused() -> None:
    with pytest.raises(OverrideInvalid):
        apply_overrides(get_ruleset("taobao"), {"TB-SHIP-06": {"rate": "2.5"}})


def test_confirming_a_low_confidence_default_clears_the_flag() -> None:
    base = get_ruleset("taobao")
    assert base.rule("TB-SHIP-06", NOW).needs_confirmation
    confirmed = apply_overrides(base, {"TB-SHIP-06": {}})
    assert not confirmed.rule("TB-SHIP-06", NOW).needs_confirmation
    # the packaged rule set is untouched
    assert base.rule("TB-SHIP-06", NOW).needs_confirmation
