from __future__ import annotations

from datetime import datetime
from typing import Literal
from zoneinfo import available_timezones

from pydantic import BaseModel, ConfigDict, Field, field_validator

Marketplace = Literal["taobao", "tmall", "jd", "aliexpress", "ebay", "amazon", "shopify", "own"]
BuyerLang = Literal["zh-Hans", "zh-Hant", "en", "es", "pt", "ru", "fr", "de", "ja", "ko", "ar"]

_ZONES = frozenset(available_timezones())


def check_timezone(value: str) -> str:
    if value not in _ZONES:
        raise ValueError(f"unknown time zone {value!r}; use an IANA name like Asia/Shanghai")
    return value


class ShopBase(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    marketplace: Marketplace
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    timezone: str
    languages: list[BuyerLang] = Field(min_length=1)

    _tz = field_validator("timezone")(check_timezone)


class ShopCreate(ShopBase):
    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,78}$")


class ShopUpdate(BaseModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    marketplace: Marketplace | None = None
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    timezone: str | None = None
    languages: list[BuyerLang] | None = Field(default=None, min_length=1)

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str | None) -> str | None:
        return None if value is None else check_timezone(value)


class ShopOut(ShopBase):
    model_config = ConfigDict(from_attributes=True)

    id: int
    slug: str
    created_at: datetime
    languages: list[str]  # type: ignore[assignment]  # stored rows may carry shop-added languages
