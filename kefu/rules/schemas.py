"""Shapes of the rules API: an order's decisions and deadlines, and a shop's rule overrides."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from kefu.rules.decision import Decision
from kefu.rules.evaluate import OrderRules
from kefu.rules.messages import label


class RuleRefOut(BaseModel):
    rule_id: str
    version: str
    ruleset: str
    params: dict[str, Any]
    source: str
    confidence: str
    needs_confirmation: bool


class DeadlineOut(BaseModel):
    key: str
    label: str
    at: datetime
    zone: str
    counts_from: str
    actor: str
    consequence: str
    rule_id: str
    source: str
    estimated: bool
    from_platform: bool
    paused: bool
    passed: bool


class DecisionOut(BaseModel):
    topic: str
    status: str
    answer: str
    estimated: bool
    needs_confirmation: bool
    missing: list[str]
    amount: dict[str, str] | None
    legs: dict[str, Any] | None
    deadlines: list[dict[str, Any]]
    rules: list[RuleRefOut]
    explanation: str


class OrderRulesOut(BaseModel):
    order_id: int
    order_number: str
    ruleset: str
    evaluated_at: datetime
    lang: str
    deadlines: list[DeadlineOut]
    decisions: list[DecisionOut]


def decision_out(decision: Decision, lang: str) -> DecisionOut:
    data = decision.to_dict()
    data.pop("reasons")
    return DecisionOut(**data, explanation=decision.explain(lang))


def order_rules_out(
    order_id: int, order_number: str, result: OrderRules, lang: str
) -> OrderRulesOut:
    sources = {ref.rule_id: ref.source for d in result.decisions for ref in d.rules}
    return OrderRulesOut(
        order_id=order_id,
        order_number=order_number,
        ruleset=result.ruleset,
        evaluated_at=result.now,
        lang=lang,
        deadlines=[
            DeadlineOut(
                key=d.key,
                label=label("deadline", d.key, lang),
                at=d.at,
                zone=d.zone,
                counts_from=d.counts_from,
                actor=d.actor,
                consequence=d.consequence,
                rule_id=d.rule_id,
                source=sources.get(d.rule_id, ""),
                estimated=d.estimated,
                from_platform=d.from_platform,
                paused=d.paused,
                passed=d.passed,
            )
            for d, _decision in result.deadlines()
        ],
        decisions=[decision_out(d, lang) for d in result.decisions],
    )


class OverrideIn(BaseModel):
    params: dict[str, Any] = Field(
        default_factory=dict, description="Parameters to change; empty confirms the default."
    )
    note: str = Field("", max_length=500)


class OverrideOut(BaseModel):
    model_config = {"from_attributes": True}

    rule_id: str
    params: dict[str, Any]
    note: str
    updated_by: int | None
    updated_at: datetime


class ShopRuleOut(BaseModel):
    rule_id: str
    kind: str
    title: str
    version: str
    effective_from: str
    confidence: str
    needs_confirmation: bool
    overridden: bool
    enabled: bool
    source: str
    params: dict[str, Any]


class ShopRulesOut(BaseModel):
    shop_id: int
    ruleset: str
    rules: list[ShopRuleOut]
    overrides: list[OverrideOut]
