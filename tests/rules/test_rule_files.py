"""Every packaged rule file loads against the schema, and broken files fail loudly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kefu.errors import NotFound
from kefu.rules.errors import RuleFileInvalid, RuleSetUnknown, RuleUnknown
from kefu.rules.registry import DATA_DIR, RULE_FILES, RULESETS, get_ruleset, load_rulesets

from .factories import cst

# Every rule POLICIES.md marks H or M that the engine encodes (guard-only and KPI rules excluded).
ENCODED_H_M = {
    "cn_law": ["CN-LAW-01", "CN-LAW-02", "CN-LAW-03", "CN-LAW-04", "CN-LAW-05", "CN-LAW-06",
               "CN-LAW-07", "CN-LAW-08", "CN-LAW-09", "CN-LAW-10", "CN-LAW-15", "CN-LAW-16"],
    "taobao": ["TB-7D-01", "TB-7D-02", "TB-7D-03", "TB-7D-04", "TB-7D-05", "TB-7D-06", "TB-7D-07",
               "TB-7D-08", "TB-FEE-01", "TB-FEE-02", "TB-FEE-03", "TB-FEE-04", "TB-FEE-05",
               "TB-FEE-06", "TB-FEE-07", "TB-SHIP-01", "TB-SHIP-02", "TB-SHIP-03", "TB-SHIP-04",
               "TB-SHIP-05", "TB-SHIP-07", "TB-SHIP-08", "TB-CONF-01", "TB-REF-03", "TB-DM-01",
               "TB-DM-02", "TB-Q-01", "TB-FAKE-01", "TB-GEN-01", "TB-GEN-02", "TB-GEN-03",
               "TB-REV-01", "TB-REV-02"],
    "tmall": ["TM-7D-01", "TM-7D-02", "TM-CONF-01"],
    "jd": ["JD-7D-01", "JD-DIS-01", "JD-DIS-02", "JD-DIS-03", "JD-DIS-04", "JD-DIS-05",
           "JD-DIS-06", "JD-DIS-07", "JD-DIS-08", "JD-CRISIS-01", "JD-FAKE-01", "JD-DM-01",
           "JD-DM-02", "JD-Q-01", "JD-Q-02", "JD-Q-03", "JD-GIFT-01", "JD-KPI-01"],
    "aliexpress": ["AE-BP-01", "AE-BP-02", "AE-BP-03", "AE-DSP-01", "AE-DSP-02", "AE-DSP-03",
                   "AE-DSP-04", "AE-CB-01", "AE-FB-01", "AE-KPI-01"],
    "ebay": ["EB-INR-01", "EB-RET-01", "EB-RET-02", "EB-RET-03", "EB-RET-04", "EB-SIG-01",
             "EB-DIV-01"],
    "amazon": ["AZ-AZ-01", "AZ-AZ-02", "AZ-CS-01", "AZ-MSG-01", "AZ-CLM-01"],
    "eu": ["EU-CRD-01", "EU-CRD-02", "EU-CRD-03", "EU-CRD-04", "EU-CRD-05", "EU-CRD-06"],
    "own": ["SH-01", "SH-02"],
}  # fmt: skip


def test_every_rule_file_validates_against_the_schema() -> None:
    fresh = load_rulesets(DATA_DIR)
    assert sorted(fresh) == sorted(RULE_FILES)
    for ruleset in fresh.values():
        assert ruleset.rules, ruleset.name
        for rule in ruleset.rules:
            assert rule.typed is not None
            assert rule.source and rule.version and rule.confidence in "HMLU"


@pytest.mark.parametrize("name", sorted(ENCODED_H_M))
def test_every_high_and_medium_confidence_rule_is_encoded(name: str) -> None:
    ids = set(RULESETS[name].ids())
    assert set(ENCODED_H_M[name]) <= ids, set(ENCODED_H_M[name]) - ids


def test_low_and_unverified_rules_are_flagged_for_confirmation() -> None:
    flagged = {r.id for s in RULESETS.values() for r in s.rules if r.needs_confirmation}
    assert {
        "TB-SHIP-06",
        "TM-SHIP-01",
        "TB-PAY-01",
        "JD-SHIP-01",
        "TB-REF-01",
        "EU-WAR-01",
    } <= flagged
    assert "TB-7D-01" not in flagged


def test_unknown_rule_set_is_a_not_found_error() -> None:
    with pytest.raises(RuleSetUnknown) as info:
        get_ruleset("wish")
    assert isinstance(info.value, NotFound)
    assert "taobao" in info.value.message


def test_shopify_shops_use_the_own_rule_set() -> None:
    assert get_ruleset("shopify").name == "own"


def test_unknown_rule_id_is_reported() -> None:
    with pytest.raises(RuleUnknown):
        get_ruleset("taobao").rule("TB-NOPE-01", cst(2026, 5, 1))


def test_rule_version_in_force_follows_the_effective_date() -> None:
    eu = get_ruleset("eu")
    with pytest.raises(RuleUnknown):
        eu.rule("EU-CRD-03", cst(2026, 6, 1))  # the online withdrawal button starts 2026-06-19
    assert eu.rule("EU-CRD-03", cst(2026, 6, 20)).id == "EU-CRD-03"


def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def test_a_typo_in_a_parameter_fails_at_load(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    path = data / "taobao.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("default_hours: 48", "default_hour: 48"),
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(RuleFileInvalid, match=r"taobao\.yaml"):
        load_rulesets(data)


def test_an_unknown_category_fails_at_load(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    path = data / "cn_law.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("fresh_perishable,", "fresh_fish,", 1),
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(RuleFileInvalid, match="unknown category"):
        load_rulesets(data)


def test_a_floor_pointing_at_a_missing_law_rule_fails_at_load(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    path = data / "jd.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("rule: CN-LAW-04", "rule: CN-LAW-99"),
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(RuleFileInvalid, match="CN-LAW-99"):
        load_rulesets(data)


def test_a_missing_source_fails_at_load(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    path = data / "amazon.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("source: https://sellercentral.amazon.com/gp/help/external/200549770",
                                 "source: somewhere"), encoding="utf-8")  # fmt: skip
    with pytest.raises(RuleFileInvalid):
        load_rulesets(data)
