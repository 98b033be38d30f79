from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from kefu.shops.schemas import BuyerLang, check_timezone


class BuyerFields(BaseModel):
    name: str = Field(default="", max_length=200)
    nickname: str = Field(default="", max_length=200)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    language: BuyerLang | None = None
    timezone: str | None = None
    email: EmailStr | None = None
    phone: str | None = Field(default=None, max_length=40)
    contacts: dict[str, str] = Field(default_factory=dict)
    tags: list[str] = Field(default_factory=list, max_length=50)
    notes: str = Field(default="", max_length=10_000)
    marketing_opt_out: bool = False

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str | None) -> str | None:
        return None if value is None else check_timezone(value)


class BuyerCreate(BuyerFields):
    shop_id: int
    external_id: str = Field(min_length=1, max_length=128)


class BuyerUpdate(BaseModel):
    name: str | None = Field(default=None, max_length=200)
    nickname: str | None = Field(default=None, max_length=200)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    language: BuyerLang | None = None
    timezone: str | None = None
    email: EmailStr | None = None
    phone: str | None = Field(default=None, max_length=40)
    contacts: dict[str, str] | None = None
    tags: list[str] | None = Field(default=None, max_length=50)
    notes: str | None = Field(default=None, max_length=10_000)
    marketing_opt_out: bool | None = None

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str | None) -> str | None:
        return None if value is None else check_timezone(value)


class BuyerOut(BuyerFields):
    model_config = ConfigDict(from_attributes=True)

    id: int
    shop_id: int
    external_id: str
    email: str | None = None  # imported rows may hold legacy addresses
    language: str | None = None  # type: ignore[assignment]
    created_at: datetime
    updated_at: datetime
