"""The answer objects every engine function returns: what was decided, by which rule version with
which parameters, the deadlines, and the reasons, renderable in the buyer's or agent's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from kefu.rules.registry import Rule, thaw


class Status(StrEnum):
    DECIDED = "decided"
    # A fact the rule needs is missing (e.g. the sign-for time): never a guess.
    UNDECIDED = "undecided"
    NOT_APPLICABLE = "not_applicable"
    # The rule set has no rule for this question: a human decides.
    NO_RULE = "no_rule"


@dataclass(frozen=True)
class RuleRef:
    rule_id: str
    version: str
    ruleset: str
    params: Mapping[str, Any]
    source: str
    confidence: str
    needs_confirmation: bool

    @classmethod
    def of(cls, rule: Rule) -> RuleRef:
        return cls(
            rule_id=rule.id,
            version=rule.version,
            ruleset=rule.origin,
            params=rule.params,
            source=rule.source,
            confidence=rule.confidence,
            needs_confirmation=rule.needs_confirmation,
        )


@dataclass(frozen=True)
class Reason:
    key: str
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Deadline:
    key: str
    at: datetime
    zone: str
    counts_from: str
    actor: str
    consequence: str
    rule_id: str
    # Computed by us although the platform normally shows its own (ENG-02), or an L/U rule.
    estimated: bool = False
    from_platform: bool = False
    paused: bool = False
    passed: bool = False


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.value.quantize(Decimal('0.01'))} {self.currency}"


@dataclass(frozen=True)
class Legs:
    outbound: str | None = None
    return_leg: str | None = None
    resend: str | None = None
    # Which rule decided each leg, e.g. {"outbound": "TB-7D-05"}.
    decided_by: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Decision:
    topic: str
    status: Status
    answer: str
    rules: tuple[RuleRef, ...] = ()
    reasons: tuple[Reason, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    amount: Amount | None = None
    legs: Legs | None = None
    missing: tuple[str, ...] = ()
    estimated: bool = False

    @property
    def needs_confirmation(self) -> bool:
        """True when any rule behind the answer is an unconfirmed L/U default: hand off."""
        return any(ref.needs_confirmation for ref in self.rules)

    def explain(self, lang: str) -> str:
        from kefu.rules.messages import explain

        return explain(self, lang)

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "status": self.status.value,
            "answer": self.answer,
            "estimated": self.estimated,
            "needs_confirmation": self.needs_confirmation,
            "missing": list(self.missing),
            "amount": None
            if self.amount is None
            else {"value": str(self.amount.value), "currency": self.amount.currency},
            "legs": None
            if self.legs is None
            else {
                "outbound": self.legs.outbound,
                "return": self.legs.return_leg,
                "resend": self.legs.resend,
                "decided_by": dict(self.legs.decided_by),
            },
            "deadlines": [
                {
                    "key": d.key,
                    "at": d.at.isoformat(),
                    "zone": d.zone,
                    "counts_from": d.counts_from,
                    "actor": d.actor,
                    "consequence": d.consequence,
                    "rule_id": d.rule_id,
                    "estimated": d.estimated,
                    "from_platform": d.from_platform,
                    "paused": d.paused,
                    "passed": d.passed,
                }
                for d in self.deadlines
            ],
            "rules": [
                {
                    "rule_id": r.rule_id,
                    "version": r.version,
                    "ruleset": r.ruleset,
                    "params": thaw(r.params),
                    "source": r.source,
                    "confidence": r.confidence,
                    "needs_confirmation": r.needs_confirmation,
                }
                for r in self.rules
            ],
            "reasons": [{"key": r.key, "args": _jsonable(dict(r.args))} for r in self.reasons],
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value
