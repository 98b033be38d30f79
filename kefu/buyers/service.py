"""Buyers: create, find by marketplace id, update (audited), list with filters."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from kefu.api.scope import scoped
from kefu.audit import service as audit
from kefu.auth.principal import Principal
from kefu.buyers.models import Buyer
from kefu.buyers.schemas import BuyerCreate, BuyerUpdate
from kefu.errors import Conflict, NotFound


def access_buyer(db: Session, principal: Principal, buyer_id: int) -> Buyer:
    buyer = db.get(Buyer, buyer_id)
    if buyer is None or buyer.shop_id not in principal.shop_ids:
        raise NotFound(f"buyer {buyer_id} not found")
    return buyer


def buyer_query(
    principal: Principal,
    *,
    shop_id: int | None,
    q: str | None,
    country: str | None,
    tag: str | None,
) -> Select[tuple[Buyer]]:
    query = scoped(select(Buyer), Buyer.shop_id, principal, shop_id).order_by(Buyer.id)
    if q:
        like = f"%{q}%"
        query = query.where(
            or_(
                Buyer.name.ilike(like),
                Buyer.nickname.ilike(like),
                Buyer.external_id == q,
                Buyer.email == q,
            )
        )
    if country:
        query = query.where(Buyer.country == country)
    if tag:
        from sqlalchemy import String, cast

        query = query.where(cast(Buyer.tags, String).contains(f'"{tag}"'))
    return query


def find_buyer(db: Session, shop_id: int, external_id: str) -> Buyer | None:
    return db.scalar(
        select(Buyer).where(Buyer.shop_id == shop_id, Buyer.external_id == external_id)
    )


def do_create_buyer(
    db: Session, data: BuyerCreate, now: datetime, user_id: int | None = None
) -> Buyer:
    if find_buyer(db, data.shop_id, data.external_id) is not None:
        raise Conflict(f"buyer {data.external_id!r} already exists in shop {data.shop_id}")
    buyer = Buyer(**data.model_dump(), created_at=now, updated_at=now)
    db.add(buyer)
    db.flush()
    audit.record(
        db,
        at=now,
        action="buyer.create",
        entity="buyer",
        entity_id=buyer.id,
        user_id=user_id,
        shop_id=data.shop_id,
        changes={"external_id": data.external_id},
    )
    return buyer


def do_get_or_create_buyer(
    db: Session, shop_id: int, external_id: str, now: datetime, **fields: Any
) -> Buyer:
    """For imports and inbound messages: the buyer is created on first sight, never duplicated."""
    buyer = find_buyer(db, shop_id, external_id)
    if buyer is not None:
        for key, value in fields.items():
            if value and not getattr(buyer, key):
                setattr(buyer, key, value)
        return buyer
    buyer = Buyer(shop_id=shop_id, external_id=external_id, created_at=now, updated_at=now)
    buyer.name = fields.pop("name", "") or ""
    buyer.nickname = fields.pop("nickname", "") or ""
    buyer.contacts, buyer.tags, buyer.notes, buyer.marketing_opt_out = {}, [], "", False
    for key, value in fields.items():
        setattr(buyer, key, value)
    db.add(buyer)
    db.flush()
    return buyer


def do_update_buyer(
    db: Session, principal: Principal, buyer_id: int, data: BuyerUpdate, now: datetime
) -> Buyer:
    buyer = access_buyer(db, principal, buyer_id)
    updates = data.model_dump(exclude_unset=True)
    changes = audit.diff(buyer, updates)
    for key, value in updates.items():
        setattr(buyer, key, value)
    if changes:
        buyer.updated_at = now
        audit.record(
            db,
            at=now,
            action="buyer.update",
            entity="buyer",
            entity_id=buyer.id,
            user_id=principal.user_id,
            shop_id=buyer.shop_id,
            changes=changes,
        )
    return buyer
