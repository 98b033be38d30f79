"""HTTP for the rules engine: an order's deadlines and obligations, a shop's rules and overrides."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from kefu.api.deps import get_clock, get_db
from kefu.auth.deps import current_principal
from kefu.auth.principal import Principal
from kefu.clock import Clock
from kefu.orders import service as orders
from kefu.rules import service
from kefu.rules.messages import normalise_language
from kefu.rules.registry import thaw
from kefu.rules.schemas import (
    OrderRulesOut,
    OverrideIn,
    OverrideOut,
    ShopRuleOut,
    ShopRulesOut,
    order_rules_out,
)
from kefu.shops.service import access_shop

router = APIRouter(prefix="/api/v1", tags=["rules"])
LANG = Query("zh-Hans", max_length=16, description="zh-Hans, zh-Hant, en or es")


@router.get("/orders/{order_id}/rules", response_model=OrderRulesOut)
def order_rules(
    order_id: int,
    lang: str = LANG,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> OrderRulesOut:
    """Every current deadline and obligation of the order, each with its rule and source."""
    order = orders.access_order(db, principal, order_id)
    result = service.evaluate_stored_order(db, order, clock.now())
    return order_rules_out(order.id, order.order_number, result, normalise_language(lang))


def _shop_rules(db: Session, shop_id: int, principal: Principal, clock: Clock) -> ShopRulesOut:
    shop = access_shop(db, principal, shop_id)
    ruleset = service.ruleset_for_shop(db, shop)
    now = clock.now()
    rules = [
        ShopRuleOut(
            rule_id=r.id,
            kind=r.kind,
            title=r.title,
            version=r.version,
            effective_from=r.effective_from.isoformat(),
            confidence=r.confidence,
            needs_confirmation=r.needs_confirmation,
            overridden=r.overridden,
            enabled=r.enabled,
            source=r.source,
            params=thaw(r.params),
        )
        for r in ruleset.in_force(now)
    ]
    overrides = [OverrideOut.model_validate(o) for o in service.list_overrides(db, shop.id)]
    return ShopRulesOut(shop_id=shop.id, ruleset=ruleset.name, rules=rules, overrides=overrides)


@router.get("/shops/{shop_id}/rules", response_model=ShopRulesOut)
def shop_rules(
    shop_id: int,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> ShopRulesOut:
    """The shop's rule set in force, with its overrides and the defaults it still has to confirm."""
    return _shop_rules(db, shop_id, principal, clock)


@router.put("/shops/{shop_id}/rules/overrides/{rule_id}", response_model=OverrideOut)
def set_override(
    shop_id: int,
    rule_id: str,
    body: OverrideIn,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> OverrideOut:
    """Change (or confirm, with empty params) a rule's parameters; refused below the law floor."""
    principal.check_role("supervisor")
    shop = access_shop(db, principal, shop_id)
    row = service.do_set_override(db, shop=shop, rule_id=rule_id, params=body.params,
                                  now=clock.now(), user_id=principal.user_id, note=body.note)  # fmt: skip
    return OverrideOut.model_validate(row)


@router.delete("/shops/{shop_id}/rules/overrides/{rule_id}", status_code=204)
def delete_override(
    shop_id: int,
    rule_id: str,
    principal: Principal = Depends(current_principal),
    db: Session = Depends(get_db),
    clock: Clock = Depends(get_clock),
) -> None:
    principal.check_role("supervisor")
    shop = access_shop(db, principal, shop_id)
    service.do_delete_override(db, shop=shop, rule_id=rule_id, now=clock.now(),
                               user_id=principal.user_id)  # fmt: skip
