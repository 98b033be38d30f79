"""Products, variants with stock, and product knowledge files."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from kefu.api.scope import scoped
from kefu.audit import service as audit
from kefu.auth.principal import Principal
from kefu.catalog.models import Product, ProductKnowledge, ProductVariant
from kefu.catalog.schemas import KnowledgeIn, ProductCreate, ProductUpdate
from kefu.errors import Conflict, NotFound


def access_product(db: Session, principal: Principal, product_id: int) -> Product:
    product = db.get(
        Product,
        product_id,
        options=[selectinload(Product.variants), selectinload(Product.knowledge)],
    )
    if product is None or product.shop_id not in principal.shop_ids:
        raise NotFound(f"product {product_id} not found")
    return product


def product_query(
    principal: Principal,
    *,
    shop_id: int | None,
    q: str | None,
    category: str | None,
    status: str | None,
) -> Select[tuple[Product]]:
    query = scoped(select(Product), Product.shop_id, principal, shop_id).order_by(Product.id)
    if q:
        # Titles are JSON per language; a cast to text searches every language at once.
        from sqlalchemy import String, cast, or_

        query = query.where(or_(Product.code == q, cast(Product.title, String).contains(q)))
    if category:
        query = query.where(Product.category == category)
    if status:
        query = query.where(Product.status == status)
    return query


def _apply_knowledge(product: Product, lang: str, data: KnowledgeIn, now: datetime) -> None:
    existing = next((k for k in product.knowledge if k.lang == lang), None)
    if existing is None:
        existing = ProductKnowledge(lang=lang, updated_at=now)
        product.knowledge.append(existing)
    for key, value in data.model_dump().items():
        setattr(existing, key, value)
    existing.updated_at = now


def do_create_product(
    db: Session, data: ProductCreate, now: datetime, user_id: int | None = None
) -> Product:
    exists = db.scalar(
        select(Product.id).where(Product.shop_id == data.shop_id, Product.code == data.code)
    )
    if exists is not None:
        raise Conflict(f"product code {data.code!r} already exists in shop {data.shop_id}")
    skus = [v.sku for v in data.variants]
    if len(skus) != len(set(skus)):
        raise Conflict(f"product {data.code!r} lists a SKU twice")
    product = Product(
        shop_id=data.shop_id,
        code=data.code,
        title=dict(data.title),
        category=data.category,
        price=data.price,
        currency=data.currency,
        status=data.status,
        created_at=now,
        updated_at=now,
    )
    product.variants = [ProductVariant(**v.model_dump()) for v in data.variants]
    product.knowledge = []
    for lang, knowledge in data.knowledge.items():
        _apply_knowledge(product, lang, knowledge, now)
    db.add(product)
    db.flush()
    audit.record(
        db,
        at=now,
        action="product.create",
        entity="product",
        entity_id=product.id,
        user_id=user_id,
        shop_id=data.shop_id,
        changes={"code": data.code},
    )
    return product


def do_update_product(
    db: Session, principal: Principal, product_id: int, data: ProductUpdate, now: datetime
) -> Product:
    product = access_product(db, principal, product_id)
    updates = data.model_dump(exclude_unset=True, exclude_none=True)
    changes = audit.diff(product, updates)
    for key, value in updates.items():
        setattr(product, key, value)
    if changes:
        product.updated_at = now
        audit.record(
            db,
            at=now,
            action="product.update",
            entity="product",
            entity_id=product.id,
            user_id=principal.user_id,
            shop_id=product.shop_id,
            changes=changes,
        )
    return product


def do_put_knowledge(
    db: Session, principal: Principal, product_id: int, lang: str, data: KnowledgeIn, now: datetime
) -> Product:
    product = access_product(db, principal, product_id)
    _apply_knowledge(product, lang, data, now)
    product.updated_at = now
    audit.record(
        db,
        at=now,
        action="product.knowledge",
        entity="product",
        entity_id=product.id,
        user_id=principal.user_id,
        shop_id=product.shop_id,
        changes={"lang": lang},
    )
    db.flush()
    return product


def do_set_stock(
    db: Session, principal: Principal, variant_id: int, stock: int, now: datetime
) -> ProductVariant:
    variant = db.get(ProductVariant, variant_id)
    if variant is None:
        raise NotFound(f"variant {variant_id} not found")
    product = access_product(db, principal, variant.product_id)
    if variant.stock != stock:
        audit.record(
            db,
            at=now,
            action="variant.stock",
            entity="variant",
            entity_id=variant.id,
            user_id=principal.user_id,
            shop_id=product.shop_id,
            changes={"stock": [variant.stock, stock]},
        )
        variant.stock = stock
    return variant
