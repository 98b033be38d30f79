"""Products, their variants (SKUs) with stock, and the product knowledge file per language."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kefu.db import Base, BigID, JSONType, Money, UTCDateTime


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("shop_id", "code"),)

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"), index=True)
    # The shop's own item code (marketplace item id or SPU code); imports match on it.
    code: Mapped[str] = mapped_column(String(64))
    # Titles per language: {"zh-Hans": "...", "en": "..."}.
    title: Mapped[dict[str, str]] = mapped_column(JSONType)
    category: Mapped[str] = mapped_column(String(64))
    price: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16), default="listed")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    variants: Mapped[list[ProductVariant]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="ProductVariant.id"
    )
    knowledge: Mapped[list[ProductKnowledge]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="ProductKnowledge.lang"
    )


class ProductVariant(Base):
    __tablename__ = "product_variants"
    __table_args__ = (UniqueConstraint("product_id", "sku"),)

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    sku: Mapped[str] = mapped_column(String(64))
    color: Mapped[str | None] = mapped_column(String(64), nullable=True)
    size: Mapped[str | None] = mapped_column(String(32), nullable=True)
    price: Mapped[Decimal] = mapped_column(Money)
    stock: Mapped[int] = mapped_column(Integer, default=0)

    product: Mapped[Product] = relationship(back_populates="variants")


class ProductKnowledge(Base):
    """The product knowledge file the seeds ask every agent to keep, one row per language."""

    __tablename__ = "product_knowledge"
    __table_args__ = (UniqueConstraint("product_id", "lang"),)

    id: Mapped[int] = mapped_column(BigID, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    lang: Mapped[str] = mapped_column(String(10))
    material: Mapped[str] = mapped_column(Text, default="")
    function: Mapped[str] = mapped_column(Text, default="")
    care: Mapped[str] = mapped_column(Text, default="")
    cautions: Mapped[str] = mapped_column(Text, default="")
    fit_notes: Mapped[str] = mapped_column(Text, default="")
    selling_points: Mapped[list[str]] = mapped_column(JSONType, default=list)
    # Rows of the size chart: [{"size": "42", "foot_length_cm": 26.5, "eu": "42", "us": "8.5"}, ...]
    size_chart: Mapped[list[dict[str, object]]] = mapped_column(JSONType, default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    product: Mapped[Product] = relationship(back_populates="knowledge")
