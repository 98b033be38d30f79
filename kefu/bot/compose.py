"""Compose a plan into the words the buyer reads: the first library template the plan allows,
filled from the plan's variables, wrapped with the culture's salutation, and passed by the guard.
Pure given the library. A blocked text is never returned as sendable.
"""

from __future__ import annotations

from dataclasses import dataclass

from kefu.bot.decide import Plan
from kefu.bot.policy import phrase, policy
from kefu.guard import check
from kefu.replies.library import Library, Template
from kefu.replies.rendering import compose as render_reply
from kefu.replies.rendering import wrap
from kefu.replies.selection import candidates


@dataclass(frozen=True)
class Composed:
    text: str
    template_id: str | None
    guard_blocks: int = 0


def _variant_ok(template: Template, plan: Plan) -> bool:
    if plan.only_variants and template.variant not in plan.only_variants:
        return False
    return template.variant not in plan.skip_variants


def sendable_templates(plan: Plan, lang: str, tone: str | None, library: Library) -> list[Template]:
    unchecked = policy().unchecked_templates
    offered = candidates(plan.intent, lang, plan.variables, tone, limit=20, library=library)
    chosen = [
        t
        for t in offered
        if t.scenario in plan.scenarios and t.id not in unchecked and _variant_ok(t, plan)
    ]
    if not chosen:
        # The scenario may serve the plan under another intent (e.g. ship_time → order_status).
        for scenario_intent in {i for t in library.templates if t.scenario in plan.scenarios
                                for i in t.intents}:  # fmt: skip
            more = candidates(
                scenario_intent, lang, plan.variables, tone, limit=20, library=library
            )
            chosen += [t for t in more if t.scenario in plan.scenarios and t.id not in unchecked
                       and _variant_ok(t, plan) and t not in chosen]  # fmt: skip
    return chosen


def compose_plan(
    plan: Plan, lang: str, tz: str, marketplace: str, tone: str | None, library: Library
) -> Composed | None:
    """The guarded reply for `plan`, or None when no allowed wording survives the guard."""
    names = {k: v for k, v in plan.variables.items() if k in ("buyer_name", "shop_name")}
    blocks = 0
    if plan.phrase:
        body = phrase(plan.phrase, lang, **plan.phrase_values)
        if body is None:
            return None
        text = wrap(body, lang, buyer_name=_str(names.get("buyer_name")),
                    shop_name=_str(names.get("shop_name")))  # fmt: skip
        if check(text, "out", marketplace, lang).blocked:
            return Composed("", None, 1)
        return Composed(text, f"phrase:{plan.phrase}")
    for template in sendable_templates(plan, lang, tone, library):
        rendered = render_reply(template, plan.variables, lang, tz)
        if check(rendered.text, "out", marketplace, lang).blocked:
            blocks += 1
            continue
        return Composed(rendered.text, template.id, blocks)
    return Composed("", None, blocks) if blocks else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None
