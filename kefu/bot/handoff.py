"""The hand-off an agent receives: one paragraph (what the buyer wants, the order, what the bot
already said and why it stopped) and 1–3 drafted replies rendered from the library. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass

from kefu.bot.decide import Plan
from kefu.bot.facts import BotContext, Understanding
from kefu.replies.library import Library
from kefu.replies.rendering import compose as render_reply
from kefu.replies.selection import candidates

_REASONS = {
    "phishing": "the message carries a phishing link or lure",
    "asked_for_person": "the buyer asked for a person",
    "angry": "the buyer is angry",
    "money_beyond_policy": "the buyer asks for money beyond policy",
    "low_confidence": "the bot is not sure what the buyer wants",
    "language": "no replies in the buyer's language",
    "repeated_failure": "the bot asked several times without success",
    "asked_again": "the buyer asked again after the bot's answer",
    "guard_blocked": "the guard blocked every reply the bot composed",
}


@dataclass(frozen=True)
class Draft:
    template_id: str
    text: str


def summary(u: Understanding, ctx: BotContext, plan: Plan, said: list[str]) -> str:
    """One paragraph, in English and field-like so any agent can scan it."""
    quote = u.text.strip().replace("\n", " ")
    quote = quote if len(quote) <= 160 else quote[:157] + "…"
    parts = [f'{ctx.buyer_name or "The buyer"} ({u.lang}) wants {u.intent.replace("_", " ")} '
             f'(confidence {u.confidence:.2f}): "{quote}".']  # fmt: skip
    order = plan.order
    if order is not None:
        tracking = f", {order.carrier} {order.tracking_no}" if order.tracking_no else ""
        parts.append(f"Order {order.order_number} is {order.status}{tracking}.")
    elif ctx.orders:
        parts.append(f"{len(ctx.orders)} recent orders; none chosen.")
    else:
        parts.append("No orders yet.")
    if plan.product is not None:
        parts.append(f"Product: {plan.product.title('en')}.")
    if u.anger >= 0.3:
        parts.append(f"Anger {u.anger:.2f}.")
    if said:
        parts.append(
            "The bot already said: " + " / ".join(s.replace("\n", " ")[:160] for s in said) + "."
        )
    reason = _REASONS.get(plan.reason, plan.reason.replace("_", " "))
    parts.append(f"Handed over because {reason}.")
    return " ".join(parts)


def drafts(
    u: Understanding, plan: Plan, tz: str, tone: str | None, library: Library, limit: int = 3
) -> list[Draft]:
    """Ready replies for the agent: any wording of the intent the facts can fill (agents may send
    what the bot may not, after reading it)."""
    found: list[Draft] = []
    offered = candidates(u.intent, u.lang, plan.variables, tone, limit=limit + 2, library=library)
    for template in offered:
        try:
            text = render_reply(template, plan.variables, u.lang, tz).text
        except Exception:  # noqa: S112 - a draft that cannot render is not offered
            continue
        found.append(Draft(template.id, text))
        if len(found) == limit:
            break
    return found
