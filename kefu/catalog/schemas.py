from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

KnowledgeLang = Literal["zh-Hans", "zh-Hant", "en", "es", "pt", "ru", "fr", "de", "ja", "ko", "ar"]


class KnowledgeIn(BaseModel):
    material: str = Field(default="", max_length=4000)
    function: str = Field(default="", max_length=4000)
    care: str = Field(default="", max_length=4000)
    cautions: str = Field(default="", max_length=4000)
    fit_notes: str = Field(default="", max_length=4000)
    selling_points: list[str] = Field(default_factory=list, max_length=30)
    size_chart: list[dict[str, str | int | float]] = Field(default_factory=list, max_length=60)


class KnowledgeOut(KnowledgeIn):
    model_config = ConfigDict(from_attributes=True)

    lang: str
    updated_at: datetime


class VariantIn(BaseModel):
    sku: str = Field(min_length=1, max_length=64)
    color: str | None = Field(default=None, max_length=64)
    size: str | None = Field(default=None, max_length=32)
    price: Decimal = Field(ge=0, max_digits=12, decimal_places=2)
    stock: int = Field(default=0, ge=0)


class VariantOut(VariantIn):
    model_config = ConfigDict(from_attributes=True)

    id: int


class ProductCreate(BaseModel):
    shop_id: int
    code: str = Field(min_length=1, max_length=64)
    title: dict[KnowledgeLang, str] = Field(min_length=1)
    category: str = Field(min_length=1, max_length=64)
    price: Decimal = Field(ge=0, max_digits=12, decimal_places=2)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    status: Literal["listed", "unlisted"] = "listed"
    variants: list[VariantIn] = Field(default_factory=list, max_length=500)
    knowledge: dict[KnowledgeLang, KnowledgeIn] = Field(default_factory=dict)


class ProductUpdate(BaseModel):
    title: dict[KnowledgeLang, str] | None = None
    category: str | None = Field(default=None, min_length=1, max_length=64)
    price: Decimal | None = Field(default=None, ge=0, max_digits=12, decimal_places=2)
    status: Literal["listed", "unlisted"] | None = None


class StockUpdate(BaseModel):
    stock: int = Field(ge=0)


class ProductSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    shop_id: int
    code: str
    title: dict[str, str]
    category: str
    price: Decimal
    currency: str
    status: str
    updated_at: datetime


class ProductOut(ProductSummary):
    variants: list[VariantOut]
    knowledge: list[KnowledgeOut]
