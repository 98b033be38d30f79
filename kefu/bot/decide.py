"""Decide, for one understood buyer message: answer from the data, ask for the missing fact, or
hand off to a person. Pure: values in, a Plan out. Precision first (PRODUCT.md): when a fact the
answer needs is not in the data, the plan is to ask or to hand off, never to guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

from kefu.bot.facts import BotContext, OrderFacts, ProductFacts, Understanding
from kefu.bot.policy import IntentPolicy, policy, words
from kefu.bot.settings import BotSettings
from kefu.bot.sizing import recommend
from kefu.replies.formatting import LANGS, Money

Action = Literal["answer", "ask", "handoff"]

PHISHING = frozenset({"phishing_link", "phishing_lure"})
MOVE_CHAT = "move_chat"


@dataclass(frozen=True)
class Plan:
    action: Action
    intent: str
    reason: str
    stage: str
    # Reply-library scenarios the bot may send for this plan (empty: a bot phrase or nothing).
    scenarios: tuple[str, ...] = ()
    variables: dict[str, Any] = field(default_factory=dict)
    phrase: str | None = None
    phrase_values: dict[str, str] = field(default_factory=dict)
    only_variants: tuple[str, ...] = ()
    skip_variants: tuple[str, ...] = ()
    order: OrderFacts | None = None
    product: ProductFacts | None = None
    rule_ids: tuple[str, ...] = ()
    then_handoff: bool = False
    # Slots learnt from this message, remembered for the next turns.
    slots: dict[str, str] = field(default_factory=dict)

    @property
    def hands_off(self) -> bool:
        return self.action == "handoff" or self.then_handoff


def _fold(text: str) -> str:
    from kefu.bot.text import simplified

    return simplified(text).casefold()


def _has_any(text: str, cues: tuple[str, ...]) -> bool:
    folded = _fold(text)
    return any(cue.casefold() in folded for cue in cues)


def _handoff(intent: str, reason: str, rule: IntentPolicy, **extra: Any) -> Plan:
    extra.setdefault("scenarios", rule.scenarios)
    return Plan("handoff", intent, reason, rule.stage, **extra)


def _base_variables(ctx: BotContext) -> dict[str, Any]:
    return {"shop_name": ctx.shop_name, "buyer_name": ctx.buyer_name or None}


def _failures(ctx: BotContext) -> int:
    """Clarifying questions and misses in a row, most recent first."""
    count = 0
    for turn in reversed(ctx.history):
        if turn.sender != "bot_decision":
            continue
        if turn.action in ("ask",):
            count += 1
        else:
            break
    return count


def _repeated(ctx: BotContext, intent: str) -> bool:
    """The buyer asks again what the bot has just answered: the answer did not help."""
    for turn in reversed(ctx.history):
        if turn.sender == "bot_decision":
            return turn.action == "answer" and turn.intent == intent and intent not in (
                "greeting", "thanks_bye")  # fmt: skip
    return False


def decide(u: Understanding, ctx: BotContext, settings: BotSettings, now: datetime) -> Plan:
    """The plan for one buyer message; see the module docstring."""
    intent = u.intent
    rules = policy().intents.get(intent, policy().intents["other"])
    slots = _slots(u, ctx)
    ctx = replace(ctx, remembered={**ctx.remembered, **slots})

    def done(plan: Plan) -> Plan:
        return replace(plan, slots=slots)

    # 1. What the incoming guard found decides before anything the buyer asked.
    if u.guard_in & PHISHING:
        return done(_handoff(intent, "phishing", rules, scenarios=()))
    if MOVE_CHAT in u.guard_in or u.values("wechat") or u.values("qq"):
        return done(Plan("answer", intent, "stay_on_platform", rules.stage, phrase="stay_on_platform",
                         variables=_base_variables(ctx)))  # fmt: skip
    # 2. A person, anger, a complaint, or money beyond policy: a human decides.
    if intent == "human_agent" or any(i == "human_agent" and p >= 0.3 for i, p in u.top):
        return done(_handoff(intent, "asked_for_person", rules))
    if u.anger >= settings.anger_handoff:
        return done(_handoff(intent, "angry", rules))
    if _has_any(u.text, words().compensation):
        return done(_handoff(intent, "money_beyond_policy", rules))
    if u.lang not in LANGS:
        return done(_handoff(intent, "language", rules))
    if (u.abstained or u.confidence < settings.threshold(intent, rules.floor)) and not (
            _plain_lookup(u, ctx, rules)):  # fmt: skip
        return done(_handoff(intent, "low_confidence", rules))
    if intent in settings.never_answer:
        return done(_handoff(intent, "shop_policy", rules))
    if _failures(ctx) >= settings.max_failures:
        return done(_handoff(intent, "repeated_failure", rules))
    if _repeated(ctx, intent):
        return done(_handoff(intent, "asked_again", rules))
    plan = _HANDLERS[rules.handler](u, ctx, settings, rules, now)
    return done(replace(plan, then_handoff=plan.then_handoff or (
        rules.then_handoff and plan.action == "answer")))  # fmt: skip


def _plain_lookup(u: Understanding, ctx: BotContext, rules: IntentPolicy) -> bool:
    """A product-fact question the data answers by a field lookup: NLU leans to the intent (at
    least the policy's `cue_floor`), the message names a product of this shop, and exactly one
    cue (care or material) says which field. The reply quotes the knowledge file verbatim, so a
    lower confidence cannot produce a wrong fact, only an unhelpful one."""
    if rules.cue_floor is None or u.confidence < rules.cue_floor or not u.top:
        return False
    if u.top[0][0] != u.intent or not _product_in_text(u.text, ctx.products):
        return False
    w = words()
    return _has_any(u.text, w.care) != _has_any(u.text, w.material)


# --- slots ------------------------------------------------------------------------------------


def _slots(u: Understanding, ctx: BotContext) -> dict[str, str]:
    found: dict[str, str] = {}
    for kind, value, extra in u.entities:
        if kind == "size" and "usual_size" not in found:
            found["usual_size"] = value
            found["usual_size_system"] = str(extra.get("system", ""))
            found["usual_size_value"] = str(extra.get("size", ""))
        elif kind in ("order_number", "tracking_number") and "order_ref" not in found:
            found["order_ref"] = value
    destination = _destination_in_text(u)
    if destination:
        found["destination"], found["destination_key"] = destination
    product = _product_in_text(u.text, ctx.products)
    if product:
        found["product_ids"] = ",".join(str(p.id) for p in product)
    return found


def _destination_in_text(u: Understanding) -> tuple[str, str] | None:
    for kind, value, extra in u.entities:
        if kind == "destination" and extra.get("place") == "country":
            # Show the place as the buyer wrote it; match the shop's table on the country code.
            text = str(extra.get("text") or value)
            return text, value
    return None


def _aliases(product: ProductFacts) -> list[str]:
    names: list[str] = [product.code.casefold()]
    for title in product.titles.values():
        folded = _fold(title)
        names.append(folded)
        head = folded.split(" ")[0]
        if len(head) >= 2 and not _latin(head):
            names.append(head)  # a Chinese series name: 山脊, 轻云
        words_ = folded.split()
        if len(words_) >= 2 and words_[0].isascii():
            names.append(" ".join(words_[:2]))  # "ridge mid", "fell runner"
    # A name every Latin-script title starts with is the product's own name, kept untranslated
    # ("Cloudpeak Waterproof Boot" / "Cloudpeak bota impermeable"): "la bota Cloudpeak" names it.
    latin = [_fold(t).split() for t in product.titles.values() if t.isascii() or _latin(t)]
    if len(latin) >= 2 and all(latin):
        first = {w[0] for w in latin}
        if len(first) == 1 and len(name := first.pop()) >= 4:
            names.append(name)
    return [n for n in names if len(n) >= 2]


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 for c in text)


def _product_in_text(text: str, products: tuple[ProductFacts, ...]) -> list[ProductFacts]:
    folded = _fold(text)
    hits = [p for p in products if any(alias in folded for alias in _aliases(p))]
    if len(hits) > 1:
        w = words()
        women, men = _has_any(text, w.women), _has_any(text, w.men)
        if women != men:
            gendered = [p for p in hits if _gender(p) == ("women" if women else "men")]
            hits = gendered or hits
    return hits


def _gender(product: ProductFacts) -> str | None:
    title = _fold(product.titles.get("en", ""))
    if "women" in title:
        return "women"
    if "men" in title:
        return "men"
    return None


def _products(ctx: BotContext) -> list[ProductFacts]:
    """Products the buyer is talking about: named now or earlier, else the linked order's."""
    ids = ctx.remembered.get("product_ids")
    if ids:
        wanted = {int(i) for i in ids.split(",")}
        return [p for p in ctx.products if p.id in wanted]
    order = _linked(ctx)
    if order is not None:
        return [p for p in ctx.products if p.id in order.product_ids]
    # The buyer's recent orders all hold one and the same product: "how do I wash them?"
    bought = {pid for o in ctx.orders for pid in o.product_ids}
    if len(bought) == 1:
        return [p for p in ctx.products if p.id in bought]
    return []


def _linked(ctx: BotContext) -> OrderFacts | None:
    return next((o for o in ctx.orders if o.id == ctx.linked_order_id), None)


# --- handlers ---------------------------------------------------------------------------------

Handler = Any


def _static(
    u: Understanding, ctx: BotContext, s: BotSettings, r: IntentPolicy, now: datetime
) -> Plan:
    return Plan("answer", u.intent, "static", r.stage, r.scenarios, _base_variables(ctx))


def _handoff_handler(
    u: Understanding, ctx: BotContext, s: BotSettings, r: IntentPolicy, now: datetime
) -> Plan:
    return _handoff(u.intent, "needs_person", r, variables=_base_variables(ctx))


def _photos(
    u: Understanding, ctx: BotContext, s: BotSettings, r: IntentPolicy, now: datetime
) -> Plan:
    return Plan("answer", u.intent, "ask_photos", r.stage, r.scenarios, _base_variables(ctx),
                order=_linked(ctx) or _only(ctx.orders), then_handoff=True)  # fmt: skip


def _only(orders: tuple[OrderFacts, ...]) -> OrderFacts | None:
    open_ = [o for o in orders if o.open]
    return open_[0] if len(open_) == 1 else None


def _knowledge(product: ProductFacts, lang: str) -> Any:
    return product.knowledge.get(lang) or (
        product.knowledge.get("zh-Hans") if lang == "zh-Hant" else None
    )


def _one_product(u: Understanding, ctx: BotContext, r: IntentPolicy, field_: str) -> tuple[
        ProductFacts | None, Plan | None]:  # fmt: skip
    found = _products(ctx)
    if not found:
        return None, Plan("ask", u.intent, "which_product", r.stage, phrase="ask_product",
                          variables=_base_variables(ctx))  # fmt: skip
    if len(found) > 1:
        # Several products fit the name: answer only if they share the very fact asked for.
        facts = {repr(getattr(_knowledge(p, u.lang), field_, None)) for p in found}
        if len(facts) != 1:
            return None, Plan("ask", u.intent, "which_product", r.stage, phrase="ask_product",
                              variables=_base_variables(ctx))  # fmt: skip
    return found[0], None


def _product(
    u: Understanding, ctx: BotContext, s: BotSettings, r: IntentPolicy, now: datetime
) -> Plan:
    w = words()
    care = _has_any(u.text, w.care)
    material = _has_any(u.text, w.material)
    if care == material:  # neither (e.g. "is it waterproof?") or both: an agent answers
        return _handoff(u.intent, "fact_not_in_templates", r, variables=_base_variables(ctx))
    field_ = "care" if care else "material"
    product, ask = _one_product(u, ctx, r, field_)
    if ask is not None or product is None:
        return ask or _handoff(u.intent, "no_product", r)
    knowledge = _knowledge(product, u.lang)
    value = getattr(knowledge, field_, "") if knowledge else ""
    if not value:
        return _handoff(u.intent, "no_knowledge", r, product=product)
    # Templates put their own full stop after the fact.
    variables = {**_base_variables(ctx), "product_name": product.title(u.lang),
                 field_: value.rstrip("。.! ")}  # fmt: skip
    scenario = "product_care" if care else "product_facts"
    return Plan("answer", u.intent, f"knowledge_{field_}", r.stage, (scenario,), variables,
                product=product)  # fmt: skip


def _size(
    u: Understanding, ctx: BotContext, s: BotSettings, r: IntentPolicy, now: datetime
) -> Plan:
    product, ask = _one_product(u, ctx, r, "size_chart")
    if ask is not None or product is None:
        return ask or _handoff(u.intent, "no_product", r)
    knowledge = _knowledge(product, u.lang)
    if knowledge is None or not knowledge.size_chart:
        return _handoff(u.intent, "no_size_chart", r, product=product)
    usual = ctx.remembered.get("usual_size")
    base = {**_base_variables(ctx), "product_name": product.title(u.lang)}
    if not usual:
        return Plan("ask", u.intent, "usual_size", r.stage, ("ask_usual_size",), base,
                    product=product)  # fmt: skip
    advice = recommend(knowledge.size_chart, ctx.remembered.get("usual_size_system", ""),
                       ctx.remembered.get("usual_size_value", ""))  # fmt: skip
    if advice is None:
        return _handoff(u.intent, "size_not_in_chart", r, product=product, variables=base)
    variables = {**base, "usual_size": advice.usual, "recommended_size": advice.recommended,
                 "size_row": advice.row_text(u.lang)}  # fmt: skip
    return Plan("answer", u.intent, "size_chart", r.stage, ("size_advice",), variables,
                product=product)  # fmt: skip


def _stock(
    u: Understanding, ctx: BotContext, s: BotSettings, r: IntentPolicy, now: datetime
) -> Plan:
    product, ask = _one_product(u, ctx, r, "lang")
    if ask is not None or product is None:
        return ask or _handoff(u.intent, "no_product", r)
    size = ctx.remembered.get("usual_size_value") if u.values("size") else None
    variants = [v for v in product.variants if size is None or (v[0] or "").upper() == size.upper()]
    if not variants:
        return _handoff(u.intent, "variant_unknown", r, product=product)
    in_stock = any(v[2] > 0 for v in variants)
    variables = {**_base_variables(ctx), "product_name": product.title(u.lang)}
    scenario = "in_stock" if in_stock else "out_of_stock"
    return Plan("answer", u.intent, f"stock_{scenario}", r.stage, (scenario,), variables,
                product=product)  # fmt: skip


def _shipping(
    u: Understanding, ctx: BotContext, s: BotSettings, r: IntentPolicy, now: datetime
) -> Plan:
    base = _base_variables(ctx)
    rate, shown = None, None
    folded = _fold(u.text)
    # A named province or region beats the country (remote areas cost more).
    for candidate in s.shipping:
        for name in sorted(candidate.destinations, key=len, reverse=True):
            # Names, not two-letter codes ("CN" would match inside words); 新疆 is a name.
            if (len(name) > 2 or not name.isascii()) and _fold(name) in folded:
                rate, shown = candidate, name
                break
        if rate:
            break
    if rate is None:
        key = ctx.remembered.get("destination_key")
        if not key:
            return Plan("ask", u.intent, "destination", r.stage, ("ask_destination",), base)
        rate, shown = s.rate_for(key), ctx.remembered.get("destination", key)
    if rate is None or not shown:
        return _handoff(u.intent, "no_rate_for_destination", r, variables=base)
    variables = {**base, "destination": shown, "carrier": rate.carrier,
                 "delivery_days": rate.delivery_days,
                 "shipping_fee": Money(rate.fee, rate.currency)}  # fmt: skip
    scenario = {"delivery_time": "delivery_time", "courier": "courier"}.get(
        u.intent, "shipping_fee"
    )
    return Plan("answer", u.intent, "shipping_table", r.stage, (scenario,), variables)


def _promotion(
    u: Understanding, ctx: BotContext, s: BotSettings, r: IntentPolicy, now: datetime
) -> Plan:
    from kefu.bot.text import traditional

    text = s.promotion.get(u.lang) or (
        traditional(s.promotion["zh-Hans"]) if u.lang == "zh-Hant" and "zh-Hans" in s.promotion
        else None)  # fmt: skip
    if not text:
        return _handoff(u.intent, "no_promotion_money_decision", r, variables=_base_variables(ctx))
    variables = {**_base_variables(ctx), "promotion": text}
    return Plan("answer", u.intent, "promotion", r.stage, r.scenarios, variables)


# Which of the buyer's orders an intent is about, when they name none.
_RELEVANT: dict[str, tuple[str, ...]] = {
    "ship_time": ("paid",),
    "order_status": ("paid", "shipped", "delivered"),
    "not_received": ("shipped", "delivered"),
    "return_refund": ("delivered", "confirmed", "shipped"),
    "return_shipping": ("delivered", "confirmed", "shipped"),
    "refund_status": ("refunded", "paid", "shipped", "delivered", "confirmed", "reviewed"),
}


def _pick_order(
    u: Understanding, ctx: BotContext, r: IntentPolicy
) -> tuple[OrderFacts | None, Plan | None]:
    base = _base_variables(ctx)
    ref = ctx.remembered.get("order_ref")
    if ref:
        for order in ctx.orders:
            if ref in (order.order_number, order.tracking_no):
                return order, None
        # Never confirm or deny anything about an order outside this buyer's account.
        return None, Plan("ask", u.intent, "order_not_found", r.stage, phrase="order_not_found",
                          phrase_values={"order_ref": ref[:40]}, variables=base)  # fmt: skip
    linked = _linked(ctx)
    if linked is not None:
        return linked, None
    wanted = _RELEVANT.get(u.intent, ())
    relevant = [o for o in ctx.orders if o.status in wanted]
    if u.intent == "refund_status":
        relevant = [o for o in relevant if o.refund_status != "none" or o.status == "refunded"]
    if len(relevant) == 1:
        return relevant[0], None
    if not relevant and not ctx.orders:
        return None, _handoff(u.intent, "no_orders", r, variables=base)
    return None, Plan("ask", u.intent, "which_order", r.stage, ("ask_order",), base)


def _order(
    u: Understanding, ctx: BotContext, s: BotSettings, r: IntentPolicy, now: datetime
) -> Plan:
    order, ask = _pick_order(u, ctx, r)
    if ask is not None or order is None:
        return ask or _handoff(u.intent, "no_order", r)
    base = {**_base_variables(ctx), "order_no": order.order_number, "items": list(order.items)}
    intent = u.intent
    shipped = order.tracking_no is not None and order.carrier is not None
    if intent in ("ship_time", "order_status") and order.status == "paid" and not shipped:
        if order.ship_by is None or order.ship_by <= now:
            # Late: compensation may be owed (C6); a person answers.
            return _handoff(intent, "ship_by_passed_or_unknown", r, order=order, variables=base)
        return Plan("answer", intent, "ship_by", "in_sale", ("ship_time",),
                    {**base, "ship_by": order.ship_by}, order=order,
                    rule_ids=(order.ship_by_rule,) if order.ship_by_rule else ())  # fmt: skip
    if intent in ("ship_time", "order_status"):
        if not shipped or order.last_event is None:
            return _handoff(intent, "no_tracking", r, order=order, variables=base)
        return Plan("answer", intent, "tracking", "after_sale", ("order_status",),
                    {**base, "carrier": order.carrier, "tracking_no": order.tracking_no,
                     "tracking_event": order.last_event}, order=order)  # fmt: skip
    if intent == "not_received":
        if not shipped:
            return _handoff(intent, "not_shipped", r, order=order, variables=base)
        variables = {**base, "carrier": order.carrier, "tracking_no": order.tracking_no}
        if order.delivered:
            return Plan("answer", intent, "delivered_not_received", r.stage, ("not_received",),
                        variables, only_variants=("signed",), order=order)  # fmt: skip
        return Plan("answer", intent, "in_transit", r.stage, ("not_received",), variables,
                    skip_variants=("signed",), order=order)  # fmt: skip
    if intent == "return_refund":
        if order.return_eligible is not True or order.return_deadline is None or (
                order.return_deadline <= now):  # fmt: skip
            return _handoff(intent, "return_not_decided", r, order=order, variables=base)
        return Plan("answer", intent, "return_window", r.stage, ("return_refund",),
                    {**base, "return_deadline": order.return_deadline}, order=order,
                    rule_ids=(order.return_rule,) if order.return_rule else ())  # fmt: skip
    if intent == "return_shipping":
        case = _freight_case(u.text, order)
        if case is None or case not in order.freight:
            return _handoff(intent, "freight_case_unclear", r, order=order, variables=base)
        payer, rule_id = order.freight[case]
        return Plan("answer", intent, f"freight_{case}", r.stage, ("exchange_shipping",),
                    {**base, "freight_payer": payer}, order=order, rule_ids=(rule_id,))  # fmt: skip
    if intent == "refund_status":
        refund = order.refund()
        if refund is None:
            return _handoff(intent, "no_refund_recorded", r, order=order, variables=base)
        return Plan("answer", intent, "refund_recorded", r.stage, ("refund_status",),
                    {**base, "refund_amount": refund}, order=order)  # fmt: skip
    return _handoff(intent, "needs_person", r, order=order, variables=base)


_EXCHANGE = ("换", "尺码", "大小", "exchange", "size", "colour", "color", "cambi", "talla")


def _freight_case(text: str, order: OrderFacts) -> str | None:
    """Only the size/colour exchange is clear from words alone; fault needs a person's look."""
    if _has_any(text, _EXCHANGE):
        return "exchange_size_colour"
    return None


_HANDLERS: dict[str, Any] = {
    "static": _static,
    "handoff": _handoff_handler,
    "photos": _photos,
    "product": _product,
    "size": _size,
    "stock": _stock,
    "shipping": _shipping,
    "promotion": _promotion,
    "order": _order,
}
