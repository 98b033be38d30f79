"""Applying the rules engine to stored orders: the shop's rule set with its audited overrides, an
order's facts built from its items, payments and shipments, and every current deadline.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.audit import service as audit
from kefu.buyers.models import Buyer
from kefu.errors import Conflict, NotFound
from kefu.orders import service as orders
from kefu.orders.models import Order
from kefu.rules.errors import RuleFileInvalid
from kefu.rules.evaluate import OrderRules, evaluate_order
from kefu.rules.facts import ItemFacts, OrderFacts
from kefu.rules.messages import explain, format_time, label, render
from kefu.rules.models import RuleOverride
from kefu.rules.overrides import apply_overrides
from kefu.rules.registry import RuleSet, get_ruleset
from kefu.rules.schema import CATEGORIES, LOGISTICS
from kefu.shops.models import Shop
from kefu.shops.service import get_shop

CATEGORY_FILE = Path(__file__).with_name("data") / "categories.yaml"


class _CategoryAliases(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    aliases: dict[str, str]

    @field_validator("aliases")
    @classmethod
    def _known(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(value.values()) - CATEGORIES)
        if unknown:
            raise ValueError(f"aliases map onto unknown categories: {unknown}")
        return {k.casefold(): v for k, v in value.items()}


@lru_cache(maxsize=1)
def category_aliases() -> Mapping[str, str]:
    try:
        raw = yaml.safe_load(CATEGORY_FILE.read_text(encoding="utf-8"))
        return _CategoryAliases.model_validate(raw).aliases
    except Exception as exc:
        raise RuleFileInvalid(f"{CATEGORY_FILE.name} is invalid: {exc}") from exc


def engine_category(text: str) -> str:
    value = text.strip().casefold()
    if value in CATEGORIES:
        return value
    return category_aliases().get(value, "other")


# --- the shop's rule set ----------------------------------------------------------------------


def _rule_settings(shop: Shop) -> dict[str, Any]:
    value = (shop.settings or {}).get("rules", {})
    return value if isinstance(value, dict) else {}


def law_floors_of(shop: Shop) -> list[str] | None:
    """The law sets a shop declares it sells under (shop.settings.rules.law_floors); None = all."""
    floors = _rule_settings(shop).get("law_floors")
    return [str(f) for f in floors] if isinstance(floors, list) else None


def list_overrides(db: Session, shop_id: int) -> list[RuleOverride]:
    query = (
        select(RuleOverride).where(RuleOverride.shop_id == shop_id).order_by(RuleOverride.rule_id)
    )
    return list(db.scalars(query))


def ruleset_for_shop(db: Session, shop: Shop) -> RuleSet:
    base = get_ruleset(shop.marketplace)
    overrides = {row.rule_id: row.params for row in list_overrides(db, shop.id)}
    return apply_overrides(base, overrides, floors=law_floors_of(shop)) if overrides else base


def do_set_override(
    db: Session,
    *,
    shop: Shop,
    rule_id: str,
    params: dict[str, Any],
    now: datetime,
    user_id: int | None,
    note: str = "",
) -> RuleOverride:
    """Store one rule's overrides after checking them (schema and law floor) against the set."""
    current = {row.rule_id: row for row in list_overrides(db, shop.id)}
    wanted = {rid: row.params for rid, row in current.items()}
    wanted[rule_id] = params
    apply_overrides(get_ruleset(shop.marketplace), wanted, floors=law_floors_of(shop))
    row = current.get(rule_id)
    old = None if row is None else dict(row.params)
    if row is None:
        row = RuleOverride(shop_id=shop.id, rule_id=rule_id, params=params, note=note,
                           updated_by=user_id, created_at=now, updated_at=now)  # fmt: skip
        db.add(row)
    else:
        row.params, row.note, row.updated_by, row.updated_at = params, note, user_id, now
    db.flush()
    audit.record(db, at=now, action="rules.override_set", entity="rule_override", entity_id=row.id,
                 user_id=user_id, shop_id=shop.id,
                 changes={"rule_id": rule_id, "params": [old, params], "note": note})  # fmt: skip
    return row


def do_delete_override(
    db: Session, *, shop: Shop, rule_id: str, now: datetime, user_id: int | None
) -> None:
    row = next((r for r in list_overrides(db, shop.id) if r.rule_id == rule_id), None)
    if row is None:
        raise NotFound(f"shop {shop.id} has no override for {rule_id}")
    audit.record(db, at=now, action="rules.override_deleted", entity="rule_override",
                 entity_id=row.id, user_id=user_id, shop_id=shop.id,
                 changes={"rule_id": rule_id, "params": [dict(row.params), None]})  # fmt: skip
    db.delete(row)
    db.flush()


# --- facts from a stored order ----------------------------------------------------------------


def _first(*values: datetime | None) -> datetime | None:
    present = [v for v in values if v is not None]
    return min(present) if present else None


def facts_for_order(order: Order, shop: Shop, buyer: Buyer | None) -> OrderFacts:
    settings = _rule_settings(shop)
    address = order.shipping_address or {}
    country = address.get("country") or (buyer.country if buyer else None) or None
    shipments = list(order.shipments)
    shipped_at = _first(order.shipped_at, *(s.shipped_at for s in shipments))
    delivered = [s.delivered_at for s in shipments if s.delivered_at is not None]
    # ENG-03: "signed" is the carrier's sign-for time; with several parcels, the last one.
    signed_at = order.delivered_at or (max(delivered) if delivered and len(delivered) == len(
        shipments) else None)  # fmt: skip
    paid_at = order.paid_at or _first(*(p.paid_at for p in order.payments))
    items = tuple(
        ItemFacts(
            title=i.title,
            paid_amount=(i.unit_price * i.quantity).quantize(Decimal("0.01")),
            categories=frozenset({engine_category(i.category or "")}),
            sku=i.sku,
        )
        for i in order.items
    )
    platform = {
        key: value
        for key, value in (("ship_by", order.ship_by), ("auto_close", order.auto_close_at),
                           ("auto_confirm", order.auto_confirm_at))
        if value is not None
    }  # fmt: skip
    logistics = settings.get("logistics", "express")
    return OrderFacts(
        marketplace=shop.marketplace,
        currency=order.currency,
        paid_amount=order.total,
        created_at=order.placed_at,
        buyer_country=country.upper() if isinstance(country, str) else None,
        buyer_timezone=buyer.timezone if buyer and buyer.timezone else None,
        items=items,
        paid_at=paid_at,
        promised_ship_by=order.promised_ship_by,
        shipped_at=shipped_at,
        signed_at=signed_at,
        confirmed_at=order.confirmed_at,
        platform_deadlines=platform,
        free_shipping=order.free_shipping,
        logistics=logistics if logistics in LOGISTICS else "express",
        site=settings.get("site"),
        withdrawal_info_given=bool(settings.get("withdrawal_info_given", True)),
    )


def evaluate_stored_order(db: Session, order: Order, now: datetime) -> OrderRules:
    shop = get_shop(db, order.shop_id)
    buyer = db.get(Buyer, order.buyer_id)
    return evaluate_order(facts_for_order(order, shop, buyer), ruleset_for_shop(db, shop), now)


def find_order_for_operator(db: Session, ref: str) -> Order:
    """An order by id or order number, unscoped: for the operator's command line only."""
    if ref.isdigit():
        try:
            return orders.get_order(db, int(ref))
        except NotFound:
            pass
    ids = db.scalars(select(Order.id).where(Order.order_number == ref)).all()
    if len(ids) > 1:
        raise Conflict(f"order number {ref!r} exists in several shops; use the order id")
    if not ids:
        raise NotFound(f"order {ref!r} not found")
    return orders.get_order(db, ids[0])


def explain_text(order: Order, result: OrderRules, lang: str) -> str:
    """Every deadline with its rule and source, then every decision explained."""
    lines = [f"{order.order_number}  [{result.ruleset}]  {format_time(result.now)}", ""]
    sources = {ref.rule_id: ref.source for d in result.decisions for ref in d.rules}
    for deadline, _decision in result.deadlines():
        marks = [render(f"explain.{name}_mark", lang) for name, on in (
            ("estimated", deadline.estimated), ("passed", deadline.passed),
            ("paused", deadline.paused)) if on]  # fmt: skip
        source = sources.get(deadline.rule_id) or render("explain.platform_source", lang)
        lines.append(
            f"{format_time(deadline.at)}  {label('deadline', deadline.key, lang)} "
            f"{' '.join(marks)}  [{deadline.rule_id}] {source}".replace("  ", " ", 1)
        )
    lines.append("")
    for decision in result.decisions:
        lines.append(explain(decision, lang))
    return "\n".join(lines)
