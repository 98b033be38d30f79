"""Shops: creating, loading on behalf of an agent, updating (audited)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kefu.audit import service as audit
from kefu.auth.models import ShopMembership
from kefu.auth.principal import Principal
from kefu.errors import Conflict, NotFound
from kefu.shops.models import Shop
from kefu.shops.schemas import ShopCreate, ShopUpdate


def access_shop(db: Session, principal: Principal, shop_id: int) -> Shop:
    principal.check_shop(shop_id)
    shop = db.get(Shop, shop_id)
    if shop is None:
        raise NotFound(f"shop {shop_id} not found")
    return shop


def get_shop(db: Session, shop_id: int) -> Shop:
    """Unscoped load for system code (scheduler, widget) that has already authorised the call."""
    shop = db.get(Shop, shop_id)
    if shop is None:
        raise NotFound(f"shop {shop_id} not found")
    return shop


def get_shop_by_slug(db: Session, slug: str) -> Shop:
    """Unscoped load by the public slug (the buyer widget's URL names the shop this way)."""
    shop = db.scalar(select(Shop).where(Shop.slug == slug))
    if shop is None:
        raise NotFound(f"shop {slug!r} not found")
    return shop


def list_shops(db: Session, principal: Principal) -> list[Shop]:
    return list(db.scalars(select(Shop).where(Shop.id.in_(principal.shop_ids)).order_by(Shop.id)))


def do_create_shop(
    db: Session, data: ShopCreate, now: datetime, creator_id: int | None = None
) -> Shop:
    if db.scalar(select(Shop.id).where(Shop.slug == data.slug)) is not None:
        raise Conflict(f"a shop with slug {data.slug!r} already exists")
    shop = Shop(**data.model_dump(), settings={}, created_at=now)
    db.add(shop)
    db.flush()
    if creator_id is not None:
        db.add(ShopMembership(user_id=creator_id, shop_id=shop.id))
    audit.record(
        db,
        at=now,
        action="shop.create",
        entity="shop",
        entity_id=shop.id,
        user_id=creator_id,
        shop_id=shop.id,
        changes=data.model_dump(),
    )
    db.flush()
    return shop


def do_update_shop(
    db: Session, principal: Principal, shop_id: int, data: ShopUpdate, now: datetime
) -> Shop:
    principal.check_role("supervisor")
    shop = access_shop(db, principal, shop_id)
    updates = data.model_dump(exclude_unset=True, exclude_none=True)
    changes = audit.diff(shop, updates)
    for key, value in updates.items():
        setattr(shop, key, value)
    if changes:
        audit.record(
            db,
            at=now,
            action="shop.update",
            entity="shop",
            entity_id=shop.id,
            user_id=principal.user_id,
            shop_id=shop.id,
            changes=changes,
        )
    return shop
