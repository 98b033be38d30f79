from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class LoginIn(BaseModel):
    email: str = Field(min_length=3, max_length=254)
    password: str = Field(min_length=1, max_length=512)


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: str
    ui_lang: str
    presence: str
    is_active: bool


class MeOut(UserOut):
    shop_ids: list[int]
    csrf_token: str | None = None


class UserCreate(BaseModel):
    email: EmailStr
    name: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=8, max_length=512)
    role: Literal["admin", "supervisor", "agent"] = "agent"
    shop_ids: list[int] = Field(default_factory=list)
    ui_lang: Literal["zh-Hans", "en"] = "zh-Hans"


class PresenceIn(BaseModel):
    presence: Literal["online", "away", "offline"]


class PreferencesIn(BaseModel):
    ui_lang: Literal["zh-Hans", "en"]


class TokenCreate(BaseModel):
    name: str = Field(min_length=1, max_length=120)


class TokenOut(BaseModel):
    token: str
    prefix: str
    name: str
    created_at: datetime
