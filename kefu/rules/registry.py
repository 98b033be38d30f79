"""Loads the packaged rule files, checks each against the schema at import, and answers "which
version of rule X is in force at this moment" for a rule set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from pydantic import BaseModel, ValidationError

from kefu.rules.errors import NaiveDatetime, RuleFileInvalid, RuleSetUnknown, RuleUnknown
from kefu.rules.schema import PARAM_MODELS, FloorRef, RuleModel, RuleSetModel

DATA_DIR = Path(__file__).with_name("data")
RULE_FILES = ("taobao", "tmall", "jd", "aliexpress", "ebay", "amazon", "eu", "cn_law", "own")
# Shops name their marketplace; some marketplaces share a rule set.
MARKETPLACE_RULESETS = {"shopify": "own"}


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """Plain dicts and lists again, e.g. for JSON or for re-validation."""
    if isinstance(value, Mapping):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [thaw(v) for v in value]
    return value


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    title: str
    version: str
    effective_from: date
    confidence: str
    source: str
    params: Mapping[str, Any]
    floor: tuple[FloorRef, ...]
    enabled: bool
    notes: str
    origin: str
    overridden: bool = False
    confirmed_by_shop: bool = False
    typed: Any = field(default=None, compare=False, repr=False)

    @property
    def needs_confirmation(self) -> bool:
        """L/U rules are defaults a shop must confirm before anyone relies on them."""
        return self.confidence in ("L", "U") and not self.confirmed_by_shop

    def p(self) -> Any:
        """The parameters as their kind's validated model."""
        return self.typed

    @classmethod
    def build(cls, model: RuleModel, origin: str) -> Rule:
        return cls(
            id=model.id,
            kind=model.kind,
            title=model.title,
            version=model.version,
            effective_from=model.effective_from,
            confidence=model.confidence,
            source=model.source,
            params=_freeze(model.params),
            floor=tuple(model.floor),
            enabled=model.enabled,
            notes=model.notes,
            origin=origin,
            typed=PARAM_MODELS[model.kind].model_validate(model.params),
        )

    def with_params(self, params: Mapping[str, Any], *, enabled: bool | None = None) -> Rule:
        """A copy with new parameters, re-validated against the kind's schema."""
        plain = thaw(params)
        typed = PARAM_MODELS[self.kind].model_validate(plain)
        return replace(
            self,
            params=_freeze(plain),
            typed=typed,
            enabled=self.enabled if enabled is None else enabled,
            overridden=True,
            confirmed_by_shop=True,
            version=self.version if self.version.endswith("+shop") else f"{self.version}+shop",
        )


@dataclass(frozen=True)
class RuleSet:
    name: str
    title: str
    version: str
    kind: str
    timezone: str | None
    home_law: str | None
    rules: tuple[Rule, ...]

    def zone(self) -> ZoneInfo | None:
        return ZoneInfo(self.timezone) if self.timezone else None

    def _day(self, now: datetime) -> date:
        if now.tzinfo is None or now.tzinfo.utcoffset(now) is None:
            raise NaiveDatetime(f"'now' must be timezone-aware, got {now.isoformat()}")
        zone = self.zone()
        return now.astimezone(zone).date() if zone else now.date()

    def ids(self) -> list[str]:
        return sorted({rule.id for rule in self.rules})

    def versions(self, rule_id: str, kind: str | None = None) -> list[Rule]:
        found = sorted(
            (r for r in self.rules if r.id == rule_id and (kind is None or r.kind == kind)),
            key=lambda r: r.effective_from,
        )
        if not found:
            raise RuleUnknown(f"rule {rule_id} is not in rule set {self.name}", rule=rule_id)
        return found

    def rule(self, rule_id: str, now: datetime, kind: str | None = None) -> Rule:
        """The version of `rule_id` in force at `now` (the latest that has taken effect).

        One article can yield records of several kinds (a timer and a freight rule); pass `kind`
        to pick one, otherwise the latest of any kind is returned.
        """
        day = self._day(now)
        in_force = [r for r in self.versions(rule_id, kind) if r.effective_from <= day]
        if not in_force:
            raise RuleUnknown(
                f"rule {rule_id} of rule set {self.name} is not yet in force on {day}", rule=rule_id
            )
        return in_force[-1]

    def in_force(self, now: datetime, kind: str | None = None) -> tuple[Rule, ...]:
        """One version per rule id, enabled ones only, in file order."""
        day = self._day(now)
        latest: dict[tuple[str, str], Rule] = {}
        for rule in self.rules:
            if rule.effective_from > day:
                continue
            current = latest.get((rule.id, rule.kind))
            if current is None or rule.effective_from >= current.effective_from:
                latest[(rule.id, rule.kind)] = rule
        order = {(r.id, r.kind): i for i, r in enumerate(self.rules)}
        chosen = sorted(latest.values(), key=lambda r: order[(r.id, r.kind)])
        return tuple(r for r in chosen if r.enabled and (kind is None or r.kind == kind))

    def replace_rules(self, rules: Iterable[Rule]) -> RuleSet:
        return replace(self, rules=tuple(rules))


def _read(path: Path) -> RuleSetModel:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return RuleSetModel.model_validate(raw)
    except (yaml.YAMLError, ValidationError) as exc:
        raise RuleFileInvalid(f"rule file {path.name} is invalid: {exc}", file=str(path)) from exc


def load_rulesets(directory: Path = DATA_DIR) -> dict[str, RuleSet]:
    """Read and validate every rule file, then resolve `include` references between sets."""
    models = {name: _read(directory / f"{name}.yaml") for name in RULE_FILES}
    for name, model in models.items():
        if model.name != name:
            raise RuleFileInvalid(f"{name}.yaml declares name {model.name!r}")
    built: dict[str, RuleSet] = {}
    for name, model in models.items():
        rules = [Rule.build(r, origin=name) for r in model.rules]
        for source_set, ids in model.include.items():
            if source_set not in models:
                raise RuleFileInvalid(f"{name}.yaml includes from unknown rule set {source_set}")
            source_rules = [r for r in models[source_set].rules if r.id in ids]
            missing = set(ids) - {r.id for r in source_rules}
            if missing:
                raise RuleFileInvalid(f"{name}.yaml includes missing rules {sorted(missing)}")
            rules.extend(Rule.build(r, origin=source_set) for r in source_rules)
        built[name] = RuleSet(
            name=name,
            title=model.title,
            version=model.version,
            kind=model.kind,
            timezone=model.timezone,
            home_law=model.home_law,
            rules=tuple(rules),
        )
    for ruleset in built.values():
        _check_references(ruleset, built)
    return built


def _check_references(ruleset: RuleSet, all_sets: Mapping[str, RuleSet]) -> None:
    if ruleset.home_law and ruleset.home_law not in all_sets:
        raise RuleFileInvalid(f"{ruleset.name}: unknown home_law {ruleset.home_law}")
    law_rules = [r for s in all_sets.values() if s.kind == "law" for r in s.rules]
    for rule in ruleset.rules:
        for ref in rule.floor:
            targets = [r for r in law_rules if r.id == ref.rule and ref.floor_param in r.params]
            if not targets:
                raise RuleFileInvalid(f"{rule.id}: floor names unknown law rule {ref.rule}")
            if ref.param not in rule.params:
                raise RuleFileInvalid(f"{rule.id}: floor compares missing parameter {ref.param}")
        if ruleset.timezone:
            ZoneInfo(ruleset.timezone)


RULESETS: Mapping[str, RuleSet] = MappingProxyType(load_rulesets())


def get_ruleset(name: str) -> RuleSet:
    key = MARKETPLACE_RULESETS.get(name, name)
    try:
        return RULESETS[key]
    except KeyError:
        known = ", ".join(sorted(RULESETS))
        raise RuleSetUnknown(f"unknown rule set {name!r}; known: {known}", ruleset=name) from None


def law_rule(rule_id: str, param: str) -> tuple[RuleSet, Rule]:
    """The law rule a floor points at: the record of `rule_id` that carries `param`."""
    for ruleset in RULESETS.values():
        if ruleset.kind == "law":
            for rule in ruleset.rules:
                if rule.id == rule_id and param in rule.params:
                    return ruleset, rule
    raise RuleUnknown(f"no law rule {rule_id}", rule=rule_id)


def typed(rule: Rule) -> BaseModel:
    return rule.typed  # type: ignore[no-any-return]
