"""Money owed beyond a refund: counterfeit and fraud damages (CN-LAW-09/10, TB-FAKE-01, JD-DIS-07,
AE-FAKE-01), improper-listing compensation (JD-DM-01) and missing gifts (JD-GIFT-01).
"""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from kefu.rules.context import law_sets_for
from kefu.rules.decision import Amount, Decision, Reason, RuleRef, Status
from kefu.rules.facts import OrderFacts
from kefu.rules.registry import Rule, RuleSet
from kefu.rules.schema import CompensationParams, CounterfeitParams, GiftParams, PunitiveParams
from kefu.rules.shipping import compensation_amount, percent
from kefu.rules.timecalc import check_aware

FAKE_TOPIC = "counterfeit_compensation"
CENT = Decimal("0.01")


def _punitive_rule(facts: OrderFacts, ruleset: RuleSet, now: datetime, food: bool) -> Rule | None:
    wanted = "CN-LAW-10" if food else "CN-LAW-09"
    for law in law_sets_for(facts, ruleset, now):
        for rule in law.in_force(now, "punitive_compensation"):
            if rule.id == wanted:
                return rule
    return None


def counterfeit_compensation(
    facts: OrderFacts,
    ruleset: RuleSet,
    now: datetime,
    *,
    price: Decimal | None = None,
    food: bool = False,
    loss: Decimal | None = None,
) -> Decision:
    """Refund plus punitive damages for fraud or counterfeits: max(3 × price, 500) on top of the
    price (food: max(10 × price, 3 × loss, 1000)), or the shop's own higher promise on Taobao.
    """
    check_aware(now, "now")
    price = facts.paid_amount if price is None else price
    platform = next(iter(ruleset.in_force(now, "counterfeit")), None)
    law = _punitive_rule(facts, ruleset, now, food)
    refs = [RuleRef.of(r) for r in (law, platform) if r is not None]
    if law is None:
        if platform is not None:
            pparams: CounterfeitParams = platform.p()
            key = "fake.refund_with_shipping" if pparams.refund_includes_shipping else "fake.refund"
            return Decision(FAKE_TOPIC, Status.DECIDED, "refund", rules=tuple(refs),
                            reasons=(Reason(key),), amount=Amount(price, facts.currency))  # fmt: skip
        return Decision(FAKE_TOPIC, Status.NO_RULE, "no_rule", reasons=(Reason("fake.no_rule"),))
    params: PunitiveParams = law.p()
    if facts.currency != params.currency:
        return Decision(FAKE_TOPIC, Status.UNDECIDED, "undecided", rules=tuple(refs),
                        reasons=(Reason("common.currency_mismatch",
                                        {"expected": params.currency, "got": facts.currency}),),
                        missing=(f"amount_in_{params.currency}",))  # fmt: skip
    extra = max(params.multiple * price, params.minimum_extra)
    reasons = [Reason("fake.law_extra", {"multiple": f"{params.multiple.normalize():f}",
                                         "minimum": str(params.minimum_extra)})]  # fmt: skip
    if loss is not None and params.loss_multiple is not None:
        extra = max(extra, params.loss_multiple * loss)
    if platform is not None:
        cparams: CounterfeitParams = platform.p()
        promise = cparams.shop_promise_multiple
        if promise is not None and promise * price > extra:
            if cparams.seller_promise == "higher_wins":
                extra = promise * price
                reasons.append(
                    Reason("fake.shop_promise_higher", {"multiple": f"{promise.normalize():f}"})
                )
            else:
                reasons.append(Reason("fake.promise_excess_negotiable"))
    total = (price + extra).quantize(CENT, rounding=ROUND_HALF_UP)
    reasons.append(Reason("fake.total", {"price": str(price), "extra": str(extra.quantize(CENT))}))
    return Decision(FAKE_TOPIC, Status.DECIDED, "refund_plus_damages", rules=tuple(refs),
                    reasons=tuple(reasons), amount=Amount(total, params.currency))  # fmt: skip


def capped_compensation(
    facts: OrderFacts, ruleset: RuleSet, now: datetime, rule_id: str
) -> Decision:
    """A percentage of the order with a cap, e.g. JD-DM-01 improper listing: min(10%, ¥200)."""
    check_aware(now, "now")
    rule = ruleset.rule(rule_id, now, "capped_compensation")
    params: CompensationParams = rule.p()
    topic = f"compensation_{rule_id}"
    if facts.currency != params.currency:
        return Decision(topic, Status.UNDECIDED, "undecided", rules=(RuleRef.of(rule),),
                        reasons=(Reason("common.currency_mismatch",
                                        {"expected": params.currency, "got": facts.currency}),),
                        missing=(f"amount_in_{params.currency}",))  # fmt: skip
    amount = compensation_amount(params, facts.paid_amount)
    return Decision(topic, Status.DECIDED, "owed", rules=(RuleRef.of(rule),),
                    reasons=(Reason("comp.capped", {"rate": percent(params.rate),
                                                    "maximum": str(params.maximum)}),),
                    amount=Amount(amount, params.currency))  # fmt: skip


def missing_gift_compensation(
    ruleset: RuleSet,
    now: datetime,
    *,
    main_price: Decimal,
    gift_price: Decimal | None,
    has_sku: bool,
    declared_value: Decimal | None = None,
    currency: str = "CNY",
) -> Decision:
    """JD-GIFT-01: a SKU gift at its price up to 30% of the main item; otherwise its declared
    value, or at least 500 JD beans, up to 50% of the main item.
    """
    check_aware(now, "now")
    rule = ruleset.rule("JD-GIFT-01", now, "missing_gift")
    params: GiftParams = rule.p()
    refs = (RuleRef.of(rule),)
    if has_sku:
        if gift_price is None:
            return Decision("missing_gift", Status.UNDECIDED, "undecided", rules=refs,
                            reasons=(Reason("gift.needs_price"),), missing=("gift_price",))  # fmt: skip
        value = min(gift_price, params.sku_cap_share * main_price)
        return Decision("missing_gift", Status.DECIDED, "owed", rules=refs,
                        reasons=(Reason("gift.sku"),),
                        amount=Amount(value.quantize(CENT), currency))  # fmt: skip
    cap = params.non_sku_cap_share * main_price
    if declared_value is not None:
        return Decision("missing_gift", Status.DECIDED, "owed", rules=refs,
                        reasons=(Reason("gift.declared"),),
                        amount=Amount(min(declared_value, cap).quantize(CENT), currency))  # fmt: skip
    return Decision("missing_gift", Status.DECIDED, "beans", rules=refs,
                    reasons=(Reason("gift.beans", {"beans": params.non_sku_min_beans,
                                                   "cap": str(cap.quantize(CENT))}),),
                    amount=Amount(cap.quantize(CENT), currency))  # fmt: skip
